"""The default graph shows each fact once (kg.default_graph), on both backends.

A fact told by two articles is one triple of the default graph, so COUNT(*) equals the DISTINCT
count and sums over the default graph count it once; named graphs stay addressable; what a user
writes to the unnamed default graph survives every later write; removing the last graph that
states a fact removes it from the default graph.
"""
from __future__ import annotations

import pytest

import pyoxigraph as ox

from kg import changes
from kg.default_graph import USER_DEFAULT_GRAPH

A1 = "http://example.org/article/1"
A2 = "http://example.org/article/2"
SHARED = '<http://example.org/deal> <http://example.org/amount> "100"^^<http://www.w3.org/2001/XMLSchema#decimal> .'
ONLY_A2 = '<http://example.org/deal> <http://example.org/date> "2025" .'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
SUM = "SELECT (SUM(?v) AS ?total) WHERE { ?s <http://example.org/amount> ?v }"


def _n(store, sparql) -> int:
    return int(store.query(sparql).rows[0]["n"].value)


def test_a_fact_in_two_graphs_is_counted_once(any_store):
    changes.apply(any_store, {A1: SHARED, A2: SHARED + "\n" + ONLY_A2}, with_base=False)
    assert _n(any_store, COUNT) == _n(any_store, DISTINCT) == 2
    assert any_store.query(SUM).python_rows() == [{"total": "100"}]
    by_graph = any_store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    assert by_graph.python_rows() == [{"g": A1, "n": "1"}, {"g": A2, "n": "2"}]
    assert _n(any_store, f"SELECT (COUNT(*) AS ?n) FROM <{A1}> WHERE {{ ?s ?p ?o }}") == 1


def test_removing_a_graph_keeps_what_another_graph_states(any_store):
    changes.apply(any_store, {A1: SHARED, A2: SHARED + "\n" + ONLY_A2}, with_base=False)
    changes.apply(any_store, remove=[A2], with_base=False)
    assert _n(any_store, COUNT) == 1  # the shared fact stays, A2's own fact is gone
    changes.apply(any_store, remove=[A1], with_base=False)
    assert _n(any_store, COUNT) == 0


def test_user_writes_to_the_default_graph_survive_later_writes(any_store):
    changes.run_update(any_store, "INSERT DATA { <http://example.org/x> <http://example.org/p> 1 }")
    changes.apply(any_store, {A1: SHARED}, with_base=False)
    assert _n(any_store, COUNT) == 2
    assert USER_DEFAULT_GRAPH in any_store.graphs()
    changes.run_update(any_store, "DELETE DATA { <http://example.org/x> <http://example.org/p> 1 }")
    changes.apply(any_store, {A2: ONLY_A2}, with_base=False)
    assert _n(any_store, COUNT) == 2  # SHARED and ONLY_A2; the deleted triple stays deleted


def test_dropping_a_graph_by_update_removes_its_facts(any_store):
    changes.apply(any_store, {A1: SHARED, A2: ONLY_A2}, with_base=False)
    changes.run_update(any_store, f"DROP GRAPH <{A2}>")
    assert _n(any_store, COUNT) == 1
    assert any_store.graphs().get(USER_DEFAULT_GRAPH, 0) == 0


def test_dropping_a_graph_written_by_a_users_insert(any_store):
    """A graph a user's own INSERT DATA wrote (Virtuoso never saw it CREATEd) drops; a graph
    that does not exist is still an error, and DROP SILENT of it is not."""
    from kg.errors import KGError

    changes.run_update(any_store, f"INSERT DATA {{ GRAPH <{A2}> {{ {ONLY_A2} }} }}")
    changes.run_update(any_store, f"DROP GRAPH <{A2}>")
    assert A2 not in any_store.graphs()
    with pytest.raises(KGError):
        changes.run_update(any_store, "DROP GRAPH <https://example.org/never-written>")
    changes.run_update(any_store, "DROP SILENT GRAPH <https://example.org/never-written>")


def test_a_store_written_before_the_default_graph_is_synced(any_store):
    """Named graphs but an empty default graph (a store written before this layout): a
    writer's check says so, and the sync fills it; a filled one needs none."""
    from kg import default_graph

    assert not default_graph.needs_sync(any_store)  # empty: nothing to sync
    any_store.update(f"INSERT DATA {{ GRAPH <{A1}> {{ {SHARED} }} GRAPH <{A2}> {{ {ONLY_A2} }} }}")
    assert _n(any_store, COUNT) == 0
    assert default_graph.needs_sync(any_store)
    default_graph.sync(any_store)
    assert _n(any_store, COUNT) == 2
    assert not default_graph.needs_sync(any_store)


@pytest.mark.virtuoso
@pytest.mark.server
def test_the_writers_check_does_not_scan_the_store_per_quad(virtuoso_remote, virtuoso_url):
    """Every command that opens a store for writing asks whether the default graph needs a
    sync. Asked as one ASK with an uncorrelated NOT EXISTS, Virtuoso 7.2 scanned the default
    graph once per quad (quadratic: past 10 s for 4,000 triples, 130 s for the 20 bundled
    articles, so `dealgraph remove` hit the 60 s HTTP timeout); two ASKs answer in
    milliseconds. The 10 s timeout is 100x what they need on a loaded 2-core box."""
    from kg import default_graph
    from tests.conftest import virtuoso_store

    triples = "\n".join(f"<http://example.org/s{i}> <http://example.org/p> \"{i}\" ."
                        for i in range(4000))
    virtuoso_remote.add_to_graph(A1, triples)  # the named graph and the default graph
    assert _n(virtuoso_remote, COUNT) == 4000
    quick = virtuoso_store(virtuoso_url, timeout=10)
    assert not default_graph.needs_sync(quick)
    assert not changes.ensure_fresh(quick)


def test_the_corpus_layout_counts_each_fact_once(any_store):
    changes.apply(any_store, {A1: SHARED, A2: SHARED})  # with the ontology and reference graphs
    assert _n(any_store, COUNT) == _n(any_store, DISTINCT)
    stats = any_store.stats()
    assert stats["facts"] == _n(any_store, COUNT) < stats["quads"]


def test_export_of_quads_holds_the_named_graphs_only(any_store):
    changes.apply(any_store, {A1: SHARED}, with_base=False)
    quads = list(ox.parse(any_store.export(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} == {A1, "https://w3id.org/dealgraph/graph/derived"} \
        or {q.graph_name.value for q in quads} == {A1}


def test_a_bare_store_default_graph_is_the_users_graphs_each_fact_once(tmp_path):
    from kg.store import EmbeddedStore

    with EmbeddedStore(tmp_path / "bare", bare=True) as store:
        changes.apply(store, {A1: SHARED, A2: SHARED + "\n" + ONLY_A2})
        assert set(store.graphs()) == {A1, A2}  # no ontology, reference or derived graph
        assert _n(store, COUNT) == _n(store, DISTINCT) == 2
        changes.run_update(store, f"DROP GRAPH <{A2}>")
        assert _n(store, COUNT) == 1
        changes.run_update(store, "INSERT DATA { <http://example.org/x> <http://example.org/p> 1 }")
        assert _n(store, COUNT) == 2 and USER_DEFAULT_GRAPH in store.graphs()
