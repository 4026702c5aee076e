"""The fast engine: SHACL shapes compiled to SPARQL SELECTs and run by the store's own engine.

Each constraint of each shape becomes one query returning the failing ``?this`` (and ``?value``,
``?path``) for all focus nodes at once, instead of pySHACL's one evaluation per focus node in
rdflib. Supported: the four explicit targets and implicit class targets; predicate, inverse,
sequence, alternative and repetition paths; sh:minCount/maxCount, sh:datatype, sh:class,
sh:nodeKind, sh:min/maxInclusive/Exclusive, sh:min/maxLength, sh:pattern, sh:languageIn, sh:in,
sh:hasValue, sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals and sh:uniqueLang (on
property shapes), sh:node, sh:not, sh:and, sh:or, sh:xone (nested shapes with sh:minCount 1,
sh:maxCount 0, sh:hasValue and value constraints) and SPARQL-based constraints (``sh:select``
with ``$this``/``$PATH``, prefixes from ``sh:prefixes``/``sh:declare``, where joining equals
pre-binding: :mod:`kg.validate.prebinding`). A shape using anything else raises
:class:`UnsupportedShape`, and :func:`kg.validate.raw_results` hands the whole shapes graph to
one full pySHACL run instead.

Results are tested to be identical to pySHACL's (tests/validate/test_fast_equals_pyshacl.py).
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import rdflib
from rdflib import RDF, RDFS, BNode, Literal, URIRef

from kg.store import Store
from kg.validate import xsd
from kg.validate.prebinding import joinable
from kg.validate.report import RawResult
from kg.validate.shapes import (
    SH, UnsupportedShape, node_key, path_sparql, rdf_list, severity_of, sparql_prologue,
)

XSD = "http://www.w3.org/2001/XMLSchema#"
#: Checks run concurrently (pyoxigraph evaluates queries without holding the GIL).
THREADS = min(4, os.cpu_count() or 1)
_RDF_TYPE = f"<{RDF.type}>"
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
#: Constraint parameters that apply to each value node, with their components.
_VALUE_PARAMS = {
    SH["class"]: "ClassConstraintComponent", SH.datatype: "DatatypeConstraintComponent",
    SH.nodeKind: "NodeKindConstraintComponent", SH.minExclusive: "MinExclusiveConstraintComponent",
    SH.minInclusive: "MinInclusiveConstraintComponent", SH.maxExclusive: "MaxExclusiveConstraintComponent",
    SH.maxInclusive: "MaxInclusiveConstraintComponent", SH.minLength: "MinLengthConstraintComponent",
    SH.maxLength: "MaxLengthConstraintComponent", SH.pattern: "PatternConstraintComponent",
    SH.languageIn: "LanguageInConstraintComponent", SH["in"]: "InConstraintComponent",
    SH.node: "NodeConstraintComponent", SH["not"]: "NotConstraintComponent",
    SH["and"]: "AndConstraintComponent", SH["or"]: "OrConstraintComponent",
    SH.xone: "XoneConstraintComponent",
}
_UNSUPPORTED = (SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals, SH.uniqueLang,
                SH.qualifiedValueShape, SH.closed, SH.rule, SH.target)
#: Property pair constraints compiled for property shapes (not for node or nested shapes).
_PAIRS = {SH.equals: "EqualsConstraintComponent", SH.disjoint: "DisjointConstraintComponent",
          SH.lessThan: "LessThanConstraintComponent",
          SH.lessThanOrEquals: "LessThanOrEqualsConstraintComponent"}
_PAIR_PARAMS = frozenset({*_PAIRS, SH.uniqueLang})
#: Everything else a shape may say that the compiler reads or that changes no result.
_KNOWN = {*_TARGETS, *_VALUE_PARAMS, *_UNSUPPORTED, SH.path, SH.property, SH.severity,
          SH.message, SH.deactivated, SH.name, SH.description, SH.order, SH.group,
          SH.defaultValue, SH.minCount, SH.maxCount, SH.hasValue, SH.sparql, SH.flags}
#: Parameters whose expression is never an error (EXISTS, sameTerm, isIRI, and combinations
#: of :meth:`Compiler.conforms`, itself never an error), so it needs no ``COALESCE(.., false)``:
#: Virtuoso 7.2 cannot compile ``COALESCE`` around ``&&``/``||`` holding ``EXISTS`` (SQ074).
_NEVER_AN_ERROR = frozenset({SH["class"], SH.nodeKind, SH["in"], SH.node, SH["not"], SH["and"],
                             SH["or"], SH.xone})
_NODE_KINDS = {
    SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a SELECT of failing ``?this`` [``?value``] [``?path``]."""

    shape: str
    component: str
    severity: str
    path: str | None
    sparql: str
    constraint: str | None = None


