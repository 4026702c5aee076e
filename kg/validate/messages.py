"""Naming entities and rendering messages in every language: raw results become a report.

Messages come from the shapes' ``sh:message`` literals, one per language, with placeholders
filled from the store (so both engines give the same words):

* ``{$this}`` / ``{?this}``: the focus node's name; ``{?value}`` / ``{$value}``: the value's name;
* ``{?path}`` / ``{$path}``: the result path in prefixed form;
* ``{?sources}``: the articles whose graphs state the focus node's path value.

A name is the ``rdfs:label`` in the language (else English, else any); an agreement without a
label is named by its kinds and parties ("letter of intent / investment commitment (Nvidia,
OpenAI)"); a ``dg:Cycle`` by its label and the agreements behind each step.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from collections.abc import Iterable

import pyoxigraph as ox
import rdflib

from kg.namespaces import (
    ARTICLE_GRAPH_PREFIX, ARTICLE_PREFIX, DERIVED_GRAPH, DG, ONTOLOGY_GRAPH, PREFIXES,
)
from kg.store import Store
from kg.validate.report import RawResult, Report, Result, severity_name, severity_rank
from kg.validate.shapes import SH, labels_of, messages_of

LANGS = ("en", "zh")
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL_PROPS = (_RDFS + "label", "http://www.w3.org/2004/02/skos/core#prefLabel", str(DG.title))
_PLACEHOLDER = re.compile(r"\{[$?](\w+)\}")
_CHUNK = 400
_DG, _LOI, _CYCLE = str(DG), str(DG.LetterOfIntent), str(DG.Cycle)
_TYPE, _PARTY = _TYPE_IRI, str(DG.party)

_DEFAULT_MESSAGES = {
    "en": "{$this} does not conform to {shape} ({component}){at}.",
    "zh": "{$this}不符合{shape}（{component}）{at}。",
}


@lru_cache(maxsize=65536)
def prefixed(iri: str) -> str:
    """``dg:Firm`` for a known namespace, else ``<iri>``."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace) and re.fullmatch(r"[\w.-]*", iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


@lru_cache(maxsize=4096)
def path_display(path: str | None) -> str:
    """SPARQL path text with prefixed IRIs."""
    if not path:
        return ""
    return re.sub(r"<([^<>]+)>", lambda m: prefixed(m.group(1)), path)


def _rows(store: Store, sparql: str, variables: tuple[str, ...]) -> list[tuple]:
    """Rows as tuples (unbound: None); straight from pyoxigraph when the store is embedded."""
    engine = getattr(store, "oxigraph", None)
    if engine is not None:
        return [tuple(solution[v] for v in variables)
                for solution in engine.query(sparql, use_default_graph_as_union=True)]
    return [tuple(row.get(v) for v in variables) for row in store.query(sparql).rows]


def _values(iris: Iterable[str]) -> Iterable[str]:
    iris = sorted(set(iris))
    for start in range(0, len(iris), _CHUNK):
        yield " ".join(f"<{i}>" for i in iris[start:start + _CHUNK])


