"""The validation report kept in the store: re-checked where a change can reach, equal to a full
run (kg.validate.maintained, kg.validate.reach; the property test is tests/store/test_incremental.py).
"""
from __future__ import annotations

import pytest

from kg import changes
from kg.namespaces import DG, DGSH, VALIDATION_GRAPH
from kg.store import EmbeddedStore, open_store
from kg.store.base import replace_update
from kg.validate import maintained
from kg.validate.reach import sparql_reach

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LOAN, SECURITY = "http://example.org/id/loan", "http://example.org/id/loi"
LOAN_GRAPH, LOI_GRAPH = "http://example.org/graph/loan", "http://example.org/graph/loi"
LOAN_DATA = (f"<{LOAN}> <{RDF_TYPE}> <{DG.Loan}> .\n<{LOAN}> <{DG.collateral}> <{SECURITY}> .\n"
             f"<{LOAN}> <{DG.party}> <http://example.org/id/a> , <http://example.org/id/b> .")
LOI_DATA = f"<{SECURITY}> <{RDF_TYPE}> <{DG.LetterOfIntent}> ."


def change(store, replace=None, remove=()):
    """One change, validated; returns the validation step's record of it."""
    replace = dict(replace or {})
    with changes.changing(store, set(replace) | set(remove), with_base=True,
                          validate=True) as scope:
        store.update(replace_update(replace, list(remove)) + " ;\n" + changes._MARK_STALE,
                     trusted=True)
    return scope.steps["validation"]


def collateral_results(store) -> set[str]:
    return {str(r.focus) for r in maintained.stored_results(store)
            if r.shape.endswith("NonBindingCollateralShape")}


@pytest.mark.parametrize("shared", [False, True])
def test_a_change_elsewhere_reaches_the_focus_node_that_depends_on_it(shared, tmp_path):
    """The loan's result depends on its collateral's type, stated in another graph: changing
    that graph alone re-checks the loan (the shape's walk dg:collateral), and nothing else.
    On a shared folder (the CLI's), the checks read the change under way."""
    with (open_store(tmp_path / "store", shared=True) if shared else EmbeddedStore()) as store:
        change(store, {LOAN_GRAPH: LOAN_DATA})
        assert collateral_results(store) == set()
        pending = change(store, {LOI_GRAPH: LOI_DATA})
        assert not pending.full
        assert collateral_results(store) == {f"<{LOAN}>"}
        assert [str(r.focus) for r in pending.added.values()
                if r.shape.endswith("CollateralShape")] == [f"<{LOAN}>"]
        checked = pending.checked[str(DGSH.NonBindingCollateralShape)]
        assert 0 < checked <= 6     # the touched nodes (the LOI, its classes) and the loan
        assert maintained.report_drift(store) == (set(), set())
        pending = change(store, remove=[LOI_GRAPH])
        assert collateral_results(store) == set() and pending.gone and not pending.added
        assert maintained.report_drift(store) == (set(), set())


def test_the_report_stays_out_of_the_default_graph_and_a_rebuild_keeps_it_exact():
    with EmbeddedStore() as store:
        change(store, {LOAN_GRAPH: LOAN_DATA, LOI_GRAPH: LOI_DATA})
        assert store.graphs()[VALIDATION_GRAPH] > 0
        assert not store.query(f"ASK {{ ?r <http://www.w3.org/ns/shacl#focusNode> ?f }}").boolean
        store.update(f"DELETE DATA {{ GRAPH <{LOI_GRAPH}> {{ {LOI_DATA} }} }}")   # behind its back
        with store.writing():
            changes.refresh(store)              # derive --rebuild: the report is re-checked too
        assert maintained.report_drift(store) == (set(), set())


def test_without_a_request_no_report_is_kept():
    with EmbeddedStore() as store:
        changes.apply(store, {LOAN_GRAPH: LOAN_DATA})
        assert maintained.stored_digest(store) is None and VALIDATION_GRAPH not in store.graphs()


def test_sparql_walks_cover_every_way_a_variable_is_bound():
    union = sparql_reach("SELECT $this WHERE { { $this <x:p> ?x } UNION "
                         "{ $this <x:q> ?y . ?y <x:r> ?x } ?x <x:s> ?z }")
    assert {"<x:p>", "<x:q>/<x:r>"} <= union
    assert sparql_reach("SELECT $this WHERE { ?a <x:p> ?b }") is None           # not joined
    assert sparql_reach("SELECT $this WHERE { $this <x:p> ?b "
                        "FILTER EXISTS { GRAPH ?g { ?b <x:q> 1 } } }") is None   # named graphs
    assert sparql_reach("SELECT $this WHERE { $this <x:p>/<x:q> ?v }") == {"", "<x:p>"}
    assert sparql_reach("SELECT $this WHERE { ?v <x:m> $this . ?v a <x:C> }") == {
        "", "^<x:m>"}
