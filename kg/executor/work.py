"""The work itself: the same functions run in a worker process or, as a fallback, in-process."""
from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, ResourceLimit
from kg.store.base import Serialized, Store
from kg.store.formats import RESULTS_FORMATS, rdf_format, results_format
from kg.store.results import QueryResult


def _rows_limit_error(limit: int) -> ResourceLimit:
    return ResourceLimit(
        f"the query returned more than {limit:,} rows, this server's limit; "
        "add a LIMIT or narrow the query"
    )


def _bytes_limit_error(limit: int) -> ResourceLimit:
    return ResourceLimit(
        f"the serialised result is larger than {limit / 2**20:g} MB, this server's limit; "
        "add a LIMIT or narrow the query"
    )


class _CappedWriter:
    """A file-like sink for pyoxigraph's serialisers that stops past `limit` bytes."""

    def __init__(self, limit: int):
        self.limit, self.size, self.chunks = limit, 0, []

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooBig()
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


class _TooBig(Exception):
    pass


def _serialize(result: QueryResult, fmt: str, max_bytes: int) -> Serialized:
    """`result` in `fmt` exactly as :meth:`Store.query_serialized` chooses formats."""
    results_name, _, graph_name = fmt.partition("|")
    if result.kind == "graph":
        target = rdf_format(graph_name or results_name)
        sink = _CappedWriter(max_bytes)
        try:
            ox.serialize(result.triples, sink, format=target)
        except _TooBig:
            raise _bytes_limit_error(max_bytes) from None
        return Serialized("graph", b"".join(sink.chunks), target.media_type)
    if results_name not in RESULTS_FORMATS and graph_name:
        results_name = "json"
    target = results_format(results_name)
    data = result.serialize(results_name)
    if len(data) > max_bytes:
        raise _bytes_limit_error(max_bytes)
    return Serialized(result.kind, data, target.media_type)


def _execute(store: Store, op: str, p: dict[str, Any]) -> Any:
    """Run one request against `store`; raises only :class:`KGError` on purpose."""
    dataset = {k: p.get(k) for k in ("default_graphs", "named_graphs", "base_iri", "bindings",
                                      "prefixes")}
    if op == "serialized":
        # Validate the format name before running anything.
        results_name, _, graph_name = p["fmt"].partition("|")
        if results_name not in RESULTS_FORMATS:
            rdf_format(graph_name or results_name)
    cap = p["max_rows"]
    result = store.query(p["sparql"], max_rows=cap, **dataset)
    if len(result) > cap:
        if p.get("truncate"):
            return result  # the caller asked for "at most max_rows, tell me if there were more"
        raise _rows_limit_error(cap)
    if op == "query":
        return result
    return _serialize(result, p["fmt"], p["max_bytes"])


def _native_result(store, p: dict[str, Any]):
    """The raw pyoxigraph result, with exactly EmbeddedStore's dataset rules and error mapping.

    Uses ``EmbeddedStore.native_query`` so the union default graph, FROM / FROM NAMED
    and default-graph-uri semantics can never drift between the executor and the store.
    """
    return store.native_query(p["sparql"], p.get("default_graphs"), p.get("named_graphs"),
                              p.get("base_iri"), p.get("bindings"), p.get("prefixes"))


def _count_rows(data: bytes, target: ox.QueryResultsFormat) -> int:
    if target == ox.QueryResultsFormat.CSV:  # lossy: pyoxigraph cannot parse it back
        import csv
        import io

        return sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))) - 1
    return sum(1 for _ in ox.parse_query_results(data, format=target))


def _collect_triples(result, cap: int) -> list[ox.Triple]:
    triples = []
    for triple in result:
        triples.append(triple)
        if len(triples) > cap:
            raise _rows_limit_error(cap)
    return triples


def _execute_native(store, op: str, p: dict[str, Any]) -> Any:
    """The worker's fast path: pyoxigraph serialises natively, under the byte and row caps.

    Returns a :class:`Serialized` (op ``serialized``) or, for op ``query``, a compact tagged
    form that :func:`_result_from_wire` turns back into a :class:`QueryResult` (pickling
    100,000 rows of pyoxigraph terms costs seconds; their JSON costs a fraction of that).
    """
    cap, max_bytes = p["max_rows"], p["max_bytes"]
    if op == "serialized":
        results_name, _, graph_name = p["fmt"].partition("|")
        if results_name not in RESULTS_FORMATS:
            rdf_format(graph_name or results_name)  # an unknown format fails before the query
    result = _native_result(store, p)
    try:
        if isinstance(result, ox.QueryBoolean):
            if op == "query":
                return ("ask", bool(result))
            target = results_format(_results_name(p["fmt"]))
            return Serialized("ask", result.serialize(format=target), target.media_type)
        if isinstance(result, ox.QueryTriples):
            triples = _collect_triples(result, cap)
            if op == "query":
                return ("graph-nt", _capped(lambda out: ox.serialize(
                    triples, out, format=ox.RdfFormat.N_TRIPLES), max_bytes))
            results_name, _, graph_name = p["fmt"].partition("|")
            target_rdf = rdf_format(graph_name or results_name)
            data = _capped(lambda out: ox.serialize(triples, out, format=target_rdf), max_bytes)
            return Serialized("graph", data, target_rdf.media_type)
        if op == "query" and p.get("truncate"):
            from kg.store.sparql_json import write_select_json

            partial = QueryResult.from_oxigraph(result, max_rows=cap)
            return ("select-json", write_select_json(partial.variables, partial.rows))
        target = ox.QueryResultsFormat.JSON if op == "query" else results_format(
            _results_name(p["fmt"]))
        data = _capped(lambda out: result.serialize(out, format=target), max_bytes)
        if len(data) > cap and _count_rows(data, target) > cap:  # every row takes >= 1 byte
            raise _rows_limit_error(cap)
        if op == "query":
            return ("select-json", data)
        return Serialized("select", data, target.media_type)
    except (OSError, ValueError, RuntimeError, SyntaxError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def _results_name(fmt: str) -> str:
    results_name, _, graph_name = fmt.partition("|")
    if results_name not in RESULTS_FORMATS and graph_name:
        return "json"
    return results_name


def _capped(write, max_bytes: int) -> bytes:
    sink = _CappedWriter(max_bytes)
    try:
        write(sink)
    except _TooBig:
        raise _bytes_limit_error(max_bytes) from None
    return b"".join(sink.chunks)


def _result_from_wire(reply: Any) -> Any:
    """The parent's half of :func:`_execute_native` for op ``query``."""
    if not isinstance(reply, tuple):
        return reply
    tag, body = reply
    if tag == "ask":
        return QueryResult(kind="ask", boolean=body)
    if tag == "graph-nt":
        triples = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        return QueryResult(kind="graph", triples=triples)
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    return QueryResult.from_oxigraph(parsed)


