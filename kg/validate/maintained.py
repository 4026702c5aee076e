"""The validation report kept in the store and maintained per change (issue 12).

The last report's results live in the named graph :data:`VALIDATION_GRAPH` (one node per
result, ``sh:focusNode``, ``sh:sourceShape``, ...; kept out of the unnamed default graph, so no
query or validation sees them), with the digest of the shapes that produced them. A change
(:func:`kg.changes.changing`) then re-checks only the focus nodes it can affect:

1. the nodes ``C`` it touched: every subject and object of the changed graphs, before and after
   the change, and of the derived graph's delta;
2. per shape, the focus nodes in ``C`` or reaching ``C`` by the shape's walks
   (:mod:`kg.validate.reach`; a shape it cannot bound is re-checked in full);
3. the shapes' checks (:mod:`kg.validate.fast`) restricted to those focus nodes by ``VALUES``;
   their results replace the stored results of the same (shape, focus node) pairs, in one
   update; what is added is what the change introduced (``dealgraph load`` reports it).

Everything is re-checked when the derived graph was recomputed in full, the class hierarchy
(``rdfs:subClassOf``) changed, a touched node is a blank node, more than :data:`MAX_NODES`
nodes were touched, or the shapes changed. The report is kept only once something asked for it
(``dealgraph load`` validates, unless ``--no-validate``); after that every change maintains it.
A store whose shapes the fast engine cannot compile (pySHACL answers) keeps no report.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
import rdflib

from kg import paths
from kg.namespaces import DG, VALIDATION_GRAPH
from kg.store import Store
from kg.validate import fast
from kg.validate.reach import shape_reach
from kg.validate.report import RawResult
from kg.validate.shapes import SH, load_shapes, node_key, shape_files

#: More touched nodes than this: the change is re-validated in full.
MAX_NODES = 200_000
_CHUNK = 2_000
_FOCUS_CHUNK = 5_000
_FORMAT = "dealgraph validation report 1"
_RESULT = "https://w3id.org/dealgraph/id/result/"
_SH = "http://www.w3.org/ns/shacl#"
_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
_DIGEST = f"<{VALIDATION_GRAPH}> <{DG.shapesDigest}>"


class Unmaintainable(Exception):
    """This report cannot be kept incrementally (blank nodes, shapes the fast engine does not
    compile); the caller validates in full and keeps no report."""


@dataclass
class Pending:
    """One change's validation step: the nodes it touched and, after it, what it introduced."""

    nodes: set = field(default_factory=set)
    full: str = ""                  # why everything is re-checked ("" when incremental)
    added: dict[str, RawResult] | None = None   # {result id: result} new with this change
    gone: set[str] = field(default_factory=set)  # ids of results it took back
    checked: dict[str, int] = field(default_factory=dict)   # shape key -> focus nodes (-1: all)
    shapes: rdflib.Graph | None = None


def shapes_digest() -> str:
    h = hashlib.sha256(_FORMAT.encode())
    for path in shape_files([paths.shapes_dir()]):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:32]


def stored_digest(store: Store) -> str | None:
    rows = store.query(f"SELECT ?d WHERE {{ GRAPH <{VALIDATION_GRAPH}> {{ {_DIGEST} ?d }} }}").rows
    return rows[0]["d"].value if rows else None


# --- the maintenance step (kg.changes.MAINTENANCE) ------------------------------------------
def before(store: Store, scope) -> None:
    """Before a change: if a report is kept (or this change asks for one), make sure it is
    current for these shapes, and read the nodes of the graphs about to change."""
    digest = stored_digest(store)
    if digest is None and not scope.validate:
        return
    shapes = load_shapes()
    pending = Pending(shapes=shapes)
    scope.steps["validation"] = pending
    try:
        if digest != shapes_digest():
            establish(store, shapes)
    except Unmaintainable as exc:
        drop(store)
        scope.steps.pop("validation")
        scope.reason = scope.reason or str(exc)
        return
    _touched(store, scope.graphs, pending)


