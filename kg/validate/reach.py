"""How far from its focus node a shape looks: which focus nodes a change can affect.

A shape's results for a focus node ``f`` depend only on the triples its evaluation reads, and
every such triple is reached from ``f`` by the shape's pattern: ``f``'s own triples (targets,
the first step of a path), the triples along a path, a value node's types (``sh:class``) or
its own paths (nested shapes), and the triples a SPARQL constraint's patterns join to
``$this``. :func:`shape_reach` returns those walks as SPARQL property paths (``""`` is ``f``
itself).

Then, if a change adds or removes triples whose subjects and objects are the nodes ``C``, a
focus node whose results can differ is in ``C`` or reaches a node of ``C`` by one of the walks
(in the data after the change): on the walk that finds a changed triple, the steps before the
first changed one are unchanged, so they exist after the change too, and the near end of the
first changed triple is in ``C``. Re-checking exactly those focus nodes gives a full run's
results (tests/store/test_incremental.py checks this after every step).

A shape that cannot be bounded returns None (the caller validates it in full): a SPARQL
constraint with a ``GRAPH`` or ``SERVICE`` pattern, with a pattern not joined to ``$this``,
or one this module cannot read; shapes nested deeper than the fast engine compiles.
Class targets and ``sh:class`` also read the class hierarchy (``rdfs:subClassOf``), which is
not a walk from the focus: a change to it revalidates everything (:mod:`kg.validate.maintained`).

>>> g = rdflib.Graph().parse(data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
... <x:S> sh:targetClass <x:C> ; sh:path ( <x:a> <x:b> ) ; sh:class <x:K> .''', format="turtle")
>>> sorted(shape_reach(g, rdflib.URIRef("x:S")))
['', '(<x:a>/<x:b>)', '<x:a>']
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import rdflib
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, Path, SequencePath
from rdflib.plugins.sparql.parserutils import CompValue

from kg.validate.prebinding import algebra_of
from kg.validate.shapes import SH, UnsupportedShape, rdf_list, sparql_prologue

#: Any predicate (a negated property set of an IRI no data uses).
_ANY = "!<urn:dealgraph:no-such-predicate>"
_NESTED = (SH.node, SH["not"])
_NESTED_LISTS = (SH["and"], SH["or"], SH.xone)
_UNBOUNDED = ("Graph", "GraphGraphPattern", "ServiceGraphPattern", "Service")
_MAX_DEPTH = 8
#: More walks than this from $this: the constraint counts as unbounded.
_MAX_WALKS = 256

# A path is a small tree: ("iri", text) | ("inv", p) | ("seq", (p, ...)) | ("alt", (p, ...))
# | ("mod", p, "*" | "+" | "?").


class Unbounded(Exception):
    """The shape's reach cannot be bounded (its results are recomputed in full)."""


def text(path: tuple) -> str:
    kind = path[0]
    if kind == "iri":
        return path[1]
    if kind == "inv":
        return "^" + _wrap(text(path[1]))
    if kind in ("seq", "alt"):
        return "(" + ("/" if kind == "seq" else "|").join(text(p) for p in path[1]) + ")"
    return "(" + text(path[1]) + ")" + path[2]


def _wrap(t: str) -> str:
    return t if t.startswith(("<", "(", "!")) else f"({t})"


def normal(path: tuple, inverted: bool = False) -> tuple:
    """The same path with inverses pushed down to single steps."""
    kind = path[0]
    if kind == "iri":
        return ("inv", path) if inverted else path
    if kind == "inv":
        return normal(path[1], not inverted)
    if kind == "seq":
        parts = [normal(p, inverted) for p in path[1]]
        return ("seq", tuple(reversed(parts) if inverted else parts))
    if kind == "alt":
        return ("alt", tuple(normal(p, inverted) for p in path[1]))
    return ("mod", normal(path[1], inverted), path[2])


def prefixes(path: tuple) -> list[tuple]:
    """The walks to every node a (normal) path passes through, strictly before its end."""
    kind = path[0]
    if kind in ("iri", "inv"):
        return []
    if kind == "alt":
        return [w for p in path[1] for w in prefixes(p)]
    if kind == "seq":
        first, rest = path[1][0], path[1][1:]
        if not rest:
            return prefixes(first)
        tail = rest[0] if len(rest) == 1 else ("seq", rest)
        return prefixes(first) + [first] + [("seq", (first, w)) for w in prefixes(tail)]
    if path[2] == "?":
        return prefixes(path[1])
    star = ("mod", path[1], "*")
    return [star] + [("seq", (star, w)) for w in prefixes(path[1])]


