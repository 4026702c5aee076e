"""The console's time limit really stops a runaway query, and others are answered meanwhile.

Regression for the console running queries in its own process: a cross-product held a waitress
thread (and a core) until it finished, with no limit at all.
"""
from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.store import EmbeddedStore
from tests.webapp.conftest import console_server

RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")


def fetch(url: str, timeout: float = 30) -> tuple[int, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.monotonic() - started


@pytest.mark.slow
def test_runaway_query_is_stopped_and_others_still_answer(tmp_path):
    store_dir = tmp_path / "store"
    with EmbeddedStore(store_dir) as store:
        rows = "\n".join(f"<http://example.org/s{i}> <http://example.org/p> {i} ." for i in range(3000))
        store.replace_graph("http://example.org/g", rows)
    with console_server(store_dir, extra=["--query-timeout", "2"]) as base:
        runaway = base + "/sparql?" + urllib.parse.urlencode({"query": RUNAWAY})
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.update(result=fetch(runaway)))
        worker.start()
        time.sleep(0.5)  # the runaway holds one query worker now
        simple = base + "/sparql?" + urllib.parse.urlencode(
            {"query": "ASK { <http://example.org/s1> ?p ?o }"})
        status, seconds = fetch(simple)
        assert status == 200 and seconds < 1.5, "the other worker must answer meanwhile"
        worker.join(30)
        status, seconds = outcome["result"]
        assert status == 503, "a query past the limit is a 503"
        assert seconds < 2 + 2.5, f"stopped late: {seconds:.1f} s"
        status, _ = fetch(simple)
        assert status == 200, "the pool recovers after killing a worker"