def after(store: Store, scope) -> None:
    """After a change (and the derived graph's delta): re-check what it can affect."""
    pending = scope.steps.get("validation")
    if pending is None:
        return
    _touched(store, scope.graphs, pending)
    pending.nodes |= scope.touched
    if scope.full:
        pending.full = scope.reason or "the derived graph was recomputed"
    elif scope.touched_subclass:
        pending.full = "the class hierarchy changed"
    if not pending.full and any(isinstance(n, ox.BlankNode) for n in pending.nodes):
        pending.full = "blank nodes changed"
    if not pending.full and len(pending.nodes) > MAX_NODES:
        pending.full = f"more than {MAX_NODES} nodes changed"
    try:
        revalidate(store, pending.shapes, None if pending.full else pending.nodes, pending)
    except Unmaintainable:
        drop(store)
        pending.added = None


def _touched(store: Store, graphs: Iterable[str], pending: Pending) -> None:
    graphs = sorted(set(graphs))
    if not graphs or pending.full:
        return
    values = " ".join(f"<{g}>" for g in graphs)
    subclass = store.query(f"ASK {{ GRAPH ?g {{ VALUES ?g {{ {values} }} ?s <{_SUBCLASS}> ?o }} }}")
    if subclass.boolean:
        pending.full = "the class hierarchy changed"
        return
    rows = store.query(f"SELECT DISTINCT ?n WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ "
                       f"{{ ?n ?p ?o }} UNION {{ ?s ?p ?n }} }} }}").rows
    pending.nodes.update(r["n"] for r in rows)
    if len(pending.nodes) > MAX_NODES:
        pending.full = f"more than {MAX_NODES} nodes changed"


# --- running the checks ------------------------------------------------------------------
def establish(store: Store, shapes: rdflib.Graph | None = None) -> None:
    """Validate everything and keep the results as the store's report."""
    shapes = shapes if shapes is not None else load_shapes()
    checks = _compile(store, shapes, None)
    results = fast.run_checks(store, checks, threads=1)
    keys = _constraint_keys(shapes)
    body = _result_triples(results, keys)
    store.update(f"DROP SILENT GRAPH <{VALIDATION_GRAPH}> ;\nINSERT DATA {{ GRAPH <{VALIDATION_GRAPH}> "
                 f"{{ {_DIGEST} \"{shapes_digest()}\" .\n{body} }} }}", trusted=True)


def refresh(store: Store) -> None:
    """Re-check everything against a kept report (after the derived graph was rebuilt)."""
    digest = stored_digest(store)
    if digest is None:
        return
    shapes = load_shapes()
    try:
        if digest != shapes_digest():
            establish(store, shapes)
        else:
            revalidate(store, shapes, None, Pending())
    except Unmaintainable:
        drop(store)


def drop(store: Store) -> None:
    """Forget the kept report (the next validating load establishes a new one)."""
    store.update(f"DROP SILENT GRAPH <{VALIDATION_GRAPH}>")


def revalidate(store: Store, shapes: rdflib.Graph, nodes: set | None, pending: Pending) -> None:
    """Re-check the focus nodes `nodes` can affect (all when None), replace their stored
    results, and record in `pending` the results that are new."""
    only = _focus_nodes(store, shapes, nodes)
    pending.checked = {k: -1 if v is None else len(v) for k, v in only.items()}
    fresh = []
    for part in _parts(only):
        fresh.extend(fast.run_checks(store, _compile(store, shapes, part), threads=1))
    keys = _constraint_keys(shapes)
    fresh_by_id = {_result_id(r, keys): r for r in fresh}
    stored = _stored_ids(store, only)
    gone = sorted(stored - set(fresh_by_id))
    added = {i: r for i, r in fresh_by_id.items() if i not in stored}
    ops = []
    for i in range(0, len(gone), _CHUNK):
        ids = " ".join(f"<{_RESULT}{g}>" for g in gone[i:i + _CHUNK])
        ops.append(f"DELETE {{ GRAPH <{VALIDATION_GRAPH}> {{ ?r ?p ?o }} }} WHERE {{ GRAPH "
                   f"<{VALIDATION_GRAPH}> {{ VALUES ?r {{ {ids} }} ?r ?p ?o }} }}")
    if added:
        ops.append(f"INSERT DATA {{ GRAPH <{VALIDATION_GRAPH}> {{\n{_result_triples(added.values(), keys)} }} }}")
    if ops:
        store.update(" ;\n".join(ops), trusted=True)
    pending.added, pending.gone = added, set(gone)