class Namer:
    """Human names for the IRIs of a report, fetched from the store in a few batch queries."""

    def __init__(self, store: Store):
        self.store = store
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)
        self.types: dict[str, set[str]] = defaultdict(set)
        self.parties: dict[str, set[str]] = defaultdict(set)
        self.cycle_steps: dict[str, list[tuple[int, str, str, list[str]]]] = {}
        self.superclasses: dict[str, set[str]] = defaultdict(set)
        self._fetched: set[str] = set()
        self._ontology_loaded = False
        self._sources: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self._kinds: dict[tuple[str, str], str] = {}
        self._labelled: set[str] = set()

    # --- fetching ------------------------------------------------------------------------
    def _ontology(self) -> None:
        if self._ontology_loaded:
            return
        self._ontology_loaded = True
        rows = self.store.query(f"""SELECT ?c ?s ?l WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
            {{ ?c <{_RDFS}subClassOf> ?s }} UNION {{ ?c a ?t ; <{_RDFS}label> ?l }} }} }}""").rows
        direct: dict = defaultdict(set)  # the closure here: Virtuoso refuses open-ended paths
        for row in rows:
            if "s" in row:
                direct[row["c"]].add(row["s"])
            elif "l" in row:
                self._add_label(row["c"].value, row["l"])
        for start in direct:
            seen, todo = set(), list(direct[start])
            while todo:
                node = todo.pop()
                if node not in seen:
                    seen.add(node)
                    todo.extend(direct.get(node, ()))
            self.superclasses[start.value].update(n.value for n in seen if isinstance(n, ox.NamedNode))

    def _add_label(self, iri: str, literal: ox.Literal) -> None:
        if not isinstance(literal, ox.Literal):
            return
        lang = (literal.language or "").lower().split("-")[0]
        current = self.labels[iri].get(lang)
        if current is None or literal.value < current:
            self.labels[iri][lang] = literal.value

    def fetch(self, iris: Iterable[str], *, labels_only: bool = False) -> None:
        """Labels, types and parties of `iris` (and the labels of the parties they name)."""
        self._ontology()
        iris = set(iris)
        full = set() if labels_only else iris - self._fetched
        light = (iris - self._labelled) if labels_only else set()
        # constant predicates (a VALUES-bound predicate makes Oxigraph scan the whole store)
        labels = " UNION ".join(f"{{ ?x <{p}> ?o BIND(<{p}> AS ?p) }}" for p in _LABEL_PROPS)
        for _ in range(3):  # agreements name their parties; cycles their steps' agreements
            if not full and not light:
                return
            self._fetched |= full
            self._labelled |= full | light
            more_full: set[str] = set()
            more_light: set[str] = set()
            for values in _values(light):
                for x_term, o in _rows(self.store, f"SELECT ?x ?o WHERE {{ VALUES ?x {{ {values} }} "
                                                   f"{labels} }}", ("x", "o")):
                    self._add_label(x_term.value, o)
            for values in _values(full):
                # asserted types only (the derived graph repeats every superclass), but cycles
                rows = _rows(self.store, f"""SELECT DISTINCT ?x ?p ?o WHERE {{ VALUES ?x {{ {values} }}
                    {labels}
                    UNION {{ GRAPH ?g {{ ?x a ?o }} FILTER(?g != <{DERIVED_GRAPH}> || ?o = <{_CYCLE}>)
                             BIND(<{_TYPE_IRI}> AS ?p) }}
                    UNION {{ ?x <{DG.party}> ?o BIND(<{DG.party}> AS ?p) }}
                    UNION {{ ?x <{DG.firm}> ?o BIND(<{DG.party}> AS ?p) }} }}""", ("x", "p", "o"))
                for x_term, p_term, o in rows:
                    x, p = x_term.value, p_term.value
                    if p == _TYPE:
                        self.types[x].add(o.value)
                    elif p == _PARTY:
                        if isinstance(o, ox.NamedNode):
                            self.parties[x].add(o.value)
                            more_light.add(o.value)
                    else:
                        self._add_label(x, o)
            cycles = [i for i in full if _CYCLE in self.types.get(i, ())]
            for values in _values(cycles):
                rows = self.store.query(f"""SELECT ?c ?i ?s ?t ?a WHERE {{ VALUES ?c {{ {values} }}
                    ?c <{DG.cycleStep}> ?step . ?step <{DG.stepIndex}> ?i ; <{DG.flowSource}> ?s ;
                    <{DG.flowTarget}> ?t . OPTIONAL {{ ?step <{DG.flowAgreement}> ?a }} }}""").rows
                steps: dict[str, dict[int, tuple[str, str, set[str]]]] = defaultdict(dict)
                for row in rows:
                    index = int(row["i"].value)
                    entry = steps[row["c"].value].setdefault(
                        index, (row["s"].value, row["t"].value, set()))
                    if "a" in row:
                        entry[2].add(row["a"].value)
                        more_full.add(row["a"].value)
                    more_light.update((row["s"].value, row["t"].value))
                for cycle, by_index in steps.items():
                    self.cycle_steps[cycle] = [(i, s, t, sorted(a)) for i, (s, t, a) in sorted(by_index.items())]
            full = more_full - self._fetched
            light = more_light - self._labelled - full

    # --- naming --------------------------------------------------------------------------
    def label(self, iri: str, lang: str) -> str | None:
        found = self.labels.get(iri, {})
        for key in (lang, "en", ""):
            if found.get(key):
                return found[key]
        return found[sorted(found)[0]] if found else None

    def kinds(self, iri: str, lang: str) -> str:
        """The node's most specific dg: classes, subject classes first ("cloud service agreement")."""
        key = (iri, lang)
        if key not in self._kinds:
            self._kinds[key] = self._compute_kinds(iri, lang)
        return self._kinds[key]

    def _compute_kinds(self, iri: str, lang: str) -> str:
        types = {t for t in self.types.get(iri, ()) if t.startswith(_DG)}
        specific = {t for t in types if not any(t in self.superclasses.get(o, ()) for o in types)}
        ordered = sorted(specific, key=lambda t: (t == _LOI, t))
        return " / ".join(self.label(t, lang) or prefixed(t) for t in ordered)

    def name(self, term, lang: str = "en", *, detail: bool = True) -> str:
        """A readable name for any term (IRI, literal, blank node)."""
        if term is None:
            return ""
        if isinstance(term, ox.Literal):
            return term.value
        if isinstance(term, ox.BlankNode):
            return "_:" + term.value
        iri = term.value if isinstance(term, ox.NamedNode) else str(term)
        if iri not in self._fetched and not (not detail and iri in self._labelled):
            self.fetch([iri])
        if detail and iri in self.cycle_steps:
            return self._cycle(iri, lang)
        label = self.label(iri, lang)
        if label:
            return label
        if self.parties.get(iri):
            parties = sorted(self.label(p, lang) or prefixed(p) for p in self.parties[iri])
            kinds = self.kinds(iri, lang) or ("agreement" if lang != "zh" else "协议")
            if lang == "zh":
                return f"{kinds}（{'、'.join(parties)}）"
            return f"{kinds} ({', '.join(parties)})"
        return prefixed(iri) if not iri.startswith("https://w3id.org/dealgraph/id/") else iri.rsplit("/", 1)[-1]

    def _cycle(self, iri: str, lang: str) -> str:
        steps = self.cycle_steps[iri]
        firms = [self.name(ox.NamedNode(s), lang, detail=False) for _, s, _, _ in steps]
        chain = " → ".join([*firms, firms[0]]) if firms else (self.label(iri, lang) or iri)
        parts = []
        for _, source, target, agreements in steps:
            names: dict[str, int] = {}
            for a in agreements:
                name = self.label(a, lang) or self.kinds(a, lang) \
                    or self.name(ox.NamedNode(a), lang, detail=False)
                names[name] = names.get(name, 0) + 1
            behind = ("、" if lang == "zh" else ", ").join(
                f"{n} ×{c}" if c > 1 else n for n, c in names.items())
            arrow = f"{self.name(ox.NamedNode(source), lang, detail=False)} → " \
                    f"{self.name(ox.NamedNode(target), lang, detail=False)}"
            parts.append(f"{arrow}: {behind}" if lang != "zh" else f"{arrow}：{behind}")
        if lang == "zh":
            return f"{chain}（{'；'.join(parts)}）"
        return f"{chain} ({'; '.join(parts)})"

    def prefetch_sources(self, results: Iterable[RawResult]) -> None:
        """The graphs stating each result's ``focus path value``, in one query per path."""
        by_path: dict[str, list[RawResult]] = defaultdict(list)
        for r in results:
            if isinstance(r.focus, ox.NamedNode) and r.value is not None and r.path:
                by_path[r.path].append(r)
        for path, group in by_path.items():
            pairs = sorted({f"({r.focus} {r.value})" for r in group})
            for start in range(0, len(pairs), _CHUNK):
                rows = self.store.query(
                    f"SELECT DISTINCT ?s ?o ?g WHERE {{ VALUES (?s ?o) {{ {' '.join(pairs[start:start + _CHUNK])} }}"
                    f" GRAPH ?g {{ ?s {path} ?o }} }}").rows
                for row in rows:
                    self._sources[(str(row["s"]), path, str(row["o"]))].append(row["g"].value)
            for r in group:
                self._sources.setdefault((str(r.focus), path, str(r.value)), [])
        articles = {ARTICLE_PREFIX + g[len(ARTICLE_GRAPH_PREFIX):]
                    for gs in self._sources.values() for g in gs if g.startswith(ARTICLE_GRAPH_PREFIX)}
        self.fetch(articles)

    def sources(self, focus, path: str | None, value, lang: str) -> str:
        """The articles whose graphs state ``focus path value``."""
        if focus is None or value is None or not path or not isinstance(focus, ox.NamedNode):
            return ""
        key = (str(focus), path, str(value))
        if key not in self._sources:
            self.prefetch_sources([RawResult(focus, "", "", "", path, value)])
        names = []
        for graph in sorted(set(self._sources[key])):
            if graph.startswith(ARTICLE_GRAPH_PREFIX):
                article = ARTICLE_PREFIX + graph[len(ARTICLE_GRAPH_PREFIX):]
                self.fetch([article])
                names.append(self.label(article, lang) or graph[len(ARTICLE_GRAPH_PREFIX):])
            else:
                names.append(graph)
        return ("、" if lang == "zh" else ", ").join(names)


