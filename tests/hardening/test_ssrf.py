"""No query, update or upload makes dealgraph open a connection: a loopback listener counts them.

Every hostile request below names the listener's URL; after each, the listener must have seen
zero connections, and the request is refused with a clear error (400 over HTTP) or, for
FROM / FROM NAMED / default-graph-uri, answered from the store's own (absent, so empty) graph.
"""
from __future__ import annotations

import time

import pyoxigraph as ox
import pytest

from kg import safe_rdf
from kg.errors import ForbiddenOperation, KGError, ParseError
from kg.executor import Executor
from kg.rdf_io import import_files
from tests.hardening.conftest import AUTH, export_nquads, quads, refused_over_http, settle

RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"'


# --- hostile documents, each naming the listener ---------------------------------------------
def jsonld_remote_context(url: str) -> bytes:
    return ('{"@context": "%s", "@id": "http://example.org/a", "name": "x"}' % url).encode()


def jsonld_remote_context_list(url: str) -> bytes:
    return ('{"@context": ["%s", {"p": "http://example.org/p"}], "@id": "http://example.org/a",'
            ' "p": "x"}' % url).encode()


def jsonld_import(url: str) -> bytes:
    return ('{"@context": {"@version": 1.1, "@import": "%s"}, "@id": "http://example.org/a",'
            ' "http://example.org/p": "x"}' % url).encode()


def rdfxml_external_entity(url: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY ext SYSTEM "{url}">]>\n'
            f'<rdf:RDF {RDF}><rdf:Description rdf:about="http://example.org/a">'
            '<ex:p>&ext;</ex:p></rdf:Description></rdf:RDF>').encode()


def rdfxml_external_dtd(url: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "{url}">\n'
            f'<rdf:RDF {RDF}><rdf:Description rdf:about="http://example.org/a">'
            '<ex:p>x</ex:p></rdf:Description></rdf:RDF>').encode()


def rdfxml_parameter_entity(url: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY % remote SYSTEM "{url}"> %remote;]>\n'
            f'<rdf:RDF {RDF}><rdf:Description rdf:about="http://example.org/a">'
            '<ex:p>x</ex:p></rdf:Description></rdf:RDF>').encode()


HOSTILE_DOCUMENTS = [
    ("jsonld", ox.RdfFormat.JSON_LD, jsonld_remote_context),
    ("jsonld", ox.RdfFormat.JSON_LD, jsonld_remote_context_list),
    ("jsonld", ox.RdfFormat.JSON_LD, jsonld_import),
    ("rdf", ox.RdfFormat.RDF_XML, rdfxml_external_entity),
    ("rdf", ox.RdfFormat.RDF_XML, rdfxml_external_dtd),
    ("rdf", ox.RdfFormat.RDF_XML, rdfxml_parameter_entity),
]
IDS = [f.__name__ for _, _, f in HOSTILE_DOCUMENTS]


# --- the core: queries and updates -------------------------------------------------------------
def test_service_and_load_refused_in_the_core(store, listener):
    store.oxigraph.extend(quads(3))
    before = export_nquads(store)
    for sparql in [f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
                   f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}",
                   f"ASK {{ ?s ?p ?o . sErViCe <{listener.url}> {{ ?s ?p ?o }} }}"]:
        with pytest.raises(ForbiddenOperation, match="SERVICE is not allowed"):
            store.query(sparql)
    for sparql in [f"LOAD <{listener.url}>", f"LOAD SILENT <{listener.url}> INTO GRAPH <http://g>",
                   f"CLEAR ALL ; load <{listener.url}>"]:
        with pytest.raises(ForbiddenOperation, match="LOAD is not allowed"):
            store.update(sparql)
    assert export_nquads(store) == before
    assert settle(listener) == 0


def test_from_and_graph_names_are_never_fetched(store, listener):
    """FROM / FROM NAMED / GRAPH / a dataset naming an absent graph: an empty graph, no fetch."""
    store.oxigraph.extend(quads(3))
    url = listener.url
    assert store.query(f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}").rows == []
    assert store.query(f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}").rows == []
    assert store.query(f"ASK {{ GRAPH <{url}> {{ ?s ?p ?o }} }}").boolean is False
    assert store.query("SELECT * WHERE { ?s ?p ?o }", default_graphs=[url]).rows == []
    assert store.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[url]).rows == []
    store.update(f"INSERT {{ GRAPH <http://example.org/copy> {{ ?s ?p ?o }} }} "
                 f"USING <{url}> WHERE {{ ?s ?p ?o }}")
    assert "http://example.org/copy" not in store.graphs()
    assert settle(listener) == 0


