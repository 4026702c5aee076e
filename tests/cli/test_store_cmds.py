"""The store commands of the `dealgraph` CLI: import, export, query, graphs, remove, stats, backup."""
from __future__ import annotations

import json
import subprocess
import sys

import pyoxigraph as ox
import pytest

from tests.rdf_compare import store_quads
from tests.cli.conftest import run

G = "http://example.org/g"
TTL = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:a rdfs:label "A"@en, "甲"@zh ; ex:n 3 .
"""




def test_import_then_graphs_lists_the_graph(store_dir, data_file, capsys):
    assert run("import", data_file, "--graph", G, "--store", store_dir) == 0
    capsys.readouterr()
    assert run("graphs", "--json", "--store", store_dir) == 0
    graphs = json.loads(capsys.readouterr().out)
    assert graphs[G] == 3


def test_query_formats(store_dir, data_file, capsys):
    run("import", data_file, "--graph", G, "--store", store_dir)
    capsys.readouterr()
    sparql = f"SELECT ?l WHERE {{ GRAPH <{G}> {{ ?s rdfs:label ?l }} }} ORDER BY ?l"
    assert run("query", sparql, "--format", "csv", "--store", store_dir) == 0
    assert capsys.readouterr().out.replace("\r\n", "\n") == "l\nA\n甲\n"
    assert run("query", sparql, "--format", "json", "--store", store_dir) == 0
    body = json.loads(capsys.readouterr().out)
    assert [b["l"]["xml:lang"] for b in body["results"]["bindings"]] == ["en", "zh"]
    assert run("query", sparql, "--store", store_dir) == 0
    assert "(2 rows)" in capsys.readouterr().out


def test_query_from_file_and_construct_as_turtle(store_dir, data_file, tmp_path, capsys):
    run("import", data_file, "--graph", G, "--store", store_dir)
    rq = tmp_path / "q.rq"
    rq.write_text("CONSTRUCT WHERE { ?s <http://example.org/n> ?o }")
    capsys.readouterr()
    assert run("query", f"@{rq}", "--format", "turtle", "--store", store_dir) == 0
    triples = list(ox.parse(capsys.readouterr().out.encode(), format=ox.RdfFormat.TURTLE))
    assert len(triples) == 1


def test_malformed_query_exits_2_with_one_line(store_dir, capsys):
    assert run("query", "SELECT WHERE {", "--store", store_dir) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dealgraph query: error: SPARQL syntax error") and "\n" not in err


def test_bad_turtle_import_leaves_store_unchanged(store_dir, data_file, tmp_path, capsys):
    run("import", data_file, "--graph", G, "--store", store_dir)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .")
    before = _export(store_dir)
    assert run("import", data_file, bad, "--graph", "http://example.org/other", "--store", store_dir) == 2
    assert "bad.ttl" in capsys.readouterr().err
    assert _export(store_dir) == before


def test_export_nquads_round_trips_into_empty_store(store_dir, data_file, tmp_path):
    run("import", data_file, "--graph", G, "--store", store_dir)
    dump = tmp_path / "dump.nq"
    assert run("export", "--format", "nquads", "--output", dump, "--store", store_dir) == 0
    other = str(tmp_path / "other")
    assert run("import", dump, "--store", other) == 0
    assert _export(other) == _export(store_dir)


def test_export_one_graph_as_turtle(store_dir, data_file, tmp_path):
    run("import", data_file, "--graph", G, "--store", store_dir)
    out = tmp_path / "g.ttl"
    assert run("export", "--graph", G, "--format", "turtle", "--output", out, "--store", store_dir) == 0
    assert len(list(ox.parse(out.read_bytes(), format=ox.RdfFormat.TURTLE))) == 3


def test_remove_and_missing_graph(store_dir, data_file, capsys):
    run("import", data_file, "--graph", G, "--store", store_dir)
    assert run("remove", "http://example.org/nope", "--store", store_dir) == 2
    assert "no such graph" in capsys.readouterr().err
    assert run("remove", G, "--store", store_dir) == 0
    capsys.readouterr()
    run("graphs", "--json", "--store", store_dir)
    assert G not in json.loads(capsys.readouterr().out)


def test_stats_and_backup(store_dir, data_file, tmp_path, capsys):
    run("import", data_file, "--graph", G, "--store", store_dir)
    capsys.readouterr()
    assert run("stats", "--json", "--store", store_dir) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["backend"] == "embedded" and stats["graph_sizes"][G] == 3
    assert run("backup", tmp_path / "bk", "--store", store_dir) == 0
    capsys.readouterr()
    assert run("graphs", "--json", "--store", tmp_path / "bk") == 0
    assert json.loads(capsys.readouterr().out)[G] == 3


def test_remote_backend_through_the_cli(oxigraph_url, data_file, capsys):
    remote = ["--endpoint", oxigraph_url + "/query", "--update-endpoint", oxigraph_url + "/update"]
    graph = "http://example.org/cli-remote"
    assert run("import", data_file, "--graph", graph, *remote) == 0
    capsys.readouterr()
    assert run("query", f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?s <http://example.org/n> ?n }} }}",
               "--format", "csv", *remote) == 0
    assert capsys.readouterr().out.split() == ["n", "3"]
    assert run("remove", graph, *remote) == 0


def test_unreachable_endpoint_is_a_store_error(capsys):
    assert run("graphs", "--endpoint", "http://127.0.0.1:9/sparql") == 4
    assert "cannot reach" in capsys.readouterr().err


def test_python_dash_m_kg_is_the_same_command(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("dealgraph ")


def _export(store_dir):
    from kg.store import EmbeddedStore
    with EmbeddedStore(store_dir) as store:
        return store_quads(store)
