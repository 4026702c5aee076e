"""/sparql, /update and /rdf-graph-store through the Flask test client: formats, errors, auth."""
from __future__ import annotations

import json

import pytest

from tests.webapp.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SELECT = "PREFIX dg: <https://w3id.org/dealgraph/ontology#> SELECT ?f WHERE { ?f a dg:Firm } ORDER BY ?f"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/dealgraph/ontology#Loan> ; ?p ?o }"


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("*/*", "application/sparql-results+json"),
    (None, "application/sparql-results+json"),
])
def test_select_formats_by_accept(client, accept, media):
    headers = {"Accept": accept} if accept else {}
    answer = client.get("/sparql", query_string={"query": SELECT}, headers=headers)
    assert answer.status_code == 200
    assert answer.mimetype == media
    assert b"nvidia" in answer.data


@pytest.mark.parametrize("fmt, media", [("json", "application/sparql-results+json"),
                                        ("xml", "application/sparql-results+xml"),
                                        ("csv", "text/csv"), ("tsv", "text/tab-separated-values")])
def test_select_formats_by_parameter(client, fmt, media):
    answer = client.get("/sparql", query_string={"query": SELECT, "format": fmt})
    assert answer.mimetype == media


@pytest.mark.parametrize("accept, media", [
    ("text/turtle", "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/rdf+xml", "application/rdf+xml"), ("application/ld+json", "application/ld+json"),
    (None, "text/turtle"),
])
def test_construct_formats(client, accept, media):
    headers = {"Accept": accept} if accept else {}
    answer = client.post("/sparql", data=CONSTRUCT, content_type="application/sparql-query",
                         headers=headers)
    assert answer.status_code == 200, answer.data
    assert answer.mimetype == media
    assert b"jpmorgan-openai-loan" in answer.data


def test_ask_and_form_post(client):
    answer = client.post("/sparql", data={"query": "ASK { ?s ?p ?o }"},
                         headers={"Accept": "application/sparql-results+json"})
    assert json.loads(answer.data)["boolean"] is True


def test_download_parameter_sets_a_file_name(client):
    answer = client.get("/sparql", query_string={"query": SELECT, "format": "csv", "download": "1"})
    assert "dealgraph-results.csv" in answer.headers["Content-Disposition"]


def test_browser_get_goes_to_the_editor(client):
    answer = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "text/html"})
    assert answer.status_code == 302 and answer.headers["Location"].startswith("/?query=")


def test_service_description(client):
    answer = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert answer.status_code == 200 and answer.mimetype == "text/turtle"
    assert b"sd:Service" in answer.data and b"sd:UnionDefaultGraph" in answer.data
    assert b"https://w3id.org/dealgraph/graph/derived" in answer.data


