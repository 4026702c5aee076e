"""Run a W3C evaluation case three ways: through kg.Store on a bare store, on raw pyoxigraph
with the same data, and through the console's /sparql; each gives an Outcome against the
expected answer."""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

import kg
from kg.errors import KGError
from kg.store import QueryResult, Store
from kg.store.guard import declares_dataset
from tests.w3c_sparql.answers import (
    Answer, csv_answer, from_result, ordered, read_expected, same,
)
from tests.w3c_sparql.manifest import EvalCase, iri_of


class UpstreamMismatch(AssertionError):
    """The engine's answer differs from the W3C's (raised only when raw Oxigraph's does too)."""


@dataclass
class Outcome:
    passed: bool
    detail: str


def _is_graph_query(case: EvalCase) -> bool:
    return case.result.suffix == ".ttl" and "ResultSet" not in case.result.read_text("utf-8")


def judge(case: EvalCase, run) -> Outcome:
    """Call `run()` (an Answer, or an error) and compare it with the case's expected answer."""
    expected = read_expected(case.result, query_is_graph=_is_graph_query(case))
    try:
        actual: Answer = run()
    except (KGError, SyntaxError, OSError, ValueError, RuntimeError) as exc:
        return Outcome(False, f"failed: {type(exc).__name__}: {exc}")
    if same(expected, actual, in_order=ordered(case.text())):
        return Outcome(True, "matches the expected answer")
    return Outcome(False, f"answered {actual.describe()}, expected {expected.describe()}")


def check_like_raw_oxigraph(case: EvalCase, run, where: str = "dealgraph") -> None:
    """`run()` must answer the case exactly as well as raw Oxigraph does; if both miss the
    expected answer, :class:`UpstreamMismatch` (what the strict upstream xfails expect)."""
    raw = judge(case, lambda: on_raw_oxigraph(case))
    ours = judge(case, run)
    assert ours.passed == raw.passed, f"{where} {ours.detail}; raw Oxigraph {raw.detail}"
    if not ours.passed:
        raise UpstreamMismatch(f"{where} and raw Oxigraph both: {ours.detail}")


def dataset_options(case: EvalCase) -> dict:
    """The test's dataset as protocol parameters when it has named graphs (the qt:data files
    are the default graph); otherwise the store's union default graph is the qt:data alone."""
    if not case.graph_data or declares_dataset(case.text()):
        return {}
    return {"default_graphs": [iri_of(p) for p in case.data],
            "named_graphs": [iri_of(p) for p in case.graph_data]}


def load(store: Store, case: EvalCase) -> None:
    """Empty the bare store, then import every data file into the graph named by its IRI."""
    store.update("DROP ALL")
    for path in (*case.data, *case.graph_data):
        kg.import_files(store, [path], graph=iri_of(path))


def on_store(store: Store, case: EvalCase) -> Answer:
    """dealgraph: the case's data imported into a bare store, queried through Store.query."""
    load(store, case)
    if case.csv:
        data = store.query_serialized(case.text(), "csv", base_iri=iri_of(case.query),
                                      **dataset_options(case)).data
        return csv_answer(data)
    return from_result(store.query(case.text(), base_iri=iri_of(case.query),
                                   **dataset_options(case)))


def on_raw_oxigraph(case: EvalCase) -> Answer:
    """Raw pyoxigraph: qt:data in the default graph, qt:graphData as named graphs."""
    raw = ox.Store()
    for path in case.data:
        raw.load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]),
                 base_iri=iri_of(path), to_graph=ox.DefaultGraph())
    for path in case.graph_data:
        raw.load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]),
                 base_iri=iri_of(path), to_graph=ox.NamedNode(iri_of(path)))
    result = raw.query(case.text(), base_iri=iri_of(case.query))
    if case.csv:
        return csv_answer(result.serialize(format=ox.QueryResultsFormat.CSV))
    return from_result(QueryResult.from_oxigraph(result))