def _parts(only: dict) -> list[dict]:
    """`only` in parts of at most :data:`_FOCUS_CHUNK` focus nodes per shape (the shapes
    checked in full in the first)."""
    longest = max((len(v) for v in only.values() if v is not None), default=0)
    parts = []
    for start in range(0, max(longest, 1), _FOCUS_CHUNK):
        part = {k: None if v is None else v[start:start + _FOCUS_CHUNK] for k, v in only.items()
                if (v is None and start == 0) or (v is not None and v[start:start + _FOCUS_CHUNK])}
        if part:
            parts.append(part)
    return parts


def _compile(store: Store, shapes: rdflib.Graph, only) -> list[fast.Check]:
    checks, unsupported = fast.compile_shapes(store, shapes, only=only)
    if unsupported:
        raise Unmaintainable("shapes the fast engine does not compile: "
                             + ", ".join(k for k, _ in unsupported))
    return checks


def _focus_nodes(store: Store, shapes: rdflib.Graph, nodes: set | None) -> dict:
    """{shape key: focus node terms to re-check (N-Triples), or None for all}."""
    top = fast.top_level_shapes(shapes)
    if nodes is None:
        return {node_key(s): None for s in top}
    by_reach: dict[frozenset, list] = defaultdict(list)
    only: dict[str, list[str] | None] = {}
    for shape in top:
        reach = shape_reach(shapes, shape)
        if reach is None:
            only[node_key(shape)] = None
        else:
            by_reach[frozenset(reach - {""})].append(shape)
    for walks, group in by_reach.items():
        reached = set(nodes) | _reaching(store, walks, nodes)
        for shape in group:
            literal_focus = any(isinstance(t, rdflib.Literal) for t in shapes.objects(shape, SH.targetNode)) \
                or (shape, SH.targetObjectsOf, None) in shapes
            only[node_key(shape)] = sorted(str(n) for n in reached
                                           if literal_focus or not isinstance(n, ox.Literal))
    return only


def _reaching(store: Store, walks: frozenset, nodes: set) -> set:
    if not walks:
        return set()
    path = "|".join(sorted(walks))
    found: set = set()
    ordered = sorted(str(n) for n in nodes)
    for i in range(0, len(ordered), _CHUNK):
        rows = store.query(f"SELECT DISTINCT ?this WHERE {{ VALUES ?c {{ {' '.join(ordered[i:i + _CHUNK])} }} "
                           f"?this ({path}) ?c }}").rows
        found.update(r["this"] for r in rows)
    return found


# --- the stored form ---------------------------------------------------------------------
def _constraint_keys(shapes: rdflib.Graph) -> dict[str, str]:
    """{constraint key in this parse: a key stable across parses} (a SPARQL constraint is
    usually a blank node, whose id changes with every parse)."""
    keys = {}
    for shape, constraint in shapes.subject_objects(SH.sparql):
        if isinstance(constraint, rdflib.BNode):
            select = str(shapes.value(constraint, SH.select) or "")
            digest = hashlib.sha256(f"{node_key(shape)}\0{select}".encode()).hexdigest()[:16]
            keys[node_key(constraint)] = f"sparql:{digest}"
        else:
            keys[node_key(constraint)] = str(constraint)
    return keys


