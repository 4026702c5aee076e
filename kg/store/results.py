"""Query results, the same for every backend: rows of pyoxigraph terms, or triples, or a boolean.

Results stay in pyoxigraph's own term types (no detour through rdflib on the hot path) and are
serialised by pyoxigraph into the standard SPARQL 1.1 results formats.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.store.formats import rdf_format, results_format

Term = Any  # pyoxigraph NamedNode | BlankNode | Literal | Triple


@dataclass
class QueryResult:
    """The outcome of a SPARQL query.

    ``kind`` is ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT/DESCRIBE). For ``select``,
    ``variables`` and ``rows`` (dicts from variable name to term; unbound variables absent);
    for ``ask``, ``boolean``; for ``graph``, ``triples``.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    @classmethod
    def from_oxigraph(cls, result: Any, max_rows: int | None = None) -> QueryResult:
        """Materialise a pyoxigraph result (stopping after `max_rows` + 1 rows if given)."""
        if isinstance(result, ox.QueryBoolean):
            return cls(kind="ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = []
            for solution in result:  # by position: a lookup by name per variable costs 2x
                rows.append({n: v for n, v in zip(names, solution) if v is not None})
                if max_rows is not None and len(rows) > max_rows:
                    break
            return cls(kind="select", variables=names, rows=rows)
        triples = []
        for triple in result:
            triples.append(triple)
            if max_rows is not None and len(triples) > max_rows:
                break
        return cls(kind="graph", triples=triples)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.rows if self.kind == "select" else self.triples)

    def values(self, variable: str) -> list[Term]:
        """All bindings of one variable, in order (unbound ones skipped)."""
        return [row[variable] for row in self.rows if variable in row]

    def python_rows(self) -> list[dict[str, Any]]:
        """Rows with plain Python values: IRIs and literals as their lexical ``str``."""
        return [{k: term.value for k, term in row.items()} for row in self.rows]

    def serialize(self, fmt: str) -> bytes:
        """Serialise as ``json``/``xml``/``csv``/``tsv`` (SELECT, ASK) or an RDF format (graph)."""
        if self.kind == "graph":
            return ox.serialize(self.triples, format=rdf_format(fmt))
        target = results_format(fmt)
        if self.kind == "ask":
            return _boolean_results(bool(self.boolean), target)
        return _select_results(self.variables, self.rows, target)


def _select_results(variables: list[str], rows: list[dict], target: ox.QueryResultsFormat) -> bytes:
    # pyoxigraph serialises only its own QuerySolutions; rebuild one through a tiny store-free
    # round trip: JSON is written here (it is trivial) and converted by pyoxigraph's parser.
    from kg.store.sparql_json import write_select_json

    data = write_select_json(variables, rows)
    if target == ox.QueryResultsFormat.JSON:
        return data
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=target)


def _boolean_results(value: bool, target: ox.QueryResultsFormat) -> bytes:
    data = b'{"head":{},"boolean":%s}' % (b"true" if value else b"false")
    if target == ox.QueryResultsFormat.JSON:
        return data
    buffer = io.BytesIO()
    ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(buffer, target)
    return buffer.getvalue()
