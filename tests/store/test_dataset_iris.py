"""FROM, FROM NAMED and GRAPH IRIs mean what the query says, on both backends (issue 15):
prefixed names expand with the query's prefixes, relative IRIs resolve against its BASE or the
base IRI given with it, and a relative IRI with no base is a syntax error that says so."""
from __future__ import annotations

import pytest

from kg import changes
from kg.errors import SparqlSyntaxError

G1 = "http://example.org/g1"
G2 = "http://example.org/g2"
DATA = {G1: '<http://example.org/a> <http://example.org/p> "1" .',
        G2: '<http://example.org/c> <http://example.org/p> "2" .'}
WHERE = "WHERE { ?s <http://example.org/p> ?o }"


@pytest.fixture
def store(any_store):
    any_store.replace_graphs(DATA)
    return any_store


def values(result) -> list[str]:
    return sorted(row["o"] for row in result.python_rows())


def test_prefixed_from_resolves_against_prefix(store):
    result = store.query(f"PREFIX : <http://example.org/> SELECT ?o FROM :g2 {WHERE}")
    assert values(result) == ["2"]


def test_prefixed_from_with_named_prefix_resolves_against_it(store):
    result = store.query(f"PREFIX ex: <http://example.org/> SELECT ?o FROM ex:g1 {WHERE}")
    assert values(result) == ["1"]


def test_relative_from_resolves_against_base(store):
    result = store.query(f"BASE <http://example.org/> SELECT ?o FROM <g2> {WHERE}")
    assert values(result) == ["2"]


def test_relative_from_resolves_against_the_base_iri_option(store):
    result = store.query(f"SELECT ?o FROM <g1> {WHERE}", base_iri="http://example.org/x")
    assert values(result) == ["1"]


def test_relative_from_named_and_graph_resolve_against_base(store):
    result = store.query("BASE <http://example.org/> SELECT ?o FROM NAMED <g2> "
                         "WHERE { GRAPH <g2> { ?s <http://example.org/p> ?o } }")
    assert values(result) == ["2"]


def test_prefixed_from_named_with_graph_variable(store):
    result = store.query("PREFIX : <http://example.org/> SELECT ?g FROM NAMED :g1 "
                         "WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert [row["g"] for row in result.python_rows()] == [G1]


def test_prefixed_graph_iri_in_update_resolves_against_prefix(store):
    store.update('PREFIX : <http://example.org/> INSERT DATA { GRAPH :g3 { :x :p "3" } }')
    assert store.graphs()["http://example.org/g3"] == 1


def test_relative_graph_iri_in_update_resolves_against_base_iri(store):
    store.update('INSERT DATA { GRAPH <g4> { <x> <p> "4" } }', base_iri="http://example.org/")
    assert store.graphs()["http://example.org/g4"] == 1


def test_relative_from_without_base_is_a_syntax_error_that_says_so(store):
    with pytest.raises(SparqlSyntaxError, match="relative IRI"):
        store.query(f"SELECT ?o FROM <g2> {WHERE}")


@pytest.mark.parametrize("base_iri", [None, "http://example.org/"])
def test_syntax_error_names_line_column_and_text(any_store, base_iri):
    with pytest.raises(SparqlSyntaxError) as caught:
        any_store.query("SELECT ?s\nWHERE { ?s ?p }", base_iri=base_iri)
    message = str(caught.value)
    assert message.startswith("SPARQL syntax error at line 2, column")
    assert "{ ?s ?p }" in message and "\n" not in message


def test_prologue_only_update_is_accepted_on_a_dealgraph_store(any_store):
    changes.run_update(any_store, "BASE <http://example/>\n# otherwise empty")
    changes.run_update(any_store, "PREFIX : <http://example/>\n")
    assert not changes.is_stale(any_store)
