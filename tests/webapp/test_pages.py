"""Pages and their JSON twins, Linked-Data dereferencing, search, flows, validation, ontology."""
from __future__ import annotations

import json

import pytest

NVIDIA = "https://w3id.org/dealgraph/id/firm/nvidia"
HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}


@pytest.mark.parametrize("path", ["/", "/query", "/id/firm/nvidia", "/id/article/sample-en",
                                  "/id/agreement/jpmorgan-openai-loan", "/search?q=nvidia", "/validation",
                                  "/flows", "/ontology", "/dataset",
                                  "/resource?iri=http%3A%2F%2Fwww.wikidata.org%2Fentity%2FQ182477"])
def test_every_page_has_html_and_a_json_twin(client, path):
    html = client.get(path, headers=HTML)
    assert html.status_code == 200 and html.mimetype == "text/html"
    assert "script-src 'self'" in html.headers["Content-Security-Policy"]
    assert b"<script>" not in html.data  # no inline script anywhere
    twin = client.get(path + ("&" if "?" in path else "?") + "format=json")
    assert twin.status_code == 200 and twin.mimetype == "application/json"
    by_accept = client.get(path, headers={"Accept": "application/json"})
    assert by_accept.mimetype == "application/json"


def test_entity_page_shows_labels_agreements_and_sources(client):
    page = client.get("/id/firm/nvidia", headers=HTML).data.decode()
    assert "Nvidia" in page and "英伟达" in page
    assert 'href="/id/agreement/nvidia-openai-loi"' in page
    assert 'href="/id/firm/openai"' in page
    twin = client.get("/id/firm/nvidia?format=json").get_json()
    loi = next(a for a in twin["agreements"] if a["iri"].endswith("nvidia-openai-loi"))
    assert loi["loi"] is True and loi["binding"] is False
    assert any(c["label"] == "OpenAI" for c in loi["counterparties"])
    assert twin["cycles"], "Nvidia is on the sample's cycle"


def test_fact_page_links_its_source_sentence(client):
    twin = client.get("/id/agreement/nvidia-openai-loi?format=json").get_json()
    quotes = {e["quote"] for e in twin["evidence"]}
    assert "Nvidia signed a letter of intent to invest up to $100 billion in OpenAI" in quotes
    assert any(e["href"].startswith("/id/article/sample-en#char-") for e in twin["evidence"])


def test_language_switch(client):
    zh = client.get("/id/firm/nvidia?lang=zh", headers=HTML)
    assert "<h1>英伟达</h1>" in zh.data.decode()
    assert "lang=zh" in zh.headers["Set-Cookie"]
    assert client.get("/id/firm/nvidia?format=json&lang=zh").get_json()["label"] == "英伟达"
    assert client.get("/id/firm/nvidia?format=json&lang=en").get_json()["label"] == "Nvidia"


@pytest.mark.parametrize("accept, media", [("text/turtle", "text/turtle"),
                                           ("application/ld+json", "application/ld+json"),
                                           ("application/rdf+xml", "application/rdf+xml"),
                                           ("application/n-triples", "application/n-triples")])
def test_entity_dereferencing_for_rdf_clients(client, accept, media):
    answer = client.get("/id/firm/nvidia", headers={"Accept": accept})
    assert answer.status_code == 200 and answer.mimetype == media
    assert NVIDIA.encode() in answer.data or b"firm/nvidia" in answer.data
    assert "Accept" in answer.headers["Vary"]


def test_unknown_entity_is_404(client):
    assert client.get("/id/firm/no-such-firm", headers=HTML).status_code == 404
    assert client.get("/id/firm/no-such-firm", headers={"Accept": "text/turtle"}).status_code == 404


def test_article_view_highlights_facts_and_entities(client):
    twin = client.get("/id/article/sample-en?format=json").get_json()
    article = twin["article"]
    assert "".join(s["text"] for s in article["segments"]) == article["text"]
    assert any(s["facts"] for s in article["segments"])
    assert any(s["entity"] and s["entity"]["href"] == "/id/firm/oracle" for s in article["segments"])
    html = client.get("/id/article/sample-en", headers=HTML).data.decode()
    assert 'class="fact"' in html and 'class="entity" href="/id/firm/nvidia"' in html
    # the hostile literal from the article is shown as text, never as markup
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("text, expected", [("英伟", NVIDIA), ("nvid", NVIDIA), ("甲骨文", "https://w3id.org/dealgraph/id/firm/oracle"),
                                             ("CoolWave", "https://w3id.org/dealgraph/id/firm/coreweave")])
def test_autocomplete_in_both_languages(client, text, expected):
    results = client.get("/api/autocomplete", query_string={"q": text}).get_json()
    assert results and results[0]["iri"] == expected


@pytest.mark.parametrize("text", ['x") } DROP ALL #', "\\", '"""', "' }"])
def test_search_injection_is_inert(client, text):
    assert client.get("/api/autocomplete", query_string={"q": text}).status_code == 200
    assert client.get("/search", query_string={"q": text}, headers=HTML).status_code == 200
    assert client.get("/id/firm/nvidia?format=json").status_code == 200  # store intact


