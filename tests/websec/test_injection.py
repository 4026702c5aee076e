"""SPARQL injection through every parameter that reaches a query: the search box, autocompletion,
entity paths, ``/resource?iri=``, label look-ups, graph and dataset IRIs. Never a 5xx, never data
from outside the intended pattern, the store unchanged."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.websec.conftest import AUTH, HTML

NVIDIA = "https://w3id.org/dealgraph/id/firm/nvidia"

#: text that would change a query built by string formatting
PAYLOADS = [
    '"} UNION { ?s ?p ?o } #',
    "'} UNION { ?s ?p ?o } #",
    '")) } UNION { ?s ?p ?o } #',
    '" . ?s ?p ?o . FILTER("1"="1',
    '\\") } UNION { ?s ?p ?o } #',
    '\\u0022) } UNION { ?s ?p ?o } #',
    '"""} UNION { ?s ?p ?o } #',
    "nvidia\" ; DROP ALL ; #",
    "x\" } ; DELETE WHERE { ?s ?p ?o } #",
    "nvidia\n} UNION { ?s ?p ?o }",
    "nvidia\x00\" } UNION {",
    "nvidia\r\n# }",
    "> } UNION { ?s ?p ?o } <",
    "英伟\" } UNION { ?s ?p ?o } #",
    "%22%7D%20UNION",
    "\ud7ff\ue000\U0010ffff",
    "*",
    ".*",
    "?s",
]


def _contains(label: str, text: str) -> bool:
    return text.strip().casefold() in label.casefold()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_search_box_and_autocomplete_only_match_labels(client, snapshot, payload):
    """Every hit of a search has a label containing the search text: an injected UNION would
    add rows whose labels do not (the brief's baseline: an unmatched search returns nothing)."""
    baseline = client.get("/search", query_string={"q": "zzqx-no-such-label", "format": "json"})
    assert baseline.get_json()["results"] == []
    for response in (client.get("/search", query_string={"q": payload, "format": "json"}),
                     client.get("/api/autocomplete", query_string={"q": payload, "limit": 50})):
        assert response.status_code == 200, response.data
        data = response.get_json()
        results = data["results"] if isinstance(data, dict) else data
        assert all(_contains(r["matched"], payload) for r in results), results
        if payload not in ("*", ".*", "?s"):
            assert len(results) == 0  # no label in the store holds any of these payloads
    html = client.get("/search", query_string={"q": payload}, headers=HTML)
    assert html.status_code == 200
    snapshot.check()


def test_search_matches_exactly_the_labels_that_contain_the_text(client):
    """The positive control: the injection-proof query still finds what it should."""
    hits = client.get("/api/autocomplete?q=%E8%8B%B1%E4%BC%9F&limit=50").get_json()  # 英伟
    assert any(h["iri"] == NVIDIA for h in hits)
    hits = client.get("/api/autocomplete", query_string={"q": "<script>", "limit": 50}).get_json()
    assert {h["iri"] for h in hits} >= {"https://w3id.org/dealgraph/id/firm/evil-capital"}
    assert all("<script>" in h["matched"].lower() for h in hits)


ENTITY_PATHS = [
    "firm/nvidia>", "firm/nvidia%3E%20%3Fp%20%3Fo%20%7D%20UNION%20%7B%20%3Fs", "firm/nvidia}",
    "firm/nvidia%7D", "firm/nvidia%22", "firm/nvidia'", "firm/nvidia%23x",
    "firm/nvidia%0A%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D", "firm/nvidia%00",
    "firm/%E8%8B%B1%E4%BC%9F%E8%BE%BE", "firm/nvidia%20", "firm/nvidia%5C", "firm/nvidia%60",
    "firm/nvidia%7C", "firm/nvidia%5E", "firm/nvidia%3C", "firm/..%2F..%2Fetc%2Fpasswd",
    "firm/%ED%A0%80", "firm/%FF%FE", "firm/" + "a" * 5000,
    "firm/nvidia%3E%20.%20%3Fs%20%3Fp%20%3Fo%20.%20%3C" + quote(NVIDIA, safe=""),
]


@pytest.mark.parametrize("rest", ENTITY_PATHS)
@pytest.mark.parametrize("accept", [HTML, {"Accept": "text/turtle"}, {"Accept": "application/json"}])
def test_entity_paths_cannot_inject(client, snapshot, rest, accept):
    response = client.get("/id/" + rest, headers=accept)
    assert response.status_code in (400, 404), (response.status_code, response.data[:300])
    snapshot.check()