def _then(first: str, rest: str) -> str:
    if not first:
        return rest
    return first if not rest else f"{first}/{rest}"


# --- SHACL shapes ------------------------------------------------------------------------
def shacl_path(shapes: rdflib.Graph, node) -> tuple:
    if isinstance(node, URIRef):
        return ("iri", f"<{node}>")
    if not isinstance(node, BNode):
        raise UnsupportedShape(f"not a property path: {node!r}")
    if (node, rdflib.RDF.first, None) in shapes:
        return ("seq", tuple(shacl_path(shapes, p) for p in rdf_list(shapes, node)))
    inner = shapes.value(node, SH.inversePath)
    if inner is not None:
        return ("inv", shacl_path(shapes, inner))
    for predicate, mod in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"),
                           (SH.zeroOrOnePath, "?")):
        inner = shapes.value(node, predicate)
        if inner is not None:
            return ("mod", shacl_path(shapes, inner), mod)
    inner = shapes.value(node, SH.alternativePath)
    if inner is not None:
        return ("alt", tuple(shacl_path(shapes, p) for p in rdf_list(shapes, inner)))
    raise UnsupportedShape("unknown property path form")


def shape_reach(shapes: rdflib.Graph, shape) -> set[str] | None:
    """The walks (SPARQL paths; ``""`` the node itself) from a focus node to every node whose
    triples `shape` reads, or None when they cannot be bounded."""
    try:
        return {""} | _reach(shapes, shape, 0)   # targets read the focus's own triples
    except (Unbounded, UnsupportedShape):
        return None


def _reach(shapes: rdflib.Graph, shape, depth: int) -> set[str]:
    if depth > _MAX_DEPTH:
        raise Unbounded("shapes nested too deeply")
    found: set[str] = set()   # "" when the node's own triples are read
    on_node = _on_value(shapes, shape, depth)   # what the value constraints read of a value
    path_node = shapes.value(shape, SH.path)
    path = None
    if path_node is not None:
        path = text(normal(shacl_path(shapes, path_node)))
        found |= {""} | {text(p) for p in prefixes(normal(shacl_path(shapes, path_node)))}
        found |= {_then(path, w) for w in on_node}
    else:
        found |= on_node
        for child in shapes.objects(shape, SH.property):
            found |= _reach(shapes, child, depth + 1)
    for constraint in shapes.objects(shape, SH.sparql):
        select = shapes.value(constraint, SH.select)
        if select is None:
            raise Unbounded("a SPARQL constraint without sh:select")
        walks = sparql_reach(_with_prologue(shapes, constraint, str(select)), path)
        if walks is None:
            raise Unbounded("a SPARQL constraint not joined to $this")
        found |= walks
    return found


def _on_value(shapes: rdflib.Graph, shape, depth: int) -> set[str]:
    """Walks from a value node (for a node shape: the focus) to what its constraints read
    there: its types (sh:class), what nested shapes read; empty when only its term counts."""
    found: set[str] = set()
    if (shape, SH["class"], None) in shapes:
        found.add("")
    for param in _NESTED:
        for nested in shapes.objects(shape, param):
            found |= _reach(shapes, nested, depth + 1)
    for param in _NESTED_LISTS:
        for head in shapes.objects(shape, param):
            for nested in rdf_list(shapes, head):
                found |= _reach(shapes, nested, depth + 1)
    return found


def _with_prologue(shapes: rdflib.Graph, constraint, query: str) -> str:
    return sparql_prologue(shapes, constraint) + "\n" + query


# --- SPARQL constraints ------------------------------------------------------------------
@lru_cache(maxsize=256)   # pure in its text; every change asks again
def sparql_reach(query: str, path: str | None = None) -> frozenset[str] | None:
    """The walks from ``$this`` to the near end of every triple pattern of `query` (a
    constraint's ``sh:select``; `path` replaces ``$PATH``), or None when some pattern is not
    joined to ``$this`` or the query reads named graphs."""
    if path is not None:
        query = query.replace("$PATH", path)
    algebra = algebra_of(query)
    if algebra is None:
        return None
    patterns: list[tuple] = []
    try:
        _collect(algebra["p"], patterns, {}, top=True)
    except Unbounded:
        return None
    walks = _walks(patterns)
    return None if walks is None else frozenset(walks)


