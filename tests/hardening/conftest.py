"""Fixtures for the hardening tests: a populated on-disk store, an executor, helpers."""
from __future__ import annotations

import os
import time

import pyoxigraph as ox
import pytest

from kg import default_graph
from kg.store import EmbeddedStore

#: The runaway query of issue 6: a four-way cross product (3,000^4 rows to count).
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def quads(n: int, graph: str = "http://example.org/g") -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    p = ox.NamedNode("http://example.org/p")
    return [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(str(i)), g)
            for i in range(n)]


@pytest.fixture
def big_store(tmp_path):
    """An on-disk store with 3,000 triples, flushed (so read-only opens are fast)."""
    with EmbeddedStore(tmp_path / "store") as store:
        store.oxigraph.extend(quads(3000))
        default_graph.sync(store)  # written natively: bring the default graph in line
        store.oxigraph.flush()
        yield store


def export_nquads(store) -> set[str]:
    return {line for line in store.export(ox.RdfFormat.N_QUADS).decode().splitlines() if line}


def process_gone(pid: int, within: float = 2.0) -> bool:
    """True once `pid` no longer runs (gone, or a zombie awaiting its parent's join)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().split(") ", 1)[1].startswith(("Z", "X")):
                    return True
        except FileNotFoundError:
            return True
        except OSError:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return True
        time.sleep(0.05)
    return False


def canonical(nquads: bytes) -> set[ox.Quad]:
    """A dataset's quads with blank nodes canonically relabelled (RDFC-1.0), for comparison."""
    dataset = ox.Dataset(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(dataset)


# --- shared by the SSRF suites (test_ssrf.py, test_guard_bypass.py) --------------------------
AUTH = {"Authorization": "Bearer t"}


@pytest.fixture
def listener():
    """A loopback listener counting connections (see tests/hardening/listener.py)."""
    from tests.hardening.listener import Listener

    lst = Listener()
    yield lst
    lst.close()


def settle(listener) -> int:
    time.sleep(0.2)  # a fetch in a background thread would have connected by now
    return listener.connections


@pytest.fixture
def client(store):
    """The console over `store` (3 quads), updates allowed with token "t"."""
    webapp = pytest.importorskip("webapp")
    store.oxigraph.extend(quads(3))
    app = webapp.create_app({"STORE": store, "UPDATE_TOKEN": "t", "TESTING": True})
    return app.test_client()


def refused_over_http(client, *, queries=(), updates=(), message: bytes = b"not allowed") -> None:
    """Every query through /sparql (GET, form POST, direct POST) and every update through
    /update (form and direct POST) is a 400 naming the refusal."""
    for query in queries:
        for response in [client.get("/sparql", query_string={"query": query}),
                         client.post("/sparql", data={"query": query}),
                         client.post("/sparql", data=query.encode(),
                                     content_type="application/sparql-query")]:
            assert response.status_code == 400, response.data
            assert message in response.data
    for update in updates:
        for response in [client.post("/update", data={"update": update}, headers=AUTH),
                         client.post("/update", data=update.encode(), headers=AUTH,
                                     content_type="application/sparql-update")]:
            assert response.status_code == 400, response.data
            assert message in response.data
