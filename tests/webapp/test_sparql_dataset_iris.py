"""FROM / FROM NAMED / GRAPH IRIs on /sparql and /update mean what the request says (issue 15):
prefixed names expand with the query's prefixes, relative IRIs resolve against its BASE (else
the endpoint's URL), and syntax errors are 400s that say where."""
from __future__ import annotations

import json

import pytest

from tests.webapp.conftest import TOKEN

JSON = {"Accept": "application/sparql-results+json"}
COUNT = "SELECT (COUNT(*) AS ?n) {dataset} WHERE {{ {where} }}"


@pytest.fixture
def ex_client(client):
    response = client.post("/update", headers={"Authorization": f"Bearer {TOKEN}"}, data={
        "update": 'PREFIX : <http://ex/> INSERT DATA { GRAPH :g { :a :p 1 . :b :p 2 } }'})
    assert response.status_code == 200
    return client


def count(client, sparql: str) -> int:
    response = client.post("/sparql", data={"query": sparql}, headers=JSON)
    assert response.status_code == 200, response.get_data(as_text=True)
    return int(json.loads(response.data)["results"]["bindings"][0]["n"]["value"])


def test_prefixed_from_resolves_against_prefix(ex_client):
    sparql = "PREFIX : <http://ex/> " + COUNT.format(dataset="FROM :g", where="?s ?p ?o")
    assert count(ex_client, sparql) == 2


def test_relative_from_resolves_against_base(ex_client):
    sparql = "BASE <http://ex/> " + COUNT.format(dataset="FROM <g>", where="?s ?p ?o")
    assert count(ex_client, sparql) == 2


def test_relative_from_named_and_graph_resolve_against_base(ex_client):
    sparql = "BASE <http://ex/> " + COUNT.format(dataset="FROM NAMED <g>",
                                                 where="GRAPH <g> { ?s ?p ?o }")
    assert count(ex_client, sparql) == 2


def test_relative_from_without_base_resolves_against_the_endpoint(ex_client):
    assert count(ex_client, COUNT.format(dataset="FROM <g>", where="?s ?p ?o")) == 0


def test_protocol_dataset_wins_over_from(ex_client):
    sparql = "PREFIX : <http://ex/> " + COUNT.format(dataset="FROM :nothing", where="?s ?p ?o")
    response = ex_client.post("/sparql", headers=JSON, data={
        "query": sparql, "default-graph-uri": "http://ex/g"})
    assert json.loads(response.data)["results"]["bindings"][0]["n"]["value"] == "2"


def test_prefixed_graph_iri_in_update_resolves_against_prefix(ex_client):
    response = ex_client.post("/update", headers={"Authorization": f"Bearer {TOKEN}"}, data={
        "update": "BASE <http://ex/> PREFIX : <h/> INSERT DATA { GRAPH :x { <a> <p> 3 } }"})
    assert response.status_code == 200
    sparql = COUNT.format(dataset="", where="GRAPH <http://ex/h/x> { <http://ex/a> ?p ?o }")
    assert count(ex_client, sparql) == 1


def test_syntax_error_is_a_400_that_says_where(client):
    response = client.post("/sparql", data={"query": "SELECT ?s\nWHERE { ?s ?p }"})
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert "SPARQL syntax error at line 2, column" in body and "{ ?s ?p }" in body


def test_update_syntax_error_is_a_400_that_says_so(client):
    response = client.post("/update", headers={"Authorization": f"Bearer {TOKEN}"},
                           data={"update": "INSERT DATA { <http://a> }"})
    assert response.status_code == 400
    assert "SPARQL update syntax error at line 1" in response.get_data(as_text=True)


def test_prefixed_from_resolves_against_prefix_in_the_query_workers(tmp_path):
    """The same through `dealgraph serve`'s worker processes (read-only stores, time limits)."""
    from kg.store import EmbeddedStore
    from webapp import create_app

    with EmbeddedStore(tmp_path / "store", bare=True) as store:
        store.update('PREFIX : <http://ex/> INSERT DATA { GRAPH :g { :a :p 1 . :b :p 2 } }')
        app = create_app({"STORE": store, "TESTING": True, "QUERY_WORKERS": 1})
        try:
            client = app.test_client()
            for prologue, dataset in (("PREFIX : <http://ex/> ", "FROM :g"),
                                      ("BASE <http://ex/> ", "FROM <g>")):
                sparql = prologue + COUNT.format(dataset=dataset, where="?s ?p ?o")
                assert count(client, sparql) == 2
        finally:
            app.extensions["dealgraph_executor"].close()
