"""The dataset page names its counts (facts vs quads) and lists article graphs by title, linked."""
from __future__ import annotations


def test_dataset_counts_and_graphs(client):
    page = client.get("/dataset?format=json").get_json()
    facts = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"},
                       headers={"Accept": "application/sparql-results+json"}).get_json()
    assert page["facts"] == int(facts["results"]["bindings"][0]["n"]["value"]) <= page["quads"]
    articles = [g for g in page["graphs"] if g["kind"] == "article"]
    assert articles and all(g["href"].startswith("/id/article/") for g in articles)
    assert any(not g["label"].isalnum() for g in articles)  # titles, not keys
    html = client.get("/dataset", headers={"Accept": "text/html"}).data.decode()
    assert "Quads stored in the named graphs" in html and "graph/ontology" in html
