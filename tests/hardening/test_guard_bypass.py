"""The SERVICE/LOAD guard decides on SPARQL's tokens: the spellings that slipped past the old
regular expression are refused on every route, and nothing connects to the listener.

Regression for issue 15: ``?o .SERVICE <...>`` (no space after the dot) and a local name with an
escaped ``\\#`` (which the old guard took for a comment) both reached Oxigraph, which connected
from the CLI, ``/sparql`` and twice from ``/update`` (the dry-run worker and the real update).
"""
from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ForbiddenOperation, SparqlSyntaxError
from kg.executor import Executor
from kg.store.guard import check_no_outbound, outbound_keyword
from tests.hardening.conftest import export_nquads, refused_over_http, settle

PREFIX = "PREFIX ex: <http://example.org/> "


def bypass_queries(url: str) -> list[str]:
    """Queries that once passed the guard, each calling SERVICE on `url`."""
    return [
        f"SELECT * WHERE {{ ?s ?p ?o .SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"{PREFIX}SELECT * WHERE {{ ?s ex:a\\#b ?o . SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"{PREFIX}SELECT * WHERE {{ ?s ?p ?o ;ex:p ?x .SERVICE SILENT <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ {{ ?s ?p ?o }}SERVICE <{url}> {{ ?a ?b ?c }} }}",
    ]


def bypass_updates(url: str) -> list[str]:
    return [
        f"INSERT {{ ?a ?b ?c }} WHERE {{ ?s ?p ?o .SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"{PREFIX}INSERT {{ ?a ?b ?c }} WHERE {{ ?s ex:a\\#b ?o . SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"{PREFIX}INSERT DATA {{ ex:a\\#b ex:p ex:o }} ;LOAD <{url}>",
    ]


# --- regressions, route by route ---------------------------------------------------------------
def test_service_after_dot_without_space_is_refused(store, listener):
    with pytest.raises(ForbiddenOperation, match="SERVICE is not allowed"):
        store.query(bypass_queries(listener.url)[0])
    assert settle(listener) == 0


def test_escaped_hash_in_local_name_hides_nothing(store, listener):
    with pytest.raises(ForbiddenOperation, match="SERVICE is not allowed"):
        store.query(bypass_queries(listener.url)[1])
    with pytest.raises(ForbiddenOperation, match="not allowed"):
        store.update(bypass_updates(listener.url)[2])
    assert settle(listener) == 0


def test_bypass_spellings_refused_by_store_and_executor(big_store, listener):
    before = export_nquads(big_store)
    with Executor(big_store, workers=1, timeout=5) as ex:
        for sparql in bypass_queries(listener.url):
            with pytest.raises(ForbiddenOperation):
                big_store.query(sparql)
            with pytest.raises(ForbiddenOperation):
                ex.query(sparql)
        for sparql in bypass_updates(listener.url):
            with pytest.raises(ForbiddenOperation):
                ex.vet_update(sparql)      # the dry-run worker
            with pytest.raises(ForbiddenOperation):
                ex.run_update(big_store, sparql)
            with pytest.raises(ForbiddenOperation):
                big_store.update(sparql)
    assert export_nquads(big_store) == before
    assert settle(listener) == 0


def test_bypass_spellings_refused_over_http(client, store, listener):
    before = export_nquads(store)
    refused_over_http(client, queries=bypass_queries(listener.url),
                      updates=bypass_updates(listener.url))
    assert export_nquads(store) == before
    assert settle(listener) == 0


def test_bypass_spellings_refused_by_the_cli(tmp_path, listener):
    folder = str(tmp_path / "store")
    for query in bypass_queries(listener.url)[:2]:
        done = subprocess.run([sys.executable, "-m", "kg", "query", query, "--store", folder],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, done.stderr
        assert "SERVICE is not allowed" in done.stderr
    assert settle(listener) == 0


def test_malformed_load_is_a_syntax_error_not_a_refusal():
    with pytest.raises(SparqlSyntaxError):
        check_no_outbound("LOAD <http://example.org/x> INTO <http://example.org/g>")
    with pytest.raises(ForbiddenOperation):
        check_no_outbound("LOAD <http://example.org/x> INTO GRAPH <http://example.org/g>")


def test_text_that_does_not_lex_is_refused_not_passed_through():
    with pytest.raises(SparqlSyntaxError, match="no SPARQL token"):
        check_no_outbound("SELECT * { ?s ?p ?o } \\u0053ERVICE <http://127.0.0.1:9/> { }")


# --- property tests: a grammar of placements ---------------------------------------------------
_WS = st.sampled_from([" ", "\t", "\n", "\r\n", "", "  \n\t"])
_COMMENT = st.sampled_from(["", "# a comment\n", "#SERVICE is fine here\n", "#\n"])
_CASE = st.sampled_from(["SERVICE", "service", "Service", "sErViCe"])
_LOAD_CASE = st.sampled_from(["LOAD", "load", "Load", "lOaD"])
_TRIPLE = st.sampled_from(["?s ?p ?o", "?s ex:a\\#b ?o", "ex:a\\.b ex:p \"x\\\"y\"",
                           "?s ?p 'it''s'".replace("''", "\\'"), "?s ex:p%41 ?o",
                           "_:b1 a ex:C", "?s ?p ( 1 2.5 -3e4 )", "?s ?p [ ex:q ?o ]"])
_BEFORE = st.sampled_from([".", ";ex:p ?x .", ". FILTER(?o != 1)", " ", ". BIND(1 AS ?one)"])


@st.composite
def service_queries(draw) -> str:
    """A SELECT with SERVICE placed after some triple, in some wrapper, with noise around."""
    keyword = draw(_CASE) + draw(st.sampled_from(["", " SILENT", "\tsilent"]))
    service = (f"{draw(_COMMENT)}{keyword}{draw(_WS)} <http://127.0.0.1:9/x>"
               f"{draw(_WS)}{{ ?a ?b ?c }}")
    body = f"{draw(_TRIPLE)}{draw(_WS)}{draw(_BEFORE)}{draw(_WS)}{service}"
    wrap = draw(st.sampled_from(["{0}", "OPTIONAL {{ {0} }}", "{{ {0} }} UNION {{ ?x ?y ?z }}",
                                 "MINUS {{ {0} }}", "GRAPH ?g {{ {0} }}",
                                 "{{ SELECT * WHERE {{ {0} }} }}", "FILTER EXISTS {{ {0} }}"]))
    return f"{PREFIX}SELECT * WHERE {{ {wrap.format(body)} }}"


@st.composite
def load_updates(draw) -> str:
    load = (f"{draw(_LOAD_CASE)}{draw(st.sampled_from(['', ' SILENT']))}{draw(_WS)} "
            f"<http://127.0.0.1:9/x>{draw(st.sampled_from(['', ' INTO GRAPH <http://g>']))}")
    first = draw(st.sampled_from(["", f"INSERT DATA {{ {'ex:a ex:b ex:c'} }}", "CLEAR ALL",
                                  "INSERT DATA { ex:a\\#b ex:p ex:o }"]))
    return f"{PREFIX}{first}{draw(_WS)};{draw(_COMMENT)}{load}" if first else f"{PREFIX}{load}"


@st.composite
def mentions(draw) -> str:
    """Queries that only mention the words: strings, IRIs, prefixed names, variables, comments."""
    word = draw(st.sampled_from(["SERVICE", "service", "LOAD", "load"]))
    obj = draw(st.sampled_from([f'"{word}"', f"'{word}'", f'"""a {word} b"""', f"<http://x/{word}>",
                                f"ex:{word}", f"ex:a.{word}", f"?{word}", f"${word}",
                                f'"x"@en', f"ex:{word}\\#x"]))
    return (f"{PREFIX}SELECT * WHERE {{ ?s ?p {obj} }}{draw(_WS)}# {word} <http://x/> {{ }}\n")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(service_queries())
def test_every_service_placement_is_refused(query):
    """Refused; or, where the guard sees no keyword (``ex:C.SERVICE`` is one prefixed name by
    the grammar), Oxigraph must read no SERVICE either: a syntax error, never a connection."""
    try:
        check_no_outbound(query)
    except ForbiddenOperation:
        return
    with pytest.raises(SyntaxError):
        ox.Store().query(query)   # port 9 is closed: a SERVICE call would fail with OSError


@settings(max_examples=200, deadline=None)
@given(load_updates())
def test_every_load_placement_is_refused(update):
    with pytest.raises(ForbiddenOperation):
        check_no_outbound(update)


@settings(max_examples=200, deadline=None)
@given(mentions())
def test_mentions_of_the_words_are_accepted(query):
    assert outbound_keyword(query) is None
    check_no_outbound(query)


def test_every_w3c_positive_syntax_text_lexes(shared_dir):
    """No false refusal: every W3C positive syntax query/update is made of SPARQL tokens."""
    import rdflib

    mf = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
    positive = (mf.PositiveSyntaxTest11, mf.PositiveUpdateSyntaxTest11)
    checked = 0
    for folder in ("syntax-query", "syntax-update-1", "syntax-update-2", "syntax-fed"):
        manifest = shared_dir / "w3c" / "sparql11" / folder / "manifest.ttl"
        graph = rdflib.Graph().parse(manifest, publicID=manifest.as_uri())
        for test in (t for kind in positive for t in graph.subjects(rdflib.RDF.type, kind)):
            name = str(graph.value(test, mf.action)).rsplit("/", 1)[-1]
            outbound_keyword((manifest.parent / name).read_text(encoding="utf-8"))  # must lex
            checked += 1
    assert checked >= 100


def test_guard_never_runs_a_hostile_text_in_process():
    """Regression: the guard once parsed SERVICE texts with Oxigraph in-process as a second
    opinion; a long UNION chain (which crashes Oxigraph) with SERVICE would have taken the
    process down. Now it is refused on its tokens alone."""
    chain = " UNION ".join("{ ?s ?p ?o }" for _ in range(7000))
    with pytest.raises(ForbiddenOperation):
        check_no_outbound(f"SELECT * WHERE {{ {chain} SERVICE <http://127.0.0.1:9/> {{ }} }}")
