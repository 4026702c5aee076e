"""The W3C SPARQL 1.1 Protocol test suite, replayed against the real server (`dealgraph serve`).

Requests that carry an update (an ``update=`` parameter or body, or
``application/sparql-update``) go to ``/update`` with the bearer token; everything else goes to
``/sparql``, exactly as the manifest gives it. Before each test the store is emptied and the
test's ``ut:graphData`` files are loaded (through the Graph Store Protocol).
"""
from __future__ import annotations

import pytest

from kg import paths
from tests.webapp.conftest import TOKEN
from tests.webapp.w3c import (RDF_TYPES, RESULT_TYPES, TABULAR_TYPES, boolean_of, graph_of,
                              read_manifest, send, status_ok)

MANIFEST = paths.shared_dir() / "w3c" / "sparql11-protocol" / "manifest.ttl"
CASES = read_manifest(MANIFEST) if MANIFEST.exists() else []
AUTH = {"Authorization": f"Bearer {TOKEN}"}

pytestmark = [pytest.mark.server, pytest.mark.xdist_group("w3c-protocol")]


def test_manifest_has_34_tests(shared_dir):
    assert len(read_manifest(shared_dir / "w3c" / "sparql11-protocol" / "manifest.ttl")) == 34


def carries_update(request) -> bool:
    content_type = {k.lower(): v for k, v in request.headers.items()}.get("content-type", "")
    body = request.body or b""
    query_string = request.path.partition("?")[2]
    return (content_type.startswith("application/sparql-update") or body.startswith(b"update=")
            or b"&update=" in body or any(p.startswith("update=") for p in query_string.split("&")))


def reset(server: str, graph_data) -> None:
    answer = send(server, "POST", "/update", {**AUTH, "Content-Type": "application/sparql-update"},
                  b"DROP ALL")
    assert answer.status == 200, answer.body
    for file, name in graph_data:
        answer = send(server, "PUT", "/rdf-graph-store?graph=" + name,
                      {**AUTH, "Content-Type": "application/n-triples"}, file.read_bytes())
        assert answer.status in (201, 204), answer.body


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_protocol(case, shared_dir, writable_server):
    reset(writable_server, case.graph_data)
    for number, request in enumerate(case.requests, 1):
        update = carries_update(request)
        endpoint = "/update" if update else "/sparql"
        path = endpoint + request.path.removeprefix("/sparql/").removeprefix("/sparql")
        headers = {**request.headers, **(AUTH if update else {})}
        answer = send(writable_server, request.method, path, headers, request.body)
        where = f"{case.name} request {number} ({request.method} {path})"
        expected = request.expected
        assert status_ok(answer.status, expected.statuses), \
            f"{where}: status {answer.status} not in {expected.statuses}: {answer.body[:300]!r}"
        if expected.format == "boolean":
            assert answer.media_type in RESULT_TYPES, f"{where}: {answer.media_type}"
        elif expected.format == "tabular":
            assert answer.media_type in TABULAR_TYPES, f"{where}: {answer.media_type}"
        elif expected.format == "RDF":
            assert answer.media_type in RDF_TYPES, f"{where}: {answer.media_type}"
            graph_of(answer)  # parses
        if expected.boolean is not None:
            assert boolean_of(answer) is expected.boolean, f"{where}: wrong ASK answer"
