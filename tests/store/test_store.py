"""The store suite: every test runs against both backends (embedded and a real SPARQL server)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import changes
from kg.errors import ForbiddenOperation, ParseError, QueryError, UsageError
from kg.namespaces import DERIVED_GRAPH, DG, ONTOLOGY_GRAPH

G1 = "http://example.org/g1"
G2 = "http://example.org/g2"
NT1 = '<http://example.org/a> <http://example.org/p> "1" .\n<http://example.org/a> <http://example.org/q> <http://example.org/b> .'
NT2 = '<http://example.org/c> <http://example.org/p> "2" .'


def test_replace_graph_sets_exact_contents(any_store):
    any_store.replace_graph(G1, NT1)
    any_store.replace_graph(G1, NT2)
    assert any_store.graphs() == {G1: 1}


def test_default_graph_is_union_of_named_graphs(any_store):
    any_store.replace_graphs({G1: NT1, G2: NT2})
    rows = any_store.query("SELECT ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o").python_rows()
    assert rows == [{"o": "1"}, {"o": "2"}]


def test_default_graph_uris_restrict_the_dataset(any_store):
    any_store.replace_graphs({G1: NT1, G2: NT2})
    result = any_store.query("SELECT ?o WHERE { ?s <http://example.org/p> ?o }", default_graphs=[G2])
    assert result.python_rows() == [{"o": "2"}]


def test_from_clause_in_the_query_defines_the_dataset(any_store):
    any_store.replace_graphs({G1: NT1, G2: NT2})
    result = any_store.query(f"SELECT ?o FROM <{G2}> WHERE {{ ?s <http://example.org/p> ?o }}")
    assert result.python_rows() == [{"o": "2"}]
    absent = any_store.query("SELECT * FROM <http://example.org/absent> WHERE { ?s ?p ?o }")
    assert absent.rows == []


def test_ask_construct_and_describe(any_store):
    any_store.replace_graph(G1, NT1)
    assert any_store.query("ASK { ?s ?p ?o }").boolean is True
    assert any_store.query("ASK { ?s ?p 42 }").boolean is False
    built = any_store.query("CONSTRUCT { ?s <http://example.org/r> ?o } WHERE { ?s ?p ?o }")
    assert built.kind == "graph" and len(built.triples) == 2
    described = any_store.query("DESCRIBE <http://example.org/a>")
    assert {t.predicate.value for t in described.triples} == {"http://example.org/p", "http://example.org/q"}


def test_syntax_error_is_a_query_error(any_store):
    with pytest.raises(QueryError):
        any_store.query("SELECT WHERE {")


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "LOAD <http://127.0.0.1:9/data.ttl>",
])
def test_outbound_requests_are_refused(any_store, sparql):
    with pytest.raises(ForbiddenOperation):
        if sparql.startswith("LOAD"):
            any_store.update(sparql)
        else:
            any_store.query(sparql)


def test_failed_update_changes_nothing(any_store):
    any_store.replace_graph(G1, NT1)
    with pytest.raises(QueryError):
        any_store.update(f"DROP GRAPH <{G1}> ; INSERT DATA {{ GRAPH <{G2}> {{ <x:a> <x:b> }} }}")
    assert any_store.graphs() == {G1: 2}


def test_remove_graphs(any_store):
    any_store.replace_graphs({G1: NT1, G2: NT2})
    any_store.remove_graphs([G1])
    assert any_store.graphs() == {G2: 1}


def test_import_export_round_trip_keeps_graph_names(any_store):
    data = ox.serialize(
        [ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                 ox.Literal("中文", language="zh"), ox.NamedNode(G1)),
         ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                 ox.Literal("3.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
                 ox.NamedNode(G2))],
        format=ox.RdfFormat.N_QUADS)
    assert any_store.import_data(data, ox.RdfFormat.N_QUADS) == 2
    exported = any_store.export(ox.RdfFormat.N_QUADS)
    assert set(ox.parse(exported, format=ox.RdfFormat.N_QUADS)) == set(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def test_bad_turtle_import_changes_nothing(any_store):
    any_store.replace_graph(G1, NT1)
    with pytest.raises(ParseError):
        any_store.import_data(b"<http://a> <http://b> .", ox.RdfFormat.TURTLE, graph=G2)
    assert any_store.graphs() == {G1: 2}


def test_triples_need_a_graph_name(any_store):
    with pytest.raises(UsageError):
        any_store.import_data(NT2.encode(), ox.RdfFormat.N_TRIPLES)


def test_serialized_results_in_every_format(any_store):
    any_store.replace_graph(G1, NT1)
    for fmt, marker in [("json", b'"bindings"'), ("xml", b"<sparql"), ("csv", b"o\r\n"), ("tsv", b"?o")]:
        out = any_store.query_serialized("SELECT ?o WHERE { ?s <http://example.org/p> ?o }", fmt)
        assert out.kind == "select" and marker in out.data, fmt
    graph = any_store.query_serialized("CONSTRUCT WHERE { ?s ?p ?o }", "json|turtle")
    assert graph.kind == "graph"
    assert len(list(ox.parse(graph.data, format=ox.RdfFormat.TURTLE))) == 2


def test_backup_holds_the_data(any_store, tmp_path):
    any_store.replace_graph(G1, NT1)
    any_store.backup(tmp_path / "backup")
    assert any((tmp_path / "backup").iterdir())


def test_derived_graph_materialises_subclasses_and_party(any_store):
    loan = "https://w3id.org/dealgraph/id/agreement/loan1"
    data = (f"<{loan}> a <{DG.Loan}> .\n"
            f"<{loan}> <{DG.lender}> <https://w3id.org/dealgraph/id/firm/bank> .\n")
    changes.apply(any_store, {"http://example.org/article": data})
    assert ONTOLOGY_GRAPH in any_store.graphs()
    assert any_store.query(f"ASK {{ <{loan}> a <{DG.Financing}> ; a <{DG.Agreement}> }}").boolean
    assert any_store.query(f"ASK {{ <{loan}> <{DG.party}> ?x }}").boolean
    assert not changes.is_stale(any_store)


def test_stale_derived_graph_is_repaired(any_store):
    changes.apply(any_store, {})
    any_store.update(f"INSERT DATA {{ GRAPH <{DERIVED_GRAPH}> {{ <{DERIVED_GRAPH}> <{DG.stale}> true }} }}")
    assert changes.ensure_fresh(any_store) is True
    assert changes.ensure_fresh(any_store) is False


def test_embedded_store_reopens_with_its_data(tmp_path):
    from kg.store import EmbeddedStore
    with EmbeddedStore(tmp_path / "s") as first:
        first.replace_graph(G1, NT1)
    with EmbeddedStore(tmp_path / "s") as second:
        assert second.graphs() == {G1: 2}


def test_bound_parameters_are_substituted_not_spliced(any_store):
    any_store.replace_graphs({G1: NT1, G2: NT2})
    sparql = "SELECT ?o WHERE { ?s <http://example.org/p> ?o }"
    rows = any_store.query(sparql, bindings={"s": "http://example.org/c"}).python_rows()
    assert rows == [{"o": "2"}]
    # a hostile "IRI" cannot change the query: it is refused as a value, never spliced in
    with pytest.raises(UsageError):
        any_store.query(sparql, bindings={"s": "http://x> } UNION { ?s ?p ?o"})
    literal = ox.Literal("1")
    rows = any_store.query("SELECT ?s WHERE { ?s <http://example.org/p> ?o }",
                           bindings={"o": literal}).python_rows()
    assert rows == [{"s": "http://example.org/a"}]