def _collect(node, patterns: list[tuple], rename: dict, *, top: bool = False,
             branch: frozenset = frozenset()) -> None:
    """Every triple pattern under `node`, as (s, p, o, branch): `branch` says which side of
    each enclosing UNION it is on (two patterns on different sides never meet in a solution)."""
    if isinstance(node, (list, tuple)):
        for item in node:
            _collect(item, patterns, rename, branch=branch)
        return
    if not isinstance(node, CompValue):
        return
    name = node.name
    if name in _UNBOUNDED:
        raise Unbounded(name)
    if name == "Project" and not top:   # a subquery: its other variables are its own
        inner = dict(rename)
        projected = set(node.PV)
        for var in _variables(node):
            if var not in projected:
                inner[var] = Variable(f"{var}__{id(node)}")
        _collect(node.p, patterns, inner, branch=branch)
        return
    if name == "Union":
        _collect(node.p1, patterns, rename, branch=branch | {(id(node), 1)})
        _collect(node.p2, patterns, rename, branch=branch | {(id(node), 2)})
        return
    if name in ("BGP", "TriplesBlock"):
        for triple in _triples(node.triples):
            patterns.append((*(rename.get(t, t) for t in triple), branch))
        return
    for key, value in node.items():
        if key != "_vars":
            _collect(value, patterns, rename, branch=branch)


def _compatible(a: frozenset, b: frozenset) -> bool:
    sides = dict(a)
    return all(sides.get(union, side) == side for union, side in b)


def _variables(node) -> set:
    found: set = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Variable):
            found.add(item)
        elif isinstance(item, dict):
            stack.extend(v for k, v in item.items() if k != "_vars")
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return found


def _triples(raw) -> Iterable[tuple]:
    for triple in raw:
        items = list(triple)
        if len(items) % 3:
            raise Unbounded("an unreadable triple block")
        for i in range(0, len(items), 3):
            yield tuple(items[i:i + 3])


def _sparql_path(p) -> tuple:
    if isinstance(p, Variable):
        return ("iri", _ANY)
    if isinstance(p, URIRef):
        return ("iri", f"<{p}>")
    if isinstance(p, InvPath):
        return ("inv", _sparql_path(p.arg))
    if isinstance(p, SequencePath):
        return ("seq", tuple(_sparql_path(a) for a in p.args))
    if isinstance(p, AlternativePath):
        return ("alt", tuple(_sparql_path(a) for a in p.args))
    if isinstance(p, MulPath):
        return ("mod", _sparql_path(p.path), p.mod)
    if isinstance(p, NegatedPath):
        return ("iri", p.n3())
    if isinstance(p, Path):
        raise Unbounded("an unknown path")
    raise Unbounded(f"a predicate {p!r}")


def _key(term):
    if isinstance(term, (Variable, BNode)):
        return ("var", str(term))
    if isinstance(term, (URIRef, Literal)):
        return ("term", term.n3())
    raise Unbounded(f"a term {term!r}")


def _walks(patterns: list[tuple]) -> set[str] | None:
    """Every walk from ``?this`` to either end of every pattern over the other patterns.

    Which patterns bind a variable differs between solutions (UNION branches, OPTIONAL), so
    every simple path counts, not only the shortest, over patterns that can meet in one
    solution; a pattern not joined to ``?this`` (or too many walks) is unbounded."""
    edges: list[tuple] = []
    for s, p, o, branch in patterns:
        try:
            path = _sparql_path(p)
        except Unbounded:
            return None
        edges.append((_key(s), _key(o), normal(path), normal(path, inverted=True), branch))
    start = ("var", "this")
    found = {""}
    for skip, (a, b, forward, backward, branch) in enumerate(edges):
        joined = False
        for end, path in ((a, forward), (b, backward)):
            for walk in _simple_walks(edges, start, end, skip):
                joined = True
                found.add(walk)
                found |= {_then(walk, text(w)) for w in prefixes(path)}
                if len(found) > _MAX_WALKS:
                    return None
        if not joined:
            return None   # a pattern not joined to $this
    return found


def _simple_walks(edges: list[tuple], start, end, skip: int) -> list[str]:
    """Walks (path texts) from `start` to `end` over simple paths of patterns that can meet
    pattern `skip` (and each other) in one solution, not using `skip` itself."""
    walks: list[str] = []
    stack = [(start, "", frozenset([start]), edges[skip][4])]
    while stack:
        node, walk, seen, branch = stack.pop()
        if node == end:
            walks.append(walk)
            continue
        if len(walks) > _MAX_WALKS:
            break
        for i, (a, b, forward, backward, other) in enumerate(edges):
            if i == skip or not _compatible(branch, other):
                continue
            for here, there, path in ((a, b, forward), (b, a, backward)):
                if here == node and there not in seen:
                    stack.append((there, _then(walk, text(path)), seen | {there}, branch | other))
    return walks