def test_entity_path_injection_is_refused(client):
    assert client.get("/id/firm/x%3E%20%7D%20DROP%20ALL%20%23", headers=HTML).status_code == 400
    assert client.get("/resource?iri=javascript:alert(1)%3E", headers=HTML).status_code == 400


def test_flows_json(client):
    graph = client.get("/flows?format=json").get_json()
    ids = {n["id"] for n in graph["nodes"]}
    assert {NVIDIA, "https://w3id.org/dealgraph/id/firm/openai", "https://w3id.org/dealgraph/id/firm/oracle"} <= ids
    loi = next(e for e in graph["edges"] if e["agreement"].endswith("nvidia-openai-loi"))
    assert loi["loi"] and loi["on_cycle"] and loi["source"] == NVIDIA
    assert graph["cycles"] and "Nvidia → OpenAI → Oracle → Nvidia" in [c["label"] for c in graph["cycles"]]
    assert "loan" in [c["name"] for c in graph["categories"]]


def test_validation_groups_results(client):
    report = client.get("/validation?format=json").get_json()
    assert report["cycles"]
    if report["available"]:
        severities = [g["severity"] for g in report["groups"]]
        assert severities == sorted(severities, key=["Violation", "Warning", "Info"].index)
        focus = [f for g in report["groups"] for r in g["rows"] for f in r["focus"]]
        assert any(f["href"] == "/id/agreement/jpmorgan-openai-loan" for f in focus)
        assert report["counts"]["Violation"] == sum(
            g["count"] for g in report["groups"] if g["severity"] == "Violation") > 0
        circular = [g for g in report["groups"] if g["shape"].endswith("CircularFinancingShape")]
        values = [r["value"] for g in circular for r in g["rows"]]
        assert len(values) == len(set(values))  # one row per cycle, its firms together
    html = client.get("/validation", headers=HTML).data.decode()
    assert "Nvidia → OpenAI → Oracle → Nvidia" in html and "does not conform" in html
    zh = client.get("/validation?lang=zh", headers=HTML).data.decode()
    assert "违规" in zh and "警告" in zh


def test_ontology_by_content_negotiation(client):
    html = client.get("/ontology", headers=HTML)
    assert html.mimetype == "text/html" and b'id="Firm"' in html.data
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.mimetype == "text/turtle" and b"owl:Class" in turtle.data
    terms = client.get("/api/terms").get_json()
    assert any(t["prefixed"] == "dg:Firm" and t["kind"] == "class" for t in terms)
    assert any(t["prefixed"] == "dg:investor" and t["kind"] == "property" for t in terms)
    ontology = client.get("/ontology?format=json").get_json()
    investor = next(p for p in ontology["properties"] if p["name"] == "investor")
    assert investor["domain"] and investor["range"] and investor["labels"]["zh"]


def test_dataset_and_void(client):
    info = client.get("/dataset?format=json").get_json()
    graphs = {g["iri"]: g["triples"] for g in info["graphs"]}
    assert graphs["https://w3id.org/dealgraph/graph/article/sample-zh"] == 14
    assert any(c["compact"] == "dg:Firm" and c["instances"] > 3 for c in info["classes"])
    assert {a["iri"] for a in info["articles"]} >= {"https://w3id.org/dealgraph/id/article/sample-en"}
    void = client.get("/.well-known/void")
    assert void.mimetype == "text/turtle" and b"void:Dataset" in void.data and b"void:sparqlEndpoint" in void.data
    assert void.headers["Access-Control-Allow-Origin"] == "*"


def test_health(client):
    answer = client.get("/health")
    assert answer.status_code == 200 and answer.get_json()["status"] == "ok"


def test_labels_api(client):
    answer = client.post("/api/labels?lang=zh", json=[NVIDIA, "not an iri", "https://w3id.org/dealgraph/ontology#Firm"])
    info = answer.get_json()
    assert info[NVIDIA] == {"label": "英伟达", "href": "/id/firm/nvidia"}
    assert info["https://w3id.org/dealgraph/ontology#Firm"]["href"] == "/ontology#Firm"
    assert "not an iri" not in info


def test_saved_queries_are_listed(tmp_path, sample_store):
    from webapp import create_app

    (tmp_path / "q").mkdir()
    (tmp_path / "q" / "loops.rq").write_text(
        "# title: Circular loops\n# description: Firms on a cycle.\nSELECT ?c { ?c a dg:Cycle }\n", encoding="utf-8")
    client = create_app({"STORE": sample_store, "QUERIES_DIR": tmp_path / "q"}).test_client()
    assert client.get("/api/saved-queries").get_json()[0]["title"] == "Circular loops"
    page = client.get("/", headers=HTML).data.decode()
    assert "Circular loops" in page and 'data-name="loops"' in page


def test_editor_config_is_json_not_script(client):
    page = client.get("/?query=SELECT%20%3Cx%3E%20%22%3C/script%3E%22", headers=HTML).data.decode()
    assert '<script type="application/json" id="editor-config">' in page
    assert "</script>\"" not in page  # the query text cannot close the data block


def test_public_base_is_configurable(sample_store):
    from webapp import create_app

    client = create_app({"STORE": sample_store, "PUBLIC_BASE": "https://w3id.org/dealgraph"}).test_client()
    assert client.get("/id/firm/nvidia?format=json").get_json()["iri"] == NVIDIA
