"""Read the W3C protocol manifests (rdflib) and replay their HTTP requests against a server."""
from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

STATUS = {"OK": (200,), "Created": (201,), "NoContent": (204,), "NotFound": (404,),
          "StatusCode2xx": range(200, 300), "StatusCode3xx": range(300, 400),
          "StatusCode4xx": range(400, 500), "StatusCode5xx": range(500, 600)}


@dataclass
class Expected:
    statuses: list[str] = field(default_factory=list)
    format: str | None = None
    boolean: bool | None = None
    location_var: str | None = None
    content_type: str | None = None
    body: str | None = None


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    expected: Expected


@dataclass
class Case:
    name: str
    title: str
    requests: list[Request]
    graph_data: list[tuple[Path, str]] = field(default_factory=list)


def _list(graph: Graph, node) -> list:
    return list(Collection(graph, node)) if node is not None else []


def read_manifest(path: Path) -> list[Case]:
    """Every entry of a manifest (following mf:include), in order."""
    graph = Graph()
    graph.parse(path, format="turtle")
    manifest = URIRef(path.resolve().as_uri())
    cases: list[Case] = []
    for included in _list(graph, graph.value(manifest, MF.include)):
        cases.extend(read_manifest(Path(str(included).removeprefix("file://"))))
    for entry in _list(graph, graph.value(manifest, MF.entries)):
        name = str(entry).rpartition("#")[2]
        title = str(graph.value(entry, MF.name) or name)
        data = []
        for item in graph.objects(entry, UT.graphData):
            file = Path(str(graph.value(item, UT.graph)).removeprefix("file://"))
            data.append((file, str(graph.value(item, RDFS.label))))
        action = graph.value(entry, MF.action)
        requests = [_request(graph, r) for r in _list(graph, graph.value(action, HT.requests))]
        cases.append(Case(name, title, requests, sorted(data, key=lambda d: d[1])))
    return cases


def _request(graph: Graph, node) -> Request:
    headers = {str(graph.value(h, HT.fieldName)): str(graph.value(h, HT.fieldValue))
               for h in _list(graph, graph.value(node, HT.headers))}
    body = None
    body_node = graph.value(node, HT.body)
    if body_node is not None:
        encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(graph.value(body_node, CNT.chars)).encode(encoding.lower())
    resp = graph.value(node, HT.resp)
    expected = Expected(statuses=sorted(str(s).rpartition("#")[2]
                                        for s in graph.objects(resp, MF.expectedStatus)))
    fmt = graph.value(resp, MF.expectedFormat)
    expected.format = str(fmt) if fmt is not None else None
    boolean = graph.value(resp, MF.expectedBoolean)
    expected.boolean = boolean.toPython() if boolean is not None else None
    location = graph.value(resp, MF.expectedLocation)
    expected.location_var = str(location) if location is not None else None
    resp_headers = {str(graph.value(h, HT.fieldName)).lower(): str(graph.value(h, HT.fieldValue))
                    for h in _list(graph, graph.value(resp, HT.headers))}
    expected.content_type = resp_headers.get("content-type")
    resp_body = graph.value(resp, HT.body)
    if resp_body is not None:
        expected.body = str(graph.value(resp_body, CNT.chars))
    return Request(str(graph.value(node, HT.methodName)), str(graph.value(node, HT.absolutePath)),
                   headers, body, expected)


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def send(base_url: str, method: str, path: str, headers: dict[str, str],
         body: bytes | None) -> Response:
    """One raw HTTP request (http.client adds no Content-Type of its own)."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        return Response(answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read())
    finally:
        connection.close()


def status_ok(status: int, expected: list[str]) -> bool:
    return any(status in STATUS[name] for name in expected)


RESULT_TYPES = {"application/sparql-results+json", "application/sparql-results+xml"}
TABULAR_TYPES = RESULT_TYPES | {"text/csv", "text/tab-separated-values"}
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt",
             "application/rdf+xml": "xml", "application/ld+json": "json-ld"}


def boolean_of(response: Response) -> bool:
    if response.media_type == "application/sparql-results+json":
        return json.loads(response.body)["boolean"]
    root = ET.fromstring(response.body)
    node = root.find("{http://www.w3.org/2005/sparql-results#}boolean")
    return node.text.strip() == "true"


def graph_of(response: Response, base: str = "http://example.org/") -> Graph:
    graph = Graph()
    graph.parse(data=response.body, format=RDF_TYPES[response.media_type], publicID=base)
    return graph