def _term(term: rdflib.term.Node) -> str:
    if isinstance(term, BNode):
        raise UnsupportedShape("blank nodes as constraint values")
    return term.n3()


def same_term(v: str, term: rdflib.term.Node) -> str:
    """An expression, never an error, true when `v` is the RDF term `term`: ``sameTerm`` for
    an IRI; for a literal, its lexical form, datatype (or language) compared one by one, which
    is the same test in SPARQL 1.1 and the one Virtuoso 7.2 gets right (its ``sameTerm`` of a
    stored literal and a constant is false for strings, numbers, booleans and dates).

    >>> same_term("?v", Literal(False))
    '(isLiteral(?v) && DATATYPE(?v) = <http://www.w3.org/2001/XMLSchema#boolean> && STR(?v) = "false")'
    >>> same_term("?v", Literal("a", lang="EN"))
    '(isLiteral(?v) && LANG(?v) = "en" && STR(?v) = "a")'
    """
    if not isinstance(term, Literal):
        return f"sameTerm({v}, {_term(term)})"
    lexical = Literal(str(term)).n3()
    if term.language:  # (not LANG = "" beside DATATYPE: Virtuoso 7.2 then matches nothing)
        return f"(isLiteral({v}) && LANG({v}) = {Literal(term.language.lower()).n3()} && STR({v}) = {lexical})"
    datatype = term.datatype or rdflib.XSD.string
    return f"(isLiteral({v}) && DATATYPE({v}) = <{datatype}> && STR({v}) = {lexical})"


def _is_shape_with_targets(shapes: rdflib.Graph, node) -> bool:
    if any((node, t, None) in shapes for t in _TARGETS):
        return True
    is_shape = (node, RDF.type, SH.NodeShape) in shapes or (node, RDF.type, SH.PropertyShape) in shapes
    return is_shape and ((node, RDF.type, RDFS.Class) in shapes
                         or (node, RDF.type, rdflib.OWL.Class) in shapes)


def top_level_shapes(shapes: rdflib.Graph) -> list:
    """Shapes with targets (explicit or implicit class targets), sorted, deactivated ones out."""
    found = {s for t in _TARGETS for s in shapes.subjects(t, None)}
    found |= {s for s in shapes.subjects(RDF.type, None) if _is_shape_with_targets(shapes, s)}
    return sorted(s for s in found if not _deactivated(shapes, s))


def _deactivated(shapes: rdflib.Graph, node) -> bool:
    value = shapes.value(node, SH.deactivated)
    return isinstance(value, Literal) and value.toPython() is True


def classes_needing_closure(shapes: rdflib.Graph) -> set[str]:
    """Every class used by sh:targetClass, sh:class or an implicit class target."""
    found = {str(c) for c in shapes.objects(None, SH.targetClass) if isinstance(c, URIRef)}
    found |= {str(c) for c in shapes.objects(None, SH["class"]) if isinstance(c, URIRef)}
    found |= {str(s) for s in top_level_shapes(shapes)
              if isinstance(s, URIRef) and ((s, RDF.type, RDFS.Class) in shapes
                                            or (s, RDF.type, rdflib.OWL.Class) in shapes)}
    return found


def subclass_closure(store: Store, classes: Iterable[str]) -> dict[str, list[str]]:
    """{class: [the class and all its subclasses in the data]} (SHACL's subClassOf* semantics)."""
    closure = {}
    for cls in sorted(set(classes)):
        rows = store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS.subClassOf}>+ <{cls}> }}").rows
        closure[cls] = sorted({cls} | {r["c"].value for r in rows if r["c"].__class__.__name__ == "NamedNode"})
    return closure