def _result_id(r: RawResult, keys: dict[str, str]) -> str:
    for term in (r.focus, r.value):
        if isinstance(term, ox.BlankNode):
            raise Unmaintainable("a result about a blank node")
    if r.shape.startswith("_:"):
        raise Unmaintainable("a shape that is a blank node")
    parts = [str(r.focus), r.shape, r.component, r.severity, r.path or "",
             "" if r.value is None else str(r.value), keys.get(r.constraint or "", r.constraint or "")]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def _result_triples(results: Iterable[RawResult], keys: dict[str, str]) -> str:
    lines = []
    for r in results:
        node = f"<{_RESULT}{_result_id(r, keys)}>"
        lines += [f"{node} <{_SH}focusNode> {r.focus}", f"{node} <{_SH}sourceShape> <{r.shape}>",
                  f"{node} <{_SH}sourceConstraintComponent> <{r.component}>",
                  f"{node} <{_SH}resultSeverity> <{r.severity}>"]
        if r.path is not None:
            lines.append(f"{node} <{DG.resultPathSparql}> {ox.Literal(r.path)}")
        if r.value is not None:
            lines.append(f"{node} <{_SH}value> {r.value}")
        if r.constraint is not None:
            lines.append(f"{node} <{DG.sourceConstraintKey}> {ox.Literal(keys.get(r.constraint, r.constraint))}")
    return "".join(line + " .\n" for line in lines)


_STORED = f"""SELECT ?r ?f ?s ?c ?sev ?path ?v ?k WHERE {{{{ GRAPH <{VALIDATION_GRAPH}> {{{{ {{values}}
  ?r <{_SH}focusNode> ?f ; <{_SH}sourceShape> ?s ; <{_SH}sourceConstraintComponent> ?c ;
     <{_SH}resultSeverity> ?sev .
  OPTIONAL {{{{ ?r <{DG.resultPathSparql}> ?path }}}} OPTIONAL {{{{ ?r <{_SH}value> ?v }}}}
  OPTIONAL {{{{ ?r <{DG.sourceConstraintKey}> ?k }}}} }}}} }}}}"""


def stored_results(store: Store, shapes: rdflib.Graph | None = None) -> list[RawResult] | None:
    """The kept report's results (constraint keys as in `shapes`), or None when none is kept."""
    if stored_digest(store) is None:
        return None
    shapes = shapes if shapes is not None else load_shapes()
    back = {v: k for k, v in _constraint_keys(shapes).items()}
    found = []
    for row in store.query(_STORED.format(values="")).rows:
        k = row.get("k")
        found.append(RawResult(row["f"], row["s"].value, row["c"].value, row["sev"].value,
                               row["path"].value if row.get("path") is not None else None,
                               row.get("v"), None if k is None else back.get(k.value, k.value)))
    return found


_STORED_IDS = f"""SELECT ?r ?f ?s WHERE {{{{ GRAPH <{VALIDATION_GRAPH}> {{{{ {{values}}
  ?r <{_SH}focusNode> ?f ; <{_SH}sourceShape> ?s }}}} }}}}"""


def _stored_ids(store: Store, only: dict) -> set[str]:
    """Ids of the stored results of the (shape, focus node) pairs being re-checked."""
    everything = [s for s, focus in only.items() if focus is None]
    by_focus: dict[str, set[str]] = defaultdict(set)
    for shape, focus in only.items():
        for f in focus or ():
            by_focus[f].add(shape)
    ids: set[str] = set()
    if everything:
        values = "VALUES ?s { " + " ".join(f"<{s}>" for s in everything) + " }"
        ids |= {r["r"].value.removeprefix(_RESULT)
                for r in store.query(_STORED_IDS.format(values=values)).rows}
    ordered = sorted(by_focus)
    for i in range(0, len(ordered), _CHUNK):
        values = "VALUES ?f { " + " ".join(ordered[i:i + _CHUNK]) + " }"
        for row in store.query(_STORED_IDS.format(values=values)).rows:
            if row["s"].value in by_focus[str(row["f"])]:
                ids.add(row["r"].value.removeprefix(_RESULT))
    return ids


def report_drift(store: Store) -> tuple[set, set]:
    """(missing, extra): how the kept report differs from a full validation now (the property
    tests); both empty when they agree."""
    shapes = load_shapes()
    stored = stored_results(store, shapes)
    full = fast.run_checks(store, _compile(store, shapes, None), threads=1)
    have = {(r.key(), r.constraint) for r in stored or ()}
    want = {(r.key(), r.constraint) for r in full}
    return want - have, have - want
