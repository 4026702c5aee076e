"""The real curl binary against the real server."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.webapp.conftest import TOKEN

pytestmark = [pytest.mark.server,
              pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")]


def curl(*args: str) -> tuple[int, str]:
    out = subprocess.run(["curl", "-sS", "-w", "\n%{http_code}", *args], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    body, _, status = out.rpartition("\n")
    return int(status), body


def test_curl_query_get_and_post(sample_server):
    status, body = curl("-G", sample_server + "/sparql", "-H", "Accept: application/sparql-results+json",
                        "--data-urlencode", "query=SELECT ?l WHERE { <https://w3id.org/dealgraph/id/firm/nvidia> "
                        "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert status == 200
    assert "英伟达" in {b["l"]["value"] for b in json.loads(body)["results"]["bindings"]}
    status, body = curl(sample_server + "/sparql", "-H", "Content-Type: application/sparql-query",
                        "-H", "Accept: text/csv", "--data-binary", "SELECT (1+1 AS ?two) {}")
    assert status == 200 and body.splitlines() == ["two", "2"]


def test_curl_entity_as_turtle_and_update_refused(sample_server):
    status, body = curl("-H", "Accept: text/turtle", sample_server + "/id/firm/nvidia")
    assert status == 200 and "Nvidia" in body
    status, body = curl(sample_server + "/update", "-H", f"Authorization: Bearer {TOKEN}",
                        "-H", "Content-Type: application/sparql-update", "--data-binary", "CLEAR ALL")
    assert status == 403 and "--update-token" in body  # this server was started without a token


def test_curl_update_with_token(writable_server):
    status, _ = curl(writable_server + "/update", "-H", f"Authorization: Bearer {TOKEN}",
                     "--data-urlencode", "update=INSERT DATA { GRAPH <http://ex/curl> { <http://ex/s> <http://ex/p> \"v\" } }")
    assert status == 200
    status, body = curl("-G", writable_server + "/rdf-graph-store", "--data-urlencode", "graph=http://ex/curl",
                        "-H", "Accept: application/n-triples")
    assert status == 200 and '<http://ex/s> <http://ex/p> "v" .' in body
