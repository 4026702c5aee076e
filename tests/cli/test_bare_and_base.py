"""`--bare` and `--base` on the command line (issue 15), reproduced as the issue reported them."""
from __future__ import annotations

import json

import pytest

from tests.cli.conftest import run

G = "http://example.org/g"
TTL = "@prefix ex: <http://example.org/> .\nex:a ex:p 1 . ex:b ex:p 2 . <rel> ex:p 3 .\n"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"




def json_count(capsys) -> int:
    body = json.loads(capsys.readouterr().out)
    return int(body["results"]["bindings"][0]["n"]["value"])


def test_import_bare_then_every_query_sees_only_the_users_triples(store_dir, data_file, capsys):
    assert run("import", "--bare", data_file, "--graph", G, "--store", store_dir) == 0
    capsys.readouterr()
    assert run("query", COUNT, "--format", "json", "--store", store_dir) == 0
    assert json_count(capsys) == 3
    assert run("import", data_file, "--graph", G + "2", "--store", store_dir) == 0  # stays bare
    capsys.readouterr()
    assert run("graphs", "--json", "--store", store_dir) == 0
    assert json.loads(capsys.readouterr().out) == {G: 3, G + "2": 3}


def test_load_into_a_bare_store_exits_2(store_dir, data_file, tmp_path, capsys):
    run("import", "--bare", data_file, "--graph", G, "--store", store_dir)
    capsys.readouterr()
    assert run("load", tmp_path, "--store", store_dir, "--no-progress") == 2
    assert "bare" in capsys.readouterr().err


def test_query_base_resolves_relative_from(store_dir, data_file, capsys):
    run("import", "--bare", data_file, "--graph", G, "--store", store_dir)
    capsys.readouterr()
    sparql = "SELECT (COUNT(*) AS ?n) FROM <g> WHERE { ?s ?p ?o }"
    assert run("query", sparql, "--base", "http://example.org/", "--format", "json",
               "--store", store_dir) == 0
    assert json_count(capsys) == 3


def test_relative_from_without_base_exits_2_and_says_why(store_dir, capsys):
    sparql = "SELECT * FROM <g> WHERE { ?s ?p ?o }"
    assert run("query", sparql, "--store", store_dir) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dealgraph query: error: SPARQL syntax error at line 1")
    assert "relative IRI" in err and "--base" in err and "\n" not in err


def test_query_file_relative_iris_resolve_against_the_file(store_dir, tmp_path, capsys):
    data = tmp_path / "d.ttl"
    data.write_text("<s> <p> <o> .\n", encoding="utf-8")
    run("import", "--bare", data, "--graph", data.resolve().as_uri(), "--store", store_dir)
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?o FROM <d.ttl> WHERE { <s> <p> ?o }", encoding="utf-8")
    capsys.readouterr()
    assert run("query", f"@{query}", "--format", "json", "--store", store_dir) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["results"]["bindings"][0]["o"]["value"] == (tmp_path / "o").resolve().as_uri()


def test_syntax_error_line_counts_the_users_lines(store_dir, capsys):
    assert run("query", "SELECT ?s\nWHERE { ?s ?p }", "--store", store_dir) == 2
    assert "at line 2," in capsys.readouterr().err


def test_import_base_resolves_relative_iris_in_the_file(store_dir, data_file, capsys):
    assert run("import", "--bare", data_file, "--graph", G, "--base", "http://base.example/",
               "--store", store_dir) == 0
    capsys.readouterr()
    sparql = "ASK { <http://base.example/rel> ?p 3 }"
    assert run("query", sparql, "--format", "json", "--store", store_dir) == 0
    assert json.loads(capsys.readouterr().out)["boolean"] is True


def test_w3c_query_file_with_relative_from_runs_from_its_folder(store_dir, shared_dir, capsys):
    """construct/constructwhere04: `FROM <data.ttl>` (relative) read the file's graph; without a
    base the CLI used to stop with "IRI parsing failed"."""
    import pyoxigraph as ox

    folder = shared_dir / "w3c" / "sparql11" / "construct"
    data = folder / "data.ttl"
    assert run("import", "--bare", data, "--graph", data.resolve().as_uri(),
               "--store", store_dir) == 0
    capsys.readouterr()
    assert run("query", f"@{folder / 'constructwhere04.rq'}", "--format", "ntriples",
               "--store", store_dir) == 0
    got = set(ox.parse(capsys.readouterr().out.encode(), format=ox.RdfFormat.N_TRIPLES))
    expected = set(ox.parse(path=str(folder / "constructwhere04result.ttl"),
                            format=ox.RdfFormat.TURTLE))
    assert got == expected and len(got) == 4