class Compiler:
    """Compiles a shapes graph to :class:`Check` queries."""

    def __init__(self, shapes: rdflib.Graph, closure: dict[str, list[str]], graph: str | None = None,
                 only: Mapping[str, Sequence[str] | None] | None = None):
        self.shapes = shapes
        self.closure = closure
        self.graph = graph
        #: {shape key: focus node terms (N-Triples), or None for all}: compile only these
        #: shapes, each restricted to those focus nodes (incremental validation)
        self.only = only
        self._focus: Sequence[str] | None = None
        self._counter = 0

    def var(self, stem: str = "x") -> str:
        self._counter += 1
        return f"?_{stem}{self._counter}"

    # --- entry point ---------------------------------------------------------------------
    def compile(self) -> tuple[list[Check], list[tuple[str, str]]]:
        """(checks, [(shape key, reason)] for shapes the fast engine cannot compile)."""
        checks: list[Check] = []
        unsupported: list[tuple[str, str]] = []
        for component in sorted(set(self.shapes.subjects(SH.parameter, None))):  # components
            unsupported.append((node_key(component), "a constraint component of the shapes' own"))
        for shape in top_level_shapes(self.shapes):
            if self.only is not None:
                if node_key(shape) not in self.only:
                    continue
                self._focus = self.only[node_key(shape)]
                if self._focus is not None and not self._focus:
                    continue
            try:
                checks.extend(self.shape_checks(shape, self.focus_pattern(shape), depth=0))
            except UnsupportedShape as exc:
                unsupported.append((node_key(shape), str(exc)))
        return checks, unsupported

    # --- targets -------------------------------------------------------------------------
    def class_values(self, cls) -> str:
        members = self.closure.get(str(cls), [str(cls)])
        return " ".join(f"<{c}>" for c in members)

    def focus_pattern(self, shape) -> str:
        g = self.shapes
        parts = []
        classes = list(g.objects(shape, SH.targetClass))
        if isinstance(shape, URIRef) and ((shape, RDF.type, RDFS.Class) in g
                                          or (shape, RDF.type, rdflib.OWL.Class) in g):
            classes.append(shape)
        for cls in sorted(set(classes)):
            if not isinstance(cls, URIRef):
                raise UnsupportedShape("a blank node as sh:targetClass")
            if self._focus is not None:   # beside VALUES ?this, a VALUES ?_tc is planned 50x slower
                listed = ", ".join(self.class_values(cls).split())
                parts.append(f"{{ ?this {_RDF_TYPE} ?_tc FILTER(?_tc IN ({listed})) }}")
            else:
                parts.append(f"{{ VALUES ?_tc {{ {self.class_values(cls)} }} ?this {_RDF_TYPE} ?_tc }}")
        for node in sorted(g.objects(shape, SH.targetNode)):
            parts.append(f"{{ VALUES ?this {{ {_term(node)} }} }}")
        for prop in sorted(g.objects(shape, SH.targetSubjectsOf)):
            parts.append(f"{{ ?this {_term(prop)} ?_ts }}")
        for prop in sorted(g.objects(shape, SH.targetObjectsOf)):
            parts.append(f"{{ ?_to {_term(prop)} ?this }}")
        if not parts:
            raise UnsupportedShape("a shape without targets at the top level")
        restrict = ""
        if self.graph:
            restrict = f" FILTER EXISTS {{ GRAPH <{self.graph}> {{ ?this ?_gp ?_go }} }}"
        if self._focus is not None:   # VALUES first: the engine starts from these nodes
            values = f"VALUES ?this {{ {' '.join(self._focus)} }} "
            return f"{{ SELECT DISTINCT ?this WHERE {{ {values}{{ {' UNION '.join(parts)} }}{restrict} }} }}"
        return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)}{restrict} }} }}"

    # --- one shape applied to the focus nodes of `focus` -----------------------------------
    def shape_checks(self, shape, focus: str, depth: int) -> list[Check]:
        g = self.shapes
        if depth > 8:
            raise UnsupportedShape("shapes nested too deeply (recursive?)")
        if _deactivated(g, shape):
            return []
        path_node = g.value(shape, SH.path)
        self.check_parameters(shape, _PAIR_PARAMS if path_node is not None else frozenset())
        key, severity = node_key(shape), severity_of(g, shape)
        checks: list[Check] = []

        def check(component: str, sparql: str, path: str | None = None, constraint=None) -> None:
            checks.append(Check(key, str(SH[component]), severity, path, sparql,
                                node_key(constraint) if constraint is not None else None))

        if path_node is not None:  # a property shape: constraints on the values of the path
            path = path_sparql(g, path_node)
            values = self.values_pattern(shape, path_node, focus, depth)
            for n in g.objects(shape, SH.minCount):
                n = int(n)
                # MINUS (not FILTER NOT EXISTS): one anti-join instead of a probe per focus node;
                # for a few focus nodes (incremental validation) a probe each is far cheaper
                if self._focus is not None and 1 <= n <= 3:
                    vs = [f"?_v{i}" for i in range(n)]
                    distinct = " && ".join(f"!sameTerm({a}, {b})" for i, a in enumerate(vs)
                                           for b in vs[i + 1:])
                    probe = " . ".join(f"?this {path} {v}" for v in vs) + \
                        (f" FILTER({distinct})" if distinct else "")
                    check("MinCountConstraintComponent",
                          f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ {probe} }} }}", path)
                elif n == 1:
                    check("MinCountConstraintComponent",
                          f"SELECT ?this WHERE {{ {focus} MINUS {{ ?this {path} ?_v }} }}", path)
                elif n > 1:  # (not MINUS of a grouped subquery: Virtuoso 7.2 gets that wrong)
                    check("MinCountConstraintComponent",
                          f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {path} ?_v }} }} "
                          f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) < {n})", path)
            for n in g.objects(shape, SH.maxCount):
                check("MaxCountConstraintComponent",
                      f"SELECT ?this WHERE {{ {focus} ?this {path} ?_v }} "
                      f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) > {int(n)})", path)
            for value in g.objects(shape, SH.hasValue):
                check("HasValueConstraintComponent",
                      f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {path} {_term(value)} }} }}",
                      path)
            for param, component in _VALUE_PARAMS.items():
                for argument in sorted(g.objects(shape, param)):
                    expr = self.value_expr(param, argument, "?value")
                    check(component, f"SELECT DISTINCT ?this ?value WHERE {{ {values} "
                                     f"FILTER(!{expr}) }}", path)
            for param, component in _PAIRS.items():
                for other in sorted(g.objects(shape, param)):
                    for sparql in self.pair_queries(param, other, values, focus, path):
                        check(component, sparql, path)
            for flag in g.objects(shape, SH.uniqueLang):
                if isinstance(flag, Literal) and flag == Literal(True):  # only the literal true
                    check("UniqueLangConstraintComponent",
                          f"SELECT ?this WHERE {{ {values} FILTER(LANG(?value) != \"\") }} "
                          f"GROUP BY ?this (LANG(?value) AS ?_lang) HAVING (COUNT(DISTINCT ?value) > 1)",
                          path)
            if (shape, SH.property, None) in g:
                raise UnsupportedShape("sh:property inside a property shape")
            for constraint in g.objects(shape, SH.sparql):
                checks.append(self.sparql_check(shape, constraint, focus, path))
            return checks

        for param, component in _VALUE_PARAMS.items():  # a node shape: the focus node is the value
            for argument in sorted(g.objects(shape, param)):
                expr = self.value_expr(param, argument, "?this")
                check(component, f"SELECT DISTINCT ?this (?this AS ?value) WHERE {{ {focus} FILTER(!{expr}) }}")
        for value in g.objects(shape, SH.hasValue):
            check("HasValueConstraintComponent",
                  f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER(!{same_term('?this', value)}) }}")
        for child in sorted(g.objects(shape, SH.property)):
            checks.extend(self.shape_checks(child, focus, depth + 1))
        for constraint in g.objects(shape, SH.sparql):
            checks.append(self.sparql_check(shape, constraint, focus, None))
        return checks

    def pair_queries(self, param, other, values: str, focus: str, path: str) -> list[str]:
        """sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals of a property shape: one
        row per failing value (per failing pair for the comparisons, as pySHACL reports)."""
        if not isinstance(other, URIRef):
            raise UnsupportedShape("a property pair constraint on something other than an IRI")
        if param == SH.equals:
            return [f"SELECT DISTINCT ?this ?value WHERE {{ {values} "
                    f"FILTER NOT EXISTS {{ ?this <{other}> ?value }} }}",
                    f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this <{other}> ?value "
                    f"FILTER NOT EXISTS {{ ?this {path} ?value }} }}"]
        if param == SH.disjoint:
            return [f"SELECT DISTINCT ?this ?value WHERE {{ {values} ?this <{other}> ?value }}"]
        op = "<" if param == SH.lessThan else "<="
        return [f"SELECT ?this ?value WHERE {{ {values} ?this <{other}> ?_other "
                f"FILTER(!COALESCE(?value {op} ?_other, false)) }}"]

    def check_parameters(self, shape, compiled: frozenset = frozenset()) -> None:
        """Raise :class:`UnsupportedShape` for a parameter the compiler does not handle: one of
        :data:`_UNSUPPORTED` (but those in `compiled`), or a SHACL term it does not know: never
        ignored, so never a silent pass. (Parameters of components declared in the shapes
        graph hand the whole graph over in :meth:`compile`.)"""
        for param in set(self.shapes.predicates(shape, None)) - compiled:
            if param in _UNSUPPORTED or (param.startswith(str(SH)) and param not in _KNOWN):
                raise UnsupportedShape(f"<{param}> is not compiled")

    def values_pattern(self, shape, path_node, focus: str, depth: int) -> str:
        """A pattern binding every (?this, ?value) of the shape's path on its focus nodes.

        An alternative of predicates becomes a UNION of triple patterns (faster than a path), and
        the focus pattern is left out when it cannot remove anything: a top-level shape whose
        only targets are ``sh:targetSubjectsOf`` every predicate of the path.
        """
        g = self.shapes
        predicates = None
        if isinstance(path_node, URIRef):
            predicates = [path_node]
        elif isinstance(path_node, BNode) and g.value(path_node, SH.alternativePath) is not None:
            items = rdf_list(g, g.value(path_node, SH.alternativePath))
            if all(isinstance(i, URIRef) for i in items):
                predicates = items
        if predicates is None:
            return f"{focus} ?this {path_sparql(g, path_node)} ?value"
        triples = " UNION ".join(f"{{ ?this <{p}> ?value }}" for p in predicates)
        subjects_of = set(g.objects(shape, SH.targetSubjectsOf))
        only_subjects = depth == 0 and not any(
            (shape, t, None) in g for t in _TARGETS if t != SH.targetSubjectsOf) \
            and not self._implicit_class(shape)
        if only_subjects and set(predicates) <= subjects_of and not self.graph \
                and self._focus is None:
            return triples
        return f"{focus} {triples}"

    def _implicit_class(self, shape) -> bool:
        g = self.shapes
        return (shape, RDF.type, RDFS.Class) in g or (shape, RDF.type, rdflib.OWL.Class) in g

    # --- value expressions: does the value in `v` conform? (never an error) -------------------
    def value_expr(self, param, argument, v: str) -> str:
        expr = self._value_expr(param, argument, v)
        if param in _NEVER_AN_ERROR:
            return expr
        return f"COALESCE({expr}, false)"

    def _value_expr(self, param, arg, v: str) -> str:
        g = self.shapes
        if param == SH.datatype:
            if str(arg) == str(RDF.langString):
                return f"(isLiteral({v}) && LANG({v}) != \"\")"
            test = f"(isLiteral({v}) && DATATYPE({v}) = <{arg}>"
            lexical = xsd.sparql_test(v, str(arg))
            if lexical is not None:  # ill-formed literals fail sh:datatype
                test += f" && LANG({v}) = \"\" && {lexical}"
            return test + ")"
        if param == SH["class"]:
            c = self.var("c")
            return f"EXISTS {{ VALUES {c} {{ {self.class_values(arg)} }} {v} {_RDF_TYPE} {c} }}"
        if param == SH.nodeKind:
            if arg not in _NODE_KINDS:
                raise UnsupportedShape(f"unknown sh:nodeKind {arg}")
            return _NODE_KINDS[arg].format(v=v)
        if param in (SH.minExclusive, SH.minInclusive, SH.maxExclusive, SH.maxInclusive):
            op = {SH.minExclusive: ">", SH.minInclusive: ">=", SH.maxExclusive: "<",
                  SH.maxInclusive: "<="}[param]
            return f"(isLiteral({v}) && {v} {op} {_term(arg)})"
        if param in (SH.minLength, SH.maxLength):
            op = ">=" if param == SH.minLength else "<="
            return f"(!isBlank({v}) && STRLEN(STR({v})) {op} {int(arg)})"
        if param == SH.pattern:
            flags = g.value(next(iter(g.subjects(SH.pattern, arg))), SH.flags)
            extra = f", {Literal(str(flags)).n3()}" if flags is not None else ""
            return f"(!isBlank({v}) && REGEX(STR({v}), {Literal(str(arg)).n3()}{extra}))"
        if param == SH.languageIn:
            tags = [str(t) for t in rdf_list(g, arg)]
            if not tags:
                return "false"
            return f"(isLiteral({v}) && (" + " || ".join(
                f"langMatches(LANG({v}), {Literal(t).n3()})" for t in tags) + "))"
        if param == SH["in"]:
            items = rdf_list(g, arg)
            if not items:
                return "false"
            return "(" + " || ".join(same_term(v, t) for t in items) + ")"
        if param == SH.node:
            return self.conforms(arg, v)
        if param == SH["not"]:
            return f"(!{self.conforms(arg, v)})"
        if param in (SH["and"], SH["or"]):
            members = [self.conforms(s, v) for s in rdf_list(g, arg)]
            if not members:
                return "true" if param == SH["and"] else "false"
            joiner = " && " if param == SH["and"] else " || "
            return "(" + joiner.join(members) + ")"
        if param == SH.xone:
            members = [self.conforms(s, v) for s in rdf_list(g, arg)]
            if not members:
                return "false"
            return "((" + " + ".join(f"IF({m}, 1, 0)" for m in members) + ") = 1)"
        raise UnsupportedShape(f"parameter {param}")

    def conforms(self, shape, v: str, depth: int = 0) -> str:
        """An expression, never an error, that is true when the node in `v` conforms to `shape`."""
        g = self.shapes
        if depth > 8:
            raise UnsupportedShape("shapes nested too deeply (recursive?)")
        if _deactivated(g, shape):
            return "true"
        self.check_parameters(shape)
        if (shape, SH.sparql, None) in g:
            raise UnsupportedShape("sh:sparql in a nested shape")
        parts: list[str] = []
        path_node = g.value(shape, SH.path)
        if path_node is not None:
            path = path_sparql(g, path_node)
            for n in g.objects(shape, SH.minCount):
                if int(n) == 1:
                    parts.append(f"EXISTS {{ {v} {path} {self.var()} }}")
                elif int(n) > 1:
                    raise UnsupportedShape("sh:minCount > 1 in a nested shape")
            for n in g.objects(shape, SH.maxCount):
                if int(n) != 0:
                    raise UnsupportedShape("sh:maxCount > 0 in a nested shape")
                parts.append(f"NOT EXISTS {{ {v} {path} {self.var()} }}")
            for value in g.objects(shape, SH.hasValue):
                parts.append(f"EXISTS {{ {v} {path} {_term(value)} }}")
            for param in _VALUE_PARAMS:
                for argument in sorted(g.objects(shape, param)):
                    x = self.var()
                    parts.append(f"NOT EXISTS {{ {v} {path} {x} FILTER(!{self.value_expr(param, argument, x)}) }}")
            if (shape, SH.property, None) in g:
                raise UnsupportedShape("sh:property inside a nested property shape")
        else:
            for param in _VALUE_PARAMS:
                for argument in sorted(g.objects(shape, param)):
                    parts.append(self.value_expr(param, argument, v))
            for value in g.objects(shape, SH.hasValue):
                parts.append(same_term(v, value))
            for child in sorted(g.objects(shape, SH.property)):
                parts.append(self.conforms(child, v, depth + 1))
        return "(" + " && ".join(parts) + ")" if parts else "true"

    # --- SPARQL-based constraints --------------------------------------------------------
    def prologue(self, constraint) -> str:
        return sparql_prologue(self.shapes, constraint)

    def sparql_check(self, shape, constraint, focus: str, path: str | None) -> Check:
        g = self.shapes
        select = g.value(constraint, SH.select)
        if select is None:
            raise UnsupportedShape("a SPARQL constraint without sh:select")
        if _deactivated(g, constraint):
            raise UnsupportedShape("a deactivated SPARQL constraint")
        query = str(select)
        if re.search(r"\$(currentShape|shapesGraph)\b", query):
            raise UnsupportedShape("$currentShape / $shapesGraph in a SPARQL constraint")
        hoisted = re.findall(r"(?im)^\s*(PREFIX\s+[\w-]*:\s*<[^>]*>|BASE\s+<[^>]*>)", query)
        query = re.sub(r"(?im)^\s*(PREFIX\s+[\w-]*:\s*<[^>]*>|BASE\s+<[^>]*>)", "", query)
        query = re.sub(r"[$?]this\b", "?this", query)
        if path is not None:
            query = query.replace("$PATH", path)
        head = re.match(r"(?is)(\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?)(.*?)(\bWHERE\b|\{)", query)
        if head is None:
            raise UnsupportedShape("sh:select is not a SELECT query")
        projection = head.group(2)
        if "*" not in projection and not re.search(r"\?this\b", projection):
            query = head.group(1) + "?this " + query[len(head.group(1)):]
        prologue = "\n".join([self.prologue(constraint), *hoisted])
        if not joinable(f"{prologue}\n{query}"):
            raise UnsupportedShape("a SPARQL constraint that needs $this pre-bound")
        sparql = f"{prologue}\nSELECT ?this ?value ?path WHERE {{ {focus} {{ {query} }} }}"
        return Check(node_key(shape), str(SH.SPARQLConstraintComponent), severity_of(g, shape),
                     path, sparql, node_key(constraint))


