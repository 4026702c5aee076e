"""Read the FROM / FROM NAMED clauses of a query, so they are honoured over the union default.

The store answers queries over the union of its graphs; a query that names its own dataset
gets exactly that dataset instead (graphs the store lacks are empty, never fetched). The
embedded engine reads FROM itself; servers with a union default graph may ignore it, so the
remote backend sends the same graphs as protocol parameters, and they must be the IRIs the
query means: prefixed names (``:g``, ``ex:g``) expand with the query's PREFIXes and relative
IRIs (``<g>``) resolve against its BASE or the base IRI given with it. The resolution itself
is Oxigraph's own (the same prologue and terms, read as Turtle), not a reimplementation.

>>> query_dataset("SELECT * FROM <http://a> FROM NAMED <http://b> { ?s ?p ?o }")
(['http://a'], ['http://b'])
>>> query_dataset("PREFIX g: <http://g/> SELECT * FROM g:x WHERE { ?s ?p 'FROM <http://no>' }")
(['http://g/x'], [])
>>> query_dataset("PREFIX : <http://ex/> SELECT * FROM :g FROM NAMED :h { ?s ?p ?o }")
(['http://ex/g'], ['http://ex/h'])
>>> query_dataset("BASE <http://ex/a/> SELECT * FROM <g> FROM <../h> { ?s ?p ?o }")
(['http://ex/a/g', 'http://ex/h'], [])
>>> query_dataset("SELECT * FROM <g> { ?s ?p ?o }", base_iri="http://host/sparql")
(['http://host/g'], [])
>>> query_dataset("SELECT ?from { ?from ?p ?o }") is None
True
>>> query_dataset("CONSTRUCT { ?s ?p ?o } FROM <http://c> WHERE { ?s ?p ?o }")
(['http://c'], [])
"""
from __future__ import annotations

import re

import pyoxigraph as ox

from kg.errors import SparqlSyntaxError
from kg.store.sparql_lexer import token_matches

_IRIREF = r'<[^<>"{}|^`\\\x00-\x20]*>'
_PNAME = r"(?:[^\W\d_][\w.\-]*)?:(?:[\w:%\-]|\\[_~.\-!$&'()*+,;=/?#@%]|\.(?=[\w:%\-]))*"
#: What follows each keyword: ``PREFIX p: <iri>``, ``BASE <iri>``, ``FROM [NAMED] term``.
_AFTER = {
    "PREFIX": re.compile(rf"\s*((?:[^\W\d_][\w.\-]*)?:)\s*({_IRIREF})"),
    "BASE": re.compile(rf"\s*({_IRIREF})"),
    "FROM": re.compile(rf"\s*(NAMED\s*)?({_IRIREF}|{_PNAME})", re.IGNORECASE),
}
_SUBJECT = "<urn:dealgraph:dataset>"
_DEFAULT, _NAMED = "urn:dealgraph:default", "urn:dealgraph:named"


def query_dataset(sparql: str, base_iri: str | None = None) -> tuple[list[str], list[str]] | None:
    """(default graphs, named graphs) from the query's dataset clause, or None if it has none.

    Raises :class:`SparqlSyntaxError` when a FROM IRI cannot be resolved (an undeclared prefix,
    a relative IRI without any base).
    """
    if not re.search(r"from", sparql, re.IGNORECASE):
        return None
    prologue, clauses = _scan(sparql)
    if not clauses:
        return None
    lines = [f"BASE <{ox.NamedNode(base_iri).value}>"] if base_iri else []
    lines += prologue
    lines += [f"{_SUBJECT} <{_NAMED if named else _DEFAULT}> {term} ." for named, term in clauses]
    try:
        triples = list(ox.parse("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.TURTLE))
    except SyntaxError as exc:
        terms = ", ".join(term for _, term in clauses)
        raise SparqlSyntaxError.at(
            f"the dataset IRIs ({terms}) do not resolve to absolute IRIs: {' '.join(str(exc).split())}",
            hint=None if base_iri or any(p.startswith("BASE") for p in prologue) else
            "relative IRIs need BASE <...> in the query or a base IRI (--base, base_iri=)",
        ) from exc
    defaults = [t.object.value for t in triples if t.predicate.value == _DEFAULT]
    named = [t.object.value for t in triples if t.predicate.value == _NAMED]
    return defaults, named


def _scan(sparql: str) -> tuple[list[str], list[tuple[bool, str]]]:
    """The prologue (BASE / PREFIX, in order) and the FROM clauses (named?, term) at depth 0."""
    prologue: list[str] = []
    clauses: list[tuple[bool, str]] = []
    depth = 0
    consumed = 0  # text up to here belongs to a clause already read
    for match in token_matches(sparql):
        if match.start() < consumed:
            continue
        word = match.group(0).upper()
        depth += {"{": 1, "}": -1}.get(word, 0)
        if depth or word not in _AFTER or sparql[match.start() - 1:match.start()] == ":":
            continue
        found = _AFTER[word].match(sparql, match.end())
        if not found:
            continue
        consumed = found.end()
        if word == "PREFIX":
            prologue.append(f"PREFIX {found.group(1)} {found.group(2)}")
        elif word == "BASE":
            prologue.append(f"BASE {found.group(1)}")
        else:
            clauses.append((bool(found.group(1)), found.group(2).rstrip(".")))
    return prologue, clauses
