"""Property-based fuzzing: malformed and hostile queries, updates and uploads.

Properties: the core raises only typed :class:`KGError` (never another exception, never a
crash); a failed write leaves the store exactly as it was; over HTTP, no 5xx ever; nothing
connects to the loopback listener. About 2,600 examples in total, under a minute.

Hostile inputs that crash pyoxigraph's parser outright (thousands of nested brackets or BINDs)
go to the executor, whose worker processes contain the crash; the in-process paths get inputs
up to a few hundred characters (they cannot nest deep enough to overflow the stack).
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import safe_rdf
from kg.errors import KGError
from kg.executor import Executor
from kg.store import EmbeddedStore
from tests.hardening.conftest import export_nquads, quads
from tests.hardening.listener import Listener

pytestmark = pytest.mark.slow

settings.register_profile("hardening", deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                 HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
FUZZ = settings.get_profile("hardening")

LISTENER = Listener()
URL = LISTENER.url

# --- strategies ----------------------------------------------------------------------------------
TOKENS = [
    "SELECT", "*", "WHERE", "{", "}", "?s", "?p", "?o", "?x", "(", ")", ".", ";", ",", "FILTER",
    "OPTIONAL", "UNION", "GRAPH", "<http://example.org/s1>", '"x"', "'y'", "1", "1.5e3", "-2",
    "true", "a", "PREFIX", "ex:", "ex:p", "<http://example.org/>", "ASK", "CONSTRUCT",
    "DESCRIBE", "LIMIT", "OFFSET", "ORDER BY", "GROUP BY", "HAVING", "COUNT(*)", "AS", "BIND",
    "VALUES", "SERVICE", "LOAD", "FROM", "NAMED", "MINUS", "EXISTS", "NOT", "REGEX(", "STR(",
    "CONCAT(", "^^", "@en", "_:b", "[", "]", "|", "/", "^", "+", "!", "&&", "||", "=", "!=",
    "<", ">", "#c\n", '"""long\n"""', "BASE", "<>", "<<", ">>", f"<{URL}>", "INSERT", "DELETE",
    "DATA", "CLEAR", "DROP", "ALL", "SILENT", "CREATE", "COPY", "MOVE", "ADD", "TO", "USING",
    "WITH", "DEFAULT", "\\", "\x00", "\u202e", "𝔘", "英伟达", "IRI(", "BNODE()", "UUID()",
    "NOW()", "STRDT(", "LANGMATCHES(", "xsd:integer", "SUBSTR(", "REPLACE(", "SERVICE SILENT",
]
VALID_QUERIES = [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
    "PREFIX ex: <http://example.org/> SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ex:p ?o } GROUP BY ?s",
    "ASK { GRAPH ?g { ?s ?p ?o } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), '^1')) }",
    "DESCRIBE <http://example.org/s1>",
    'SELECT ?x WHERE { VALUES ?x { 1 "a"@en <http://x> } OPTIONAL { ?x ?p ?o } }',
    f"SELECT * FROM <{URL}> WHERE {{ ?s ?p ?o }}",
]
VALID_UPDATES = [
    "INSERT DATA { GRAPH <http://example.org/new> { <http://a> <http://b> 1 } }",
    "DELETE WHERE { GRAPH <http://example.org/nothing> { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/> INSERT { GRAPH ex:g2 { ?s ex:q ?o } } WHERE { ?s ex:p ?o }",
    "CLEAR SILENT GRAPH <http://example.org/absent>",
    f"LOAD <{URL}> INTO GRAPH <http://example.org/l>",
]


def mutated(valid: list[str]):
    edit = st.tuples(st.integers(0, 300), st.integers(0, 6), st.text(max_size=4))

    def apply(base_and_edits):
        text, edits = base_and_edits
        for position, cut, insert in edits:
            position %= len(text) + 1
            text = text[:position] + insert + text[position + cut:]
        return text

    return st.tuples(st.sampled_from(valid), st.lists(edit, min_size=1, max_size=5)).map(apply)


token_soup = st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join)
any_text = st.text(st.characters(codec=None), max_size=300)  # lone surrogates included
malformed_queries = st.one_of(token_soup, mutated(VALID_QUERIES), any_text,
                              st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
malformed_updates = st.one_of(token_soup, mutated(VALID_UPDATES), any_text)


@st.composite
def hostile_queries(draw):
    kind = draw(st.sampled_from(["service", "load", "literal", "nest", "long", "runaway"]))
    if kind == "service":
        spacing = draw(st.sampled_from([" ", "\n", "\t", " #c\n ", "  "]))
        word = draw(st.sampled_from(["SERVICE", "service", "SeRvIcE", "SERVICE SILENT"]))
        return f"SELECT * WHERE {{{spacing}{word}{spacing}<{URL}> {{ ?s ?p ?o }} }}"
    if kind == "load":
        return f"SELECT * WHERE {{ ?s ?p ?o }} LOAD <{URL}>"
    if kind == "literal":
        size = draw(st.integers(10_000, 300_000))
        return 'SELECT * WHERE { BIND("' + "x" * size + '" AS ?x) }'
    if kind == "nest":
        depth = draw(st.integers(100, 3000))
        opener, closer = draw(st.sampled_from([("{", "}"), ("(", ")"), ("STR(", ")"),
                                               ("{ SELECT * WHERE {", "} }")]))
        inner = "?s ?p ?o" if opener.startswith("{") else "1"
        body = opener * depth + inner + closer * depth
        return f"SELECT * WHERE {body}" if opener.startswith("{") else \
            f"SELECT * WHERE {{ BIND({body} AS ?x) }}"
    if kind == "long":
        n = draw(st.integers(500, 3000))
        return "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * n) + " }"
    return "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


FORMATS = [ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG,
           ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML, ox.RdfFormat.N3]
SAMPLES = {
    ox.RdfFormat.TURTLE: b'@prefix ex: <http://example.org/> .\nex:a ex:p "x"@en, [ ex:q ( 1 2 ) ] .\n',
    ox.RdfFormat.N_TRIPLES: b'<http://example.org/a> <http://example.org/p> "x"^^<http://t> .\n',
    ox.RdfFormat.N_QUADS: b'<http://example.org/a> <http://example.org/p> _:b <http://example.org/g> .\n',
    ox.RdfFormat.TRIG: b'<http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 . }\n',
    ox.RdfFormat.JSON_LD: b'{"@context": {"p": "http://example.org/p"}, "@id": "http://example.org/a", "p": [{"@value": "x", "@language": "en"}]}',
    ox.RdfFormat.RDF_XML: b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/a"><ex:p>x</ex:p></rdf:Description></rdf:RDF>',
    ox.RdfFormat.N3: b'@prefix ex: <http://example.org/> . ex:a ex:p { ex:b ex:q ex:c } .\n',
}
HOSTILE_UPLOADS = [
    b'{"@context": "' + URL.encode() + b'", "@id": "http://example.org/a"}',
    b'{"@id":"http://example.org/a","http://example.org/p":' * 4000 + b'"x"' + b"}" * 4000,
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>',
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "' + URL.encode() + b'">]><r>&e;</r>',
]


@st.composite
def uploads(draw):
    fmt = draw(st.sampled_from(FORMATS))
    base = SAMPLES[fmt]
    how = draw(st.sampled_from(["bytes", "mutate", "truncate", "other-format", "hostile"]))
    if how == "bytes":
        return fmt, draw(st.binary(max_size=300))
    if how == "truncate":
        return fmt, base[:draw(st.integers(0, len(base)))]
    if how == "other-format":
        return fmt, SAMPLES[draw(st.sampled_from(FORMATS))]
    if how == "hostile":
        return fmt, draw(st.sampled_from(HOSTILE_UPLOADS))
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 5))):
        position = draw(st.integers(0, len(data)))
        data[position:position + draw(st.integers(0, 4))] = draw(st.binary(max_size=4))
    return fmt, bytes(data)


# --- fixtures --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    with EmbeddedStore(tmp_path_factory.mktemp("fuzz") / "store") as store:
        store.oxigraph.extend(quads(50))
        store.oxigraph.extend(quads(20, "http://example.org/g2"))
        store.oxigraph.flush()
        yield store


@pytest.fixture(scope="module")
def fuzz_executor(fuzz_store):
    with Executor(fuzz_store, workers=2, timeout=1.0, max_rows=1000) as ex:
        yield ex


@pytest.fixture(scope="module", autouse=True)
def no_connections():
    yield
    LISTENER.close()
    assert LISTENER.connections == 0, "something connected to the listener"


def only_kg_errors(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except KGError as exc:
        return exc


# --- the core --------------------------------------------------------------------------------------
@settings(FUZZ, max_examples=600)
@given(sparql=malformed_queries)
def test_store_query_raises_only_kg_errors(fuzz_store, sparql):
    before = export_nquads(fuzz_store)
    only_kg_errors(fuzz_store.query, sparql, max_rows=100)
    assert export_nquads(fuzz_store) == before


@settings(FUZZ, max_examples=200)
@given(sparql=st.one_of(malformed_queries, hostile_queries()),
       fmt=st.sampled_from(["json", "xml", "csv", "tsv", "turtle", "json|jsonld", "bogus"]))
def test_executor_raises_only_kg_errors(fuzz_executor, sparql, fmt):
    only_kg_errors(fuzz_executor.query_serialized, sparql, fmt)


@settings(FUZZ, max_examples=400)
@given(sparql=malformed_updates)
def test_failed_updates_change_nothing(fuzz_store, sparql):
    before = export_nquads(fuzz_store)
    outcome = only_kg_errors(fuzz_store.update, sparql)
    if isinstance(outcome, KGError):
        assert export_nquads(fuzz_store) == before
    else:  # a valid update: put the store back for the next example
        fuzz_store.oxigraph.clear()
        fuzz_store.oxigraph.extend(ox.parse("\n".join(before).encode(),
                                            format=ox.RdfFormat.N_QUADS))


@settings(FUZZ, max_examples=400)
@given(upload=uploads())
def test_malformed_uploads_are_parse_errors(fuzz_store, upload):
    fmt, data = upload
    before = export_nquads(fuzz_store)
    only_kg_errors(safe_rdf.parse, data, fmt, base_iri="http://example.org/", max_bytes=10_000)
    if len(data) < 2000:  # unchecked pyoxigraph parsing: small inputs only (see module doc)
        outcome = only_kg_errors(fuzz_store.import_data, data, fmt, "http://example.org/up")
        if isinstance(outcome, KGError):
            assert export_nquads(fuzz_store) == before
        else:
            fuzz_store.remove_graphs(["http://example.org/up"])


# --- the web app -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def client(fuzz_store):
    webapp = pytest.importorskip("webapp")
    app = webapp.create_app({"STORE": fuzz_store, "UPDATE_TOKEN": "t", "TESTING": True,
                             "MAX_ROWS": 1000})
    return app.test_client()


def small(text: str) -> bool:
    return len(text) <= 300


@settings(FUZZ, max_examples=300)
@given(sparql=malformed_queries.filter(small),
       how=st.sampled_from(["get", "form", "direct"]),
       accept=st.sampled_from(["application/sparql-results+json", "text/csv", "text/turtle",
                               "application/rdf+xml", "*/*", "text/html", "bogus/x"]))
def test_web_queries_never_5xx(client, fuzz_store, sparql, how, accept):
    before = export_nquads(fuzz_store)
    headers = {"Accept": accept}
    if how == "get":
        response = client.get("/sparql", query_string={"query": sparql}, headers=headers)
    elif how == "form":
        response = client.post("/sparql", data={"query": sparql}, headers=headers)
    else:
        response = client.post("/sparql", data=sparql.encode("utf-8", "surrogatepass"),
                               content_type="application/sparql-query", headers=headers)
    assert response.status_code < 500, (response.status_code, response.data[:300])
    assert export_nquads(fuzz_store) == before


@settings(FUZZ, max_examples=300)
@given(update=malformed_updates.filter(small), token=st.sampled_from(["t", "t", "wrong", None]))
def test_web_updates_never_5xx(client, fuzz_store, update, token):
    before = export_nquads(fuzz_store)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = client.post("/update", data=update.encode("utf-8", "surrogatepass"),
                           content_type="application/sparql-update", headers=headers)
    assert response.status_code < 500, (response.status_code, response.data[:300])
    if response.status_code >= 400:
        assert export_nquads(fuzz_store) == before
    if token != "t":
        assert response.status_code in (401, 403)
    if response.status_code < 400:  # a valid update: restore the fixture data
        client.post("/update", data=b"DROP ALL", content_type="application/sparql-update",
                    headers={"Authorization": "Bearer t"})
        fuzz_store.oxigraph.clear()
        fuzz_store.oxigraph.extend(ox.parse("\n".join(before).encode(),
                                            format=ox.RdfFormat.N_QUADS))


MEDIA = {ox.RdfFormat.TURTLE: "text/turtle", ox.RdfFormat.N_TRIPLES: "application/n-triples",
         ox.RdfFormat.N_QUADS: "application/n-quads", ox.RdfFormat.TRIG: "application/trig",
         ox.RdfFormat.JSON_LD: "application/ld+json", ox.RdfFormat.RDF_XML: "application/rdf+xml",
         ox.RdfFormat.N3: "text/n3"}


@settings(FUZZ, max_examples=300)
@given(upload=uploads(), method=st.sampled_from(["put", "post"]),
       media=st.one_of(st.none(), st.sampled_from(["text/plain", "application/json",
                                                   "multipart/form-data; boundary=x"])))
def test_web_uploads_never_5xx(client, fuzz_store, upload, method, media):
    fmt, data = upload
    before = export_nquads(fuzz_store)
    response = getattr(client, method)(
        "/rdf-graph-store", query_string={"graph": "http://example.org/upload"}, data=data,
        content_type=media or MEDIA[fmt], headers={"Authorization": "Bearer t"})
    assert response.status_code < 500, (response.status_code, response.data[:300])
    if response.status_code >= 400:
        assert export_nquads(fuzz_store) == before
    else:
        fuzz_store.remove_graphs(["http://example.org/upload"])
        fuzz_store.oxigraph.clear()
        fuzz_store.oxigraph.extend(ox.parse("\n".join(before).encode(),
                                            format=ox.RdfFormat.N_QUADS))