def test_executor_refuses_and_never_fetches(big_store, listener):
    with Executor(big_store, workers=1, timeout=5) as ex:
        with pytest.raises(ForbiddenOperation):
            ex.query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
        with pytest.raises(ForbiddenOperation):
            ex.vet_update(f"LOAD <{listener.url}>")
        assert ex.query(f"SELECT * FROM <{listener.url}> WHERE {{ ?s ?p ?o }}").rows == []
    assert settle(listener) == 0


# --- the core: imports -------------------------------------------------------------------------
@pytest.mark.parametrize("ext, fmt, make", HOSTILE_DOCUMENTS, ids=IDS)
def test_safe_parse_refuses_outbound_documents(listener, ext, fmt, make):
    with pytest.raises(ParseError) as info:
        safe_rdf.parse(make(listener.url), fmt, source="upload")
    message = str(info.value)
    assert message.startswith("upload: ")
    assert any(word in message for word in ("remote @context", "external", "parameter entity"))
    assert settle(listener) == 0


@pytest.mark.parametrize("ext, fmt, make", HOSTILE_DOCUMENTS, ids=IDS)
def test_import_files_never_fetches(store, tmp_path, listener, ext, fmt, make):
    """`dealgraph import` on each hostile file: no connection, store unchanged."""
    path = tmp_path / f"hostile.{ext}"
    path.write_bytes(make(listener.url))
    before = export_nquads(store)
    with pytest.raises(KGError):
        import_files(store, [path], graph="http://example.org/imported")
    assert export_nquads(store) == before
    assert settle(listener) == 0


def test_import_refuses_billion_laughs_quickly(store, tmp_path):
    path = tmp_path / "lol.rdf"
    path.write_bytes(billion_laughs())
    started = time.monotonic()
    with pytest.raises(ParseError, match="billion laughs"):
        import_files(store, [path], graph="http://example.org/lol")
    assert time.monotonic() - started < 2


def billion_laughs(levels: int = 9) -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, levels + 1))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{entities}]>\n<rdf:RDF {RDF}>'
            f'<rdf:Description rdf:about="http://example.org/a"><ex:p>&lol{levels};</ex:p>'
            '</rdf:Description></rdf:RDF>').encode()


# --- the web app: /sparql, /update, the Graph Store Protocol -------------------------------------
def test_web_query_endpoint_refuses_service(client, store, listener):
    before = export_nquads(store)
    refused_over_http(client, message=b"SERVICE is not allowed", queries=[
        f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"])
    assert export_nquads(store) == before
    assert settle(listener) == 0


def test_web_update_endpoint_refuses_load(client, store, listener):
    before = export_nquads(store)
    refused_over_http(client, updates=[
        f"LOAD <{listener.url}>", f"LOAD SILENT <{listener.url}> INTO GRAPH <http://g>",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"])
    assert export_nquads(store) == before
    assert settle(listener) == 0


def test_web_dataset_parameters_never_fetch(client, listener):
    url = listener.url
    accept = {"Accept": "application/sparql-results+json"}
    for params in [{"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": url},
                   {"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": url},
                   {"query": f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}"},
                   {"query": f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"}]:
        response = client.get("/sparql", query_string=params, headers=accept)
        assert response.status_code == 200, response.data
        assert response.get_json()["results"]["bindings"] == []
    response = client.post("/update", headers=AUTH, data={
        "update": "INSERT { GRAPH <http://example.org/copy> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
        "using-graph-uri": url})
    assert response.status_code in (200, 204), response.data
    assert settle(listener) == 0


@pytest.mark.parametrize("ext, fmt, make", HOSTILE_DOCUMENTS, ids=IDS)
def test_web_graph_store_refuses_outbound_documents(client, store, listener, ext, fmt, make):
    media = {"jsonld": "application/ld+json", "rdf": "application/rdf+xml"}[ext]
    before = export_nquads(store)
    for method in (client.put, client.post):
        response = method("/rdf-graph-store", query_string={"graph": "http://example.org/up"},
                          data=make(listener.url), content_type=media, headers=AUTH)
        assert response.status_code == 400, response.data
    assert export_nquads(store) == before
    assert settle(listener) == 0


def test_web_graph_store_refuses_billion_laughs_and_deep_jsonld(client, store):
    before = export_nquads(store)
    started = time.monotonic()
    response = client.put("/rdf-graph-store", query_string={"graph": "http://example.org/lol"},
                          data=billion_laughs(), content_type="application/rdf+xml", headers=AUTH)
    assert response.status_code == 400 and b"billion laughs" in response.data
    deep = ('{"@id":"http://example.org/a","http://example.org/p":' * 5000 + '"x"' + "}" * 5000)
    response = client.put("/rdf-graph-store", query_string={"graph": "http://example.org/deep"},
                          data=deep.encode(), content_type="application/ld+json", headers=AUTH)
    assert response.status_code == 400 and b"nests" in response.data
    assert time.monotonic() - started < 2
    assert export_nquads(store) == before
