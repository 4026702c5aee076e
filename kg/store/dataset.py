"""Read the FROM / FROM NAMED clauses of a query, so they are honoured over the union default.

The store answers queries over the union of its graphs; a query that names its own dataset
gets exactly that dataset instead (graphs the store lacks are empty, never fetched).

>>> query_dataset("SELECT * FROM <http://a> FROM NAMED <http://b> { ?s ?p ?o }")
(['http://a'], ['http://b'])
>>> query_dataset("PREFIX g: <http://g/> SELECT * FROM g:x WHERE { ?s ?p 'FROM <http://no>' }")
(['http://g/x'], [])
>>> query_dataset("SELECT ?from { ?from ?p ?o }") is None
True
>>> query_dataset("CONSTRUCT { ?s ?p ?o } FROM <http://c> WHERE { ?s ?p ?o }")
(['http://c'], [])
"""
from __future__ import annotations

import re

from kg.store.sparql_lexer import tokens as sparql_tokens

def query_dataset(sparql: str) -> tuple[list[str], list[str]] | None:
    """(default graphs, named graphs) from the query's dataset clause, or None if it has none."""
    if not re.search(r"from", sparql, re.IGNORECASE):
        return None
    tokens = list(sparql_tokens(sparql))
    prefixes: dict[str, str] = {}
    defaults: list[str] = []
    named: list[str] = []
    found = False
    depth = 0
    i = 0
    while i < len(tokens):
        upper = tokens[i].upper()
        if upper == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].startswith("<"):
            prefixes[tokens[i + 1].rstrip(":")] = tokens[i + 2][1:-1]
            i += 3
            continue
        depth += {"{": 1, "}": -1}.get(upper, 0)
        if upper == "FROM" and depth == 0 and i + 1 < len(tokens):
            target = named if tokens[i + 1].upper() == "NAMED" else defaults
            i += 2 if target is named else 1
            if i < len(tokens):
                iri = _iri(tokens[i], prefixes)
                if iri:
                    target.append(iri)
                    found = True
        i += 1
    return (defaults, named) if found else None


def _iri(token: str, prefixes: dict[str, str]) -> str | None:
    if token.startswith("<") and token.endswith(">"):
        return token[1:-1]
    if ":" in token:
        prefix, _, local = token.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None