@pytest.mark.parametrize("kwargs, status", [
    ({"method": "GET", "query_string": "query=ASK%7B%7D&query=ASK%7B%7D"}, 400),
    ({"method": "POST", "data": "ASK {}", "content_type": "text/plain"}, 415),
    ({"method": "POST", "data": "ASK {}"}, 415),
    ({"method": "POST", "data": "ASK {}".encode("utf-16"),
      "content_type": "application/sparql-query; charset=UTF-16"}, 415),
    ({"method": "POST", "data": b"ASK { \xff }", "content_type": "application/sparql-query"}, 400),
    ({"method": "GET", "query_string": "query=ASK%20%7B"}, 400),
    ({"method": "PUT", "query_string": "query=ASK%7B%7D"}, 405),
    ({"method": "GET", "query_string": "update=CLEAR%20ALL"}, 400),
    ({"method": "GET", "query_string": {"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 400),
    ({"method": "GET", "query_string": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406),
    ({"method": "GET", "query_string": {"query": "ASK {}", "default-graph-uri": "not an iri"}}, 400),
])
def test_query_errors(client, kwargs, status):
    method = kwargs.pop("method")
    answer = client.open("/sparql", method=method, **kwargs)
    assert answer.status_code == status, answer.data
    assert answer.data  # a message says why


def test_protocol_dataset_overrides_union(client):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    graph = "https://w3id.org/dealgraph/graph/article/sample-zh"
    answer = client.get("/sparql", query_string={"query": q, "default-graph-uri": graph})
    n = int(json.loads(answer.data)["results"]["bindings"][0]["n"]["value"])
    assert n == 14
    from_clause = client.get("/sparql", query_string={"query": f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"})
    assert int(json.loads(from_clause.data)["results"]["bindings"][0]["n"]["value"]) == 14
    missing = client.get("/sparql", query_string={"query": q, "default-graph-uri": "http://nowhere.example/"})
    assert json.loads(missing.data)["results"]["bindings"][0]["n"]["value"] == "0"


def test_cors_on_read_only_endpoints(client):
    answer = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "http://x"})
    assert answer.headers["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "http://x",
                                                   "Access-Control-Request-Method": "POST"})
    assert preflight.status_code in (200, 204)
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    update = client.post("/update", data="CLEAR ALL", content_type="application/sparql-update")
    assert "Access-Control-Allow-Origin" not in update.headers


def test_update_needs_the_token(client):
    body = "INSERT DATA { GRAPH <http://ex/g> { <http://ex/a> <http://ex/b> 1 } }"
    missing = client.post("/update", data=body, content_type="application/sparql-update")
    assert missing.status_code == 401 and "Bearer" in missing.headers["WWW-Authenticate"]
    wrong = client.post("/update", data=body, content_type="application/sparql-update",
                        headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    ok = client.post("/update", data=body, content_type="application/sparql-update", headers=AUTH)
    assert ok.status_code == 200
    assert json.loads(client.get("/sparql", query_string={"query": "ASK { <http://ex/a> ?p ?o }"}).data)["boolean"]
    assert client.get("/update").status_code == 405


def test_update_off_without_a_configured_token(empty_client):
    answer = empty_client.post("/update", data="CLEAR ALL", content_type="application/sparql-update",
                               headers=AUTH)
    assert answer.status_code == 403 and b"--update-token" in answer.data


def test_update_recomputes_the_derived_graph(client):
    body = ("PREFIX dg: <https://w3id.org/dealgraph/ontology#> INSERT DATA { GRAPH <http://ex/g> "
            "{ <http://ex/loan> a dg:Loan } }")
    client.post("/update", data={"update": body}, headers=AUTH)
    answer = client.get("/sparql", query_string={
        "query": "ASK { <http://ex/loan> a <https://w3id.org/dealgraph/ontology#Financing> }"})
    assert json.loads(answer.data)["boolean"] is True


@pytest.mark.parametrize("kwargs, status", [
    ({"data": {"update": "CLEAR XYZ"}}, 400),
    ({"data": "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", "content_type": "application/x-www-form-urlencoded"}, 400),
    ({"data": "CLEAR NAMED", "content_type": "text/plain"}, 415),
    ({"data": "CLEAR NAMED"}, 415),
    ({"data": "LOAD <http://127.0.0.1:9/x.ttl>", "content_type": "application/sparql-update"}, 400),
    ({"data": "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "content_type": "application/sparql-update",
      "query_string": {"using-named-graph-uri": "http://g2"}}, 400),
])
def test_update_errors(client, kwargs, status):
    answer = client.post("/update", headers=AUTH, **kwargs)
    assert answer.status_code == status, answer.data


def test_graph_store_round_trip(client):
    graph = {"graph": "http://ex/gsp"}
    turtle = "<http://ex/a> <http://ex/b> \"héllo\"@fr ."
    assert client.put("/rdf-graph-store", query_string=graph, data=turtle,
                      content_type="text/turtle").status_code == 401
    assert client.put("/rdf-graph-store", query_string=graph, data=turtle, content_type="text/turtle",
                      headers=AUTH).status_code == 201
    for accept, media in [("text/turtle", "text/turtle"), ("application/ld+json", "application/ld+json"),
                          ("application/rdf+xml", "application/rdf+xml"),
                          ("application/n-triples", "application/n-triples")]:
        answer = client.get("/rdf-graph-store", query_string=graph, headers={"Accept": accept})
        assert answer.status_code == 200 and answer.mimetype == media
        assert "héllo" in answer.data.decode()
    assert client.post("/rdf-graph-store", query_string=graph, data="<http://ex/a> <http://ex/c> \"2\" .",
                       content_type="application/n-triples", headers=AUTH).status_code == 204
    assert b"http://ex/c" in client.get("/rdf-graph-store", query_string=graph).data
    assert client.head("/rdf-graph-store", query_string=graph).status_code == 200
    assert client.delete("/rdf-graph-store", query_string=graph, headers=AUTH).status_code == 204
    assert client.get("/rdf-graph-store", query_string=graph).status_code == 404
    bad = client.put("/rdf-graph-store", query_string=graph, data="<a> <b", content_type="text/turtle",
                     headers=AUTH)
    assert bad.status_code == 400
    assert client.put("/rdf-graph-store", query_string=graph, data="x", content_type="image/png",
                      headers=AUTH).status_code == 415
    assert client.get("/rdf-graph-store").status_code == 400


def test_graph_store_post_creates_a_graph(client):
    answer = client.post("/rdf-graph-store", data="<http://ex/a> <http://ex/b> <http://ex/c> .",
                         content_type="text/turtle", headers=AUTH)
    assert answer.status_code == 201
    location = answer.headers["Location"]
    assert client.get("/rdf-graph-store", query_string={"graph": location}).status_code == 200


def test_body_size_cap(tmp_path, sample_store):
    from webapp import create_app

    small = create_app({"STORE": sample_store, "MAX_BODY": 100}).test_client()
    answer = small.post("/sparql", data="ASK {}" + " " * 500, content_type="application/sparql-query")
    assert answer.status_code == 413


def test_row_cap(sample_store):
    from webapp import create_app

    capped = create_app({"STORE": sample_store, "MAX_ROWS": 5}).test_client()
    answer = capped.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o }"})
    assert answer.status_code == 413 and b"LIMIT" in answer.data
    assert capped.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o } LIMIT 5"}).status_code == 200


def test_graph_store_put_keeps_written_forms_for_validation(client, sample_store):
    """A PUT's "5"^^xsd:int is stored as xsd:integer; its written form is kept for sh:datatype."""
    from kg import written_forms

    graph = {"graph": "http://ex/typed"}
    data = '<http://ex/a> <http://ex/n> "5"^^<http://www.w3.org/2001/XMLSchema#int> .'
    assert client.put("/rdf-graph-store", query_string=graph, data=data,
                      content_type="application/n-triples", headers=AUTH).status_code == 201
    assert "XMLSchema#int" in written_forms.read(sample_store)["http://ex/typed"]
    assert client.delete("/rdf-graph-store", query_string=graph, headers=AUTH).status_code == 204
    assert "http://ex/typed" not in written_forms.read(sample_store)
