"""The console and the command line on one embedded store folder at once (issue 12, part 1).

A real `dealgraph serve` runs in a subprocess; the commands run as other processes on the same
folder. The console must show what the command line loads, without a restart.
"""
from __future__ import annotations

import json
import subprocess
import time
import urllib.parse
import urllib.request

import pytest

from kg.store import open_store
from tests.webapp.conftest import ROOT, console_process, dealgraph_command

ARTICLE = ROOT / "articles" / "02-amd-openai-warrant.md"
TOKEN = "shared-store-token"
AMD = "https://w3id.org/dealgraph/id/firm/amd"
TTL = "<http://example.org/s> <http://example.org/p> \"shared\" .\n"


def cli(store_dir, *argv, timeout=120):
    return subprocess.run([*dealgraph_command(), *map(str, argv), "--store", str(store_dir)],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def sparql_ask(base: str, ask: str) -> bool:
    url = base + "/sparql?" + urllib.parse.urlencode({"query": ask})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["boolean"]


def eventually(check, seconds=5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


@pytest.fixture
def console(tmp_path):
    store_dir = tmp_path / "store"
    assert cli(store_dir, "load", ROOT / "articles" / "01-nvidia-openai-letter-of-intent.md",
               "--no-progress").returncode == 0
    with console_process(store_dir, token=TOKEN) as (base, _process):
        yield store_dir, base


def test_a_load_from_the_command_line_shows_in_the_running_console(console, tmp_path):
    store_dir, base = console
    ask_amd = (f"ASK {{ GRAPH ?g {{ ?deal ?role <{AMD}> }} "
               f"FILTER(STRSTARTS(STR(?g), \"https://w3id.org/dealgraph/graph/article/\")) }}")
    assert not sparql_ask(base, ask_amd)
    assert "/id/agreement/" not in entity_page(base)
    done = cli(store_dir, "load", ARTICLE, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert eventually(lambda: sparql_ask(base, ask_amd))
    # the derived graph came with it: AMD is a dg:party of its deal through inference
    assert sparql_ask(base, f"ASK {{ GRAPH <https://w3id.org/dealgraph/graph/derived> {{ "
                            f"?d <https://w3id.org/dealgraph/ontology#party> <{AMD}> }} }}")
    assert "/id/agreement/" in entity_page(base)


def entity_page(base: str) -> str:
    with urllib.request.urlopen(base + "/id/firm/amd", timeout=30) as page:
        assert page.status == 200
        return page.read().decode("utf-8")


def test_reading_commands_work_while_the_console_runs(console, tmp_path):
    store_dir, _base = console
    for argv in (["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json"],
                 ["stats", "--json"], ["graphs"], ["export", "--format", "nquads",
                                                   "--output", tmp_path / "out.nq"],
                 ["validate", "--format", "json", "--output", tmp_path / "report.json"],
                 ["backup", tmp_path / "copy"]):
        done = cli(store_dir, *argv)
        assert done.returncode in (0, 1), (argv, done.stderr)  # validate: 1 = non-conforming
        assert "error" not in done.stderr, (argv, done.stderr)
    assert json.loads(cli(store_dir, "stats", "--json").stdout)["articles"] == 1
    assert (tmp_path / "out.nq").stat().st_size > 0
    with open_store(tmp_path / "copy", read_only=True) as copy:
        assert copy.stats()["articles"] == 1


def test_import_and_remove_from_the_command_line_show_in_the_console(console, tmp_path):
    store_dir, base = console
    data = tmp_path / "data.nt"
    data.write_text(TTL, encoding="utf-8")
    ask = 'ASK { GRAPH <http://example.org/g> { ?s ?p "shared" } }'
    assert cli(store_dir, "import", data, "--graph", "http://example.org/g").returncode == 0
    assert eventually(lambda: sparql_ask(base, ask))
    assert cli(store_dir, "remove", "http://example.org/g").returncode == 0
    assert eventually(lambda: not sparql_ask(base, ask))


def test_a_console_update_shows_on_the_command_line(console):
    store_dir, base = console
    body = urllib.parse.urlencode({"update": "INSERT DATA { GRAPH <http://example.org/u> { "
                                             "<http://example.org/s> <http://example.org/p> 1 } }"})
    request = urllib.request.Request(base + "/update", data=body.encode(), headers={
        "Authorization": f"Bearer {TOKEN}",
        "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 204)
    done = cli(store_dir, "graphs")
    assert done.returncode == 0 and "http://example.org/u" in done.stdout


def test_a_second_writer_waits_with_a_message_then_fails_or_proceeds(tmp_path):
    store_dir = tmp_path / "store"
    data = tmp_path / "data.nt"
    data.write_text(TTL, encoding="utf-8")
    holder = open_store(store_dir, shared=True, bare=True)
    try:
        with holder.writing():  # another process is in the middle of a change
            refused = cli(store_dir, "import", data, "--graph", "http://example.org/g",
                          "--wait", "0.5")
            queued = subprocess.Popen(
                [*dealgraph_command(), "import", str(data), "--graph", "http://example.org/g",
                 "--store", str(store_dir), "--wait", "60"],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            time.sleep(2.0)
            assert queued.poll() is None  # still waiting for the lock
        _out, err = queued.communicate(timeout=60)
    finally:
        holder.close()
    assert refused.returncode == 4
    assert "being written by another dealgraph process" in refused.stderr
    assert "--wait" in refused.stderr and "LOCK" not in refused.stderr
    assert queued.returncode == 0, err
    assert "waiting up to 60 s" in err
    with open_store(store_dir, shared=True) as store:
        assert store.graphs() == {"http://example.org/g": 1}
