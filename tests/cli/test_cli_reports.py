"""What the CLI tells its user: load lists every result or "... and N more" and no library
chatter; load and stats say what they count and stats' facts are the default graph's triples;
import without --graph names the graph after the file; serve says how to send an update and
never prints the token."""
from __future__ import annotations

import pytest

import kg
from kg import paths
from kg.cli import main
from kg.namespaces import file_graph
from tests.webapp.conftest import console_process

TTL = '@prefix ex: <http://example.org/> .\nex:a ex:p "1" .\n'


def run(*argv):
    return main([str(a) for a in argv])


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-corpus") / "store"
    assert main(["load", str(paths.articles_dir()), "--store", str(folder), "--no-progress"]) == 0
    return folder


def test_load_is_quiet_and_lists_every_result_or_how_many_more(tmp_path, capfd):
    assert run("load", paths.articles_dir(), "--store", tmp_path / "store", "--no-progress") == 0
    err = capfd.readouterr().err
    assert "prefix dict" not in err and "Loading model" not in err
    assert "statements" in err and "(per article)" in err
    validation = next(line for line in err.splitlines() if line.startswith("validation"))
    total = int(validation.split()[1])
    listed = err.count("\n  - ")
    if total > 20:
        assert f"... and {total - 20} more" in err
    assert listed >= min(total, 20)


def test_stats_say_what_they_count(corpus_dir, capsys):
    assert run("stats", "--store", corpus_dir) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    with kg.open_store(corpus_dir, read_only=True) as store:
        facts = int(kg.query(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").rows[0]["n"].value)
        distinct = int(kg.query(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT * "
                                       "{ ?s ?p ?o } }").rows[0]["n"].value)
    assert facts == distinct
    assert lines["facts"].split()[1] == str(facts) and "each fact once" in lines["facts"]
    assert "named graphs" in lines["quads"] and "is one" in lines["agreements"]


def test_import_without_graph_uses_the_files_graph(tmp_path, capsys):
    data = tmp_path / "my deals.ttl"
    data.write_text(TTL, encoding="utf-8")
    assert run("import", data, "--store", tmp_path / "store") == 0
    assert file_graph("my deals.ttl") in capsys.readouterr().err
    with kg.open_store(tmp_path / "store") as store:
        assert store.graphs()[file_graph("my deals.ttl")] == 1


def test_serve_says_how_to_update_without_the_token(corpus_dir, tmp_path):
    secret = "s3cret-token-never-printed"
    with console_process(corpus_dir, token=secret) as (_base, process):
        pass
    log = next(corpus_dir.parent.glob("serve-*.log")).read_text()
    assert "Authorization: Bearer $TOKEN" in log and "/update" in log
    assert secret not in log