def compile_shapes(store: Store, shapes: rdflib.Graph, graph: str | None = None,
                   only: Mapping[str, Sequence[str] | None] | None = None):
    """(checks, unsupported); `only` as :class:`Compiler`'s."""
    closure = subclass_closure(store, classes_needing_closure(shapes))
    return Compiler(shapes, closure, graph, only).compile()


def run_checks(store: Store, checks: list[Check],
               on_check: Callable[[Check, float], None] | None = None,
               threads: int = THREADS) -> list[RawResult]:
    """Run `checks` (concurrently; ``threads=1`` in the calling thread: inside a change, only
    the thread that writes reads the shared store's change under way)."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    def run(check: Check):
        start = time.perf_counter()
        rows = store.query(check.sparql).rows
        return check, rows, time.perf_counter() - start

    results: list[RawResult] = []
    if threads <= 1:
        outcomes = [run(check) for check in checks]
    else:
        with ThreadPoolExecutor(max_workers=threads) as pool:  # the engine runs outside the GIL
            outcomes = list(pool.map(run, checks))
    for check, rows, seconds in outcomes:
        for row in rows:
            path = check.path
            if check.component == str(SH.SPARQLConstraintComponent) and "path" in row:
                path = f"<{row['path'].value}>" if row["path"].__class__.__name__ == "NamedNode" else path
            value = row.get("value")
            results.append(RawResult(row["this"], check.shape, check.component, check.severity,
                                     path, value, check.constraint))
        if on_check:
            on_check(check, seconds)
    return results
