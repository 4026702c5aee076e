"""The W3C SPARQL 1.1 Graph Store HTTP Protocol tests, against the real server's /rdf-graph-store.

``/gsp`` in the manifest becomes ``/rdf-graph-store``; every request carries the bearer token;
the store is emptied before each test; ``$LOCATION$`` is replaced by the Location of the
response that defined it; expected bodies must be isomorphic to what the server returns.
"""
from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import paths
from tests.webapp.conftest import TOKEN
from tests.webapp.w3c import graph_of, read_manifest, send, status_ok

MANIFEST = paths.shared_dir() / "w3c" / "graph-store-protocol" / "manifest.ttl"
CASES = read_manifest(MANIFEST) if MANIFEST.exists() else []
AUTH = {"Authorization": f"Bearer {TOKEN}"}

pytestmark = [pytest.mark.server, pytest.mark.xdist_group("w3c-protocol")]


def test_manifest_found(shared_dir):
    assert len(read_manifest(shared_dir / "w3c" / "graph-store-protocol" / "manifest.ttl")) == 13


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_graph_store(case, shared_dir, writable_server):
    answer = send(writable_server, "POST", "/update",
                  {**AUTH, "Content-Type": "application/sparql-update"}, b"DROP ALL")
    assert answer.status == 200
    variables: dict[str, str] = {}
    for number, request in enumerate(case.requests, 1):
        path = "/rdf-graph-store" + request.path.removeprefix("/gsp")
        body = request.body
        for name, value in variables.items():
            path = path.replace(name, value)
            body = body.replace(name.encode(), value.encode()) if body else body
        answer = send(writable_server, request.method, path, {**request.headers, **AUTH}, body)
        where = f"{case.name} request {number} ({request.method} {path})"
        expected = request.expected
        assert status_ok(answer.status, expected.statuses), \
            f"{where}: status {answer.status} not in {expected.statuses}: {answer.body[:300]!r}"
        if expected.location_var:
            assert "location" in answer.headers, f"{where}: no Location header"
            variables[expected.location_var] = answer.headers["location"]
        if expected.content_type:
            want = expected.content_type.replace(" ", "").lower()
            assert answer.headers.get("content-type", "").replace(" ", "").lower() == want, where
        if expected.body is not None and request.method != "HEAD":
            want = Graph().parse(data=expected.body, format="turtle")
            got = graph_of(answer)
            assert isomorphic(want, got), f"{where}: graph differs:\n{answer.body.decode()}"