def render(template: str, result: RawResult, namer: Namer, lang: str, shape_name: str) -> str:
    def fill(match: re.Match) -> str:
        name = match.group(1)
        if name == "this":
            return namer.name(result.focus, lang)
        if name == "value":
            return namer.name(result.value, lang)
        if name == "path":
            return path_display(result.path)
        if name == "sources":
            return namer.sources(result.focus, result.path, result.value, lang)
        return match.group(0)

    return _PLACEHOLDER.sub(fill, template).replace("{shape}", shape_name).replace(
        "{component}", result.component.rsplit("#", 1)[-1]).replace(
        "{at}", (f" at {path_display(result.path)}" if lang != "zh" else f"，路径{path_display(result.path)}")
        if result.path else "")


def build_report(store: Store, shapes: rdflib.Graph, raw: Iterable[RawResult], *, engine: str,
                 fail_on: str = "violation", graph: str | None = None) -> Report:
    """Name, explain and sort raw results (every one: two constraints of a shape, or a shape
    reached twice, that fail on the same value are two results, as in pySHACL and the W3C
    suite)."""
    raw_results = list(raw)
    namer = Namer(store)
    iris = set()
    for r in raw_results:
        for term in (r.focus, r.value):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
    namer.fetch(iris)
    results = []
    templates_of: dict[str, dict[str, str]] = {}
    for r in raw_results:
        key = r.constraint or r.shape
        if key not in templates_of:
            found = messages_of(shapes, _node(r.constraint)) if r.constraint else {}
            templates_of[key] = found or messages_of(shapes, _node(r.shape))
    namer.prefetch_sources(r for r in raw_results
                           if any("{?sources}" in t for t in templates_of[r.constraint or r.shape].values()))
    cache: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
    for r in raw_results:
        key = r.constraint or r.shape
        if key not in cache:
            shape_node = _node(r.shape)
            templates = messages_of(shapes, _node(r.constraint)) if r.constraint else {}
            templates = templates or messages_of(shapes, shape_node)
            cache[key] = (templates, labels_of(shapes, shape_node))
        templates, shape_labels = cache[key]
        messages = {}
        for lang in LANGS:
            template = templates.get(lang) or templates.get("") or templates.get("en") \
                or _DEFAULT_MESSAGES[lang]
            shape_name = shape_labels.get(lang) or shape_labels.get("en") or prefixed(r.shape)
            messages[lang] = render(template, r, namer, lang, shape_name)
        results.append(Result(
            focus=r.focus, focus_label=namer.name(r.focus, "en", detail=False), shape=r.shape,
            severity=severity_name(r.severity), path=path_display(r.path) or None, value=r.value,
            messages=messages, component=r.component.removeprefix(str(SH)),
            value_label=namer.name(r.value, "en", detail=False) if r.value is not None else None,
            shape_label=shape_labels.get("en"), constraint=r.constraint,
            shape_labels={lang: shape_labels.get(lang) or shape_labels.get("en") or "" for lang in LANGS}))
    results.sort(key=lambda x: (-severity_rank(x.severity), x.shape, x.focus_label, str(x.focus),
                                x.path or "", str(x.value)))
    return Report(results=results, fail_on=severity_name(fail_on), engine=engine, graph=graph)


def _node(key: str | None):
    if key is None:
        return None
    return rdflib.BNode(key[2:]) if key.startswith("_:") else rdflib.URIRef(key)