@pytest.mark.parametrize("value", [
    NVIDIA + "> ?p ?o } UNION { ?s ?p ?o } #", NVIDIA + ">", NVIDIA + "\n", NVIDIA + '"',
    NVIDIA + " ", NVIDIA + "}", "<" + NVIDIA + ">", "", "nvidia", "_:b0", "?s", "*",
    NVIDIA + "\x00", '"x"@en', "javascript:alert(1)>", NVIDIA + "\\u003E",
])
def test_resource_iri_cannot_inject(client, snapshot, value):
    for headers in (HTML, {"Accept": "text/turtle"}, {"Accept": "application/json"}):
        response = client.get("/resource", query_string={"iri": value}, headers=headers)
        assert response.status_code in (400, 404), (value, response.status_code)
    snapshot.check()


def test_resource_iri_still_answers_for_a_real_iri(client):
    import pyoxigraph as ox

    assert client.get("/resource", query_string={"iri": NVIDIA}, headers=HTML).status_code == 200
    data = client.get("/resource", query_string={"iri": NVIDIA, "format": "ntriples"}).data
    triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    assert triples and all(ox.NamedNode(NVIDIA) in (t.subject, t.object) for t in triples)


def test_double_slash_entity_path_stays_on_this_site(client):
    response = client.get("/id/%2F%2Fevil.example", headers=HTML)
    assert response.status_code in (308, 400, 404)
    location = response.headers.get("Location", "/")
    assert location.startswith("/") and not location.startswith("//") or \
        location.startswith("http://localhost/")


@pytest.mark.parametrize("value", PAYLOADS + [NVIDIA + "> } UNION { ?x ?p ?l } #"])
def test_label_lookup_cannot_inject(client, snapshot, value):
    for response in (client.get("/api/labels", query_string={"iri": value}),
                     client.post("/api/labels", json=[value, NVIDIA])):
        assert response.status_code == 200
        assert set(response.get_json()) <= {NVIDIA}
    snapshot.check()


#: graph IRIs that are not IRIs (each write with one must be a 4xx, each read never a 5xx)
GRAPH_VALUES = ["http://a/> } ; DROP ALL ; #", "http://a/g\r\n", "http://a/\x00", "http://a/ b",
                "http://a/\x0b", "http://a/\x7f\x1f", "urn:a>", "urn:a}", "urn:a\\", "noscheme",
                "http://a/%", "http://[::1"]


@pytest.mark.parametrize("value", GRAPH_VALUES)
def test_dataset_and_graph_parameters_cannot_inject(client, snapshot, value):
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"
    responses = [
        client.get("/sparql", query_string={"query": query, "default-graph-uri": value}),
        client.get("/sparql", query_string={"query": query, "named-graph-uri": value}),
        client.get("/rdf-graph-store", query_string={"graph": value}),
        client.post("/update", query_string={"using-graph-uri": value}, headers=AUTH,
                    data={"update": "DELETE { ?s ?p ?o } WHERE { FILTER(false) }"}),
        client.put("/rdf-graph-store", query_string={"graph": value}, data=b"",
                   headers={**AUTH, "Content-Type": "text/turtle"}),
        client.delete("/rdf-graph-store", query_string={"graph": value}, headers=AUTH),
        client.post("/rdf-graph-store", query_string={"graph": value}, data=b"<http://a/s> <http://a/p> 1 .",
                    headers={**AUTH, "Content-Type": "text/turtle"}),
    ]
    for response in responses:
        assert response.status_code < 500, (value, response.status_code, response.data[:300])
        if response.request.method != "GET":
            assert 400 <= response.status_code < 500, (value, response.data)
    snapshot.check()


@pytest.mark.parametrize("param, value", [("lang", '"} UNION {'), ("lang", "zh\" . ?s ?p ?o"),
                                          ("limit", "1; DROP"), ("limit", "-1"), ("limit", "99999999999"),
                                          ("format", '"}'), ("kind", '"} UNION {')])
def test_other_parameters_cannot_inject(client, snapshot, param, value):
    for path in ("/search?q=nvidia", "/api/autocomplete?q=nvidia", "/api/terms?x=1",
                 "/id/firm/nvidia?x=1", "/flows?x=1", "/dataset?x=1"):
        response = client.get(path + "&" + param + "=" + quote(value), headers=HTML)
        assert response.status_code < 500, (path, response.status_code)
    snapshot.check()
