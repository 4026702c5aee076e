"""Resource limits at the HTTP layer: request bodies, hostile RDF (billion laughs, deep nesting),
deep SPARQL, result rows, URL length, form fields. Each cap answers a clear 4xx quickly and the
real server process neither dies nor balloons."""
from __future__ import annotations

import io
import select
import socket
import time
from urllib.parse import quote, urlsplit

import pytest

from tests.webapp.conftest import TOKEN
from tests.websec.conftest import AUTH

MB = 2**20
MAX_BODY = 16 * MB  # webapp DEFAULTS["MAX_BODY"]


# --- raw HTTP against the real server (waitress) ---------------------------------------------
def raw_request(base: str, method: str, path: str, headers: dict[str, str], body=(),
                timeout: float = 20.0) -> tuple[int, bytes, int, float]:
    """Send a request by hand (so a body can be streamed, or announced and never sent), stop
    sending as soon as the server answers; return (status, response head+body, bytes of body
    sent, seconds)."""
    url = urlsplit(base)
    start = time.monotonic()
    sent = 0
    with socket.create_connection((url.hostname, url.port), timeout=timeout) as sock:
        head = f"{method} {path} HTTP/1.1\r\nHost: {url.netloc}\r\nConnection: close\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        sock.sendall(head.encode("latin-1"))
        for chunk in body:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break  # the server already answered: stop uploading
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        data = b""
        try:
            while time.monotonic() - start < timeout:
                piece = sock.recv(65536)
                if not piece:
                    break
                data += piece
        except (ConnectionResetError, socket.timeout):
            pass
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data, sent, time.monotonic() - start


def chunked(total: int, size: int = MB):
    block = b"x" * size
    for _ in range(total // size):
        yield f"{size:x}\r\n".encode() + block + b"\r\n"
    yield b"0\r\n\r\n"


def plain(total: int, size: int = MB):
    block = b"#" * size
    for _ in range(total // size):
        yield block


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def alive(base: str, process) -> bool:
    import urllib.request

    with urllib.request.urlopen(base + "/health", timeout=10) as response:
        return response.status == 200 and process.poll() is None


# --- hostile documents -----------------------------------------------------------------------
def billion_laughs(levels: int = 10) -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{chr(10).join(entities)}\n]>\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:ex="http://example.org/">\n<rdf:Description rdf:about="http://example.org/s">'
            f'<ex:p>&lol{levels - 1};</ex:p></rdf:Description>\n</rdf:RDF>\n').encode()


def quadratic_blowup(value_kb: int = 200, refs: int = 20000) -> bytes:
    """One big flat entity referenced many times (no nesting: the other XML bomb)."""
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY a "{"A" * value_kb * 1024}"> ]>\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/s">'
            f'<ex:p>{"&a;" * refs}</ex:p></rdf:Description></rdf:RDF>').encode()


def deep_jsonld(depth: int = 5000) -> bytes:
    return (('{"@id": "http://example.org/x", "http://example.org/p": ' * depth) + "1"
            + "}" * depth).encode()


def deep_rdfxml(depth: int = 20000) -> bytes:
    open_ = '<ex:p><rdf:Description>' * depth
    close = '</rdf:Description></ex:p>' * depth
    return ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/s">'
            f'{open_}{close}</rdf:Description></rdf:RDF>').encode()


def deep_sparql(depth: int = 3000) -> str:
    return "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth


GRAPH = "/rdf-graph-store?graph=" + quote("https://w3id.org/dealgraph/graph/websec-upload", safe="")


# --- request bodies ----------------------------------------------------------------------------
class CountingStream(io.RawIOBase):
    """A body that counts what the app reads from it (and would yield `size` bytes)."""

    def __init__(self, size: int):
        self.size, self.read_bytes, self.position = size, 0, 0

    def readable(self):
        return True

    def seekable(self):
        return True

    def seek(self, offset, whence=0):
        self.position = {0: offset, 1: self.position + offset, 2: self.size + offset}[whence]
        return self.position

    def tell(self):
        return self.position

    def readinto(self, buffer):
        n = max(0, min(len(buffer), self.size - self.position))
        buffer[:n] = b"#" * n
        self.read_bytes += n
        self.position += n
        return n


@pytest.mark.parametrize("method, path, headers", [
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}),
    ("POST", "/sparql", {"Content-Type": "application/x-www-form-urlencoded"}),
    ("POST", "/update", {"Content-Type": "application/sparql-update", **AUTH}),
    ("PUT", GRAPH, {"Content-Type": "text/turtle", **AUTH}),
    ("POST", "/api/labels", {"Content-Type": "application/json"}),
])
def test_body_over_the_limit_is_413_without_reading_it(client, snapshot, method, path, headers):
    stream = CountingStream(50 * MB)
    started = time.monotonic()
    response = client.open(path, method=method, input_stream=stream,
                           headers={**headers, "Content-Length": str(50 * MB)})
    assert response.status_code == 413, response.data[:200]
    assert b"larger than this server accepts" in response.data or path == "/api/labels"
    assert stream.read_bytes == 0, "the app read a body it was going to refuse"
    assert time.monotonic() - started < 2
    snapshot.check()


def test_the_limit_is_configurable_and_exact(shared_store):
    from webapp import create_app

    client = create_app({"STORE": shared_store, "MAX_BODY": 4096, "TESTING": True}).test_client()
    query = b"ASK {}" + b"\n" * (4096 - 6)
    sparql = {"Content-Type": "application/sparql-query"}
    assert client.post("/sparql", data=query, headers=sparql).status_code == 200
    assert client.post("/sparql", data=query + b"\n", headers=sparql).status_code == 413


@pytest.mark.parametrize("method, path, extra", [
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}),
    ("POST", "/update", {"Content-Type": "application/sparql-update", **AUTH}),
    ("PUT", GRAPH, {"Content-Type": "text/turtle", **AUTH}),
    ("POST", "/update", {"Content-Type": "application/sparql-update"}),
])
def test_a_1gb_upload_is_refused_before_it_is_sent(hostile_server_process, method, path, extra):
    """Content-Length: 1 GB and no body at all: the server answers 413 from the headers alone
    (waitress max_request_body_size), without waiting for (or buffering) a byte."""
    base, process = hostile_server_process
    status, data, sent, seconds = raw_request(
        base, method, path, {**extra, "Content-Length": str(2**30)}, body=(), timeout=10)
    assert status == 413, data[:300]
    assert seconds < 5
    assert alive(base, process)


def test_a_50mb_streamed_upload_is_cut_off_quickly(hostile_server_process):
    """A chunked upload with no Content-Length: refused once past the limit, not read to the end."""
    base, process = hostile_server_process
    before = peak_rss_mb(process.pid)
    status, data, sent, seconds = raw_request(
        base, "POST", "/sparql", {"Content-Type": "application/sparql-query",
                                  "Transfer-Encoding": "chunked"}, body=chunked(50 * MB), timeout=30)
    assert status == 413, data[:300]
    assert sent < 40 * MB, f"the server read {sent / MB:.0f} MB before refusing"
    assert seconds < 20
    assert alive(base, process)
    assert peak_rss_mb(process.pid) - before < 100


def test_a_50mb_announced_upload_is_refused_at_once(hostile_server_process):
    base, process = hostile_server_process
    status, data, sent, seconds = raw_request(
        base, "PUT", GRAPH, {"Content-Type": "text/turtle", "Content-Length": str(50 * MB), **AUTH},
        body=plain(50 * MB), timeout=30)
    assert status == 413, data[:300]
    assert sent < 40 * MB and seconds < 10


# --- hostile RDF uploads -----------------------------------------------------------------------
@pytest.mark.parametrize("name, document, media", [
    ("billion laughs", billion_laughs(), "application/rdf+xml"),
    ("quadratic blowup", quadratic_blowup(), "application/rdf+xml"),
    ("external entity", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "application/rdf+xml"),
    ("deep RDF/XML", deep_rdfxml(), "application/rdf+xml"),
    ("deep JSON-LD", deep_jsonld(), "application/ld+json"),
    ("deep JSON-LD as application/json", deep_jsonld(), "application/json"),
])
def test_hostile_rdf_uploads_are_400_quickly(client, snapshot, name, document, media):
    for method in ("PUT", "POST"):
        started = time.monotonic()
        response = client.open(GRAPH, method=method, data=document,
                               headers={**AUTH, "Content-Type": media})
        assert response.status_code == 400, (name, response.status_code, response.data[:300])
        assert time.monotonic() - started < 5, name
    snapshot.check()


def test_hostile_rdf_in_a_multipart_upload_is_400(client, snapshot):
    boundary = "websecboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.jsonld\"\r\n"
            "Content-Type: application/ld+json\r\n\r\n").encode() + deep_jsonld() + \
        f"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"b\"; filename=\"b.rdf\"\r\n\r\n".encode() + \
        billion_laughs() + f"\r\n--{boundary}--\r\n".encode()
    response = client.post(GRAPH, data=body, headers={
        **AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert response.status_code == 400
    snapshot.check()


def test_billion_laughs_on_the_real_server_neither_kills_nor_bloats_it(hostile_server_process):
    """Unguarded, pyoxigraph expands 1 KB of nested entities into gigabytes (3 GB in 36 s)."""
    base, process = hostile_server_process
    before = peak_rss_mb(process.pid)
    document = billion_laughs()
    assert len(document) < 2000
    status, data, _, seconds = raw_request(
        base, "PUT", GRAPH, {**AUTH, "Content-Type": "application/rdf+xml",
                             "Content-Length": str(len(document))}, body=[document], timeout=15)
    assert status == 400 and b"billion laughs" in data, data[:300]
    assert seconds < 5
    assert peak_rss_mb(process.pid) - before < 50, "the server's memory grew"
    assert alive(base, process)


@pytest.mark.parametrize("name, document, media", [
    ("deep JSON-LD", deep_jsonld(), "application/ld+json"),
    ("deep RDF/XML", deep_rdfxml(), "application/rdf+xml"),
])
def test_deep_documents_on_the_real_server_do_not_crash_it(hostile_server_process, name, document, media):
    """~3,100 nested JSON-LD objects segfault pyoxigraph's parser: it would take the server down."""
    base, process = hostile_server_process
    status, data, _, seconds = raw_request(
        base, "PUT", GRAPH, {**AUTH, "Content-Type": media, "Content-Length": str(len(document))},
        body=[document], timeout=15)
    assert status == 400, (name, data[:300])
    assert alive(base, process), f"{name} killed the server"


# --- hostile queries -----------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [200, 3000, 50000])
def test_deeply_nested_queries_are_400_not_a_crash(hostile_server_process, depth):
    """A GET anyone can send: ~2,100 nested groups segfault the SPARQL parser (the server with it)."""
    base, process = hostile_server_process
    body = deep_sparql(depth).encode()
    for path, extra in (("/sparql", {"Content-Type": "application/sparql-query"}),
                        ("/update", {"Content-Type": "application/sparql-update", **AUTH})):
        status, data, _, seconds = raw_request(
            base, "POST", path, {**extra, "Content-Length": str(len(body))}, body=[body], timeout=15)
        assert status == 400 and b"nests" in data, (path, data[:300])
    nested_calls = "SELECT (" + "STR(" * 2000 + "1" + ")" * 2000 + " AS ?x) {}"
    status, data, _, _ = raw_request(base, "GET", "/sparql?query=" + quote(nested_calls), {})
    assert status == 400, data[:300]
    assert alive(base, process)


def test_row_cap_is_a_clear_4xx(shared_store):
    from webapp import create_app

    client = create_app({"STORE": shared_store, "MAX_ROWS": 5, "TESTING": True}).test_client()
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 413
    assert b"more than 5 rows" in response.data and b"LIMIT" in response.data
    construct = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert construct.status_code == 413
    ok = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
    assert ok.status_code == 200
    as_json = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"},
                         headers={"Accept": "application/json"})
    assert as_json.status_code == 413
    for path in ("/id/firm/nvidia", "/search?q=a", "/flows", "/dataset"):
        assert client.get(path).status_code in (200, 413)


# --- URLs, headers, form fields ------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/sparql?query=", "/search?q=", "/id/firm/nvidia?x=",
                                  "/api/autocomplete?q=", "/rdf-graph-store?graph="])
def test_over_long_query_string_is_414(client, path):
    started = time.monotonic()
    response = client.get(path + "a" * (2 * MB))
    assert response.status_code == 414
    assert time.monotonic() - started < 2
    assert client.get(path + "a" * 1000).status_code < 500


def test_over_long_urls_on_the_real_server_are_4xx(hostile_server_process):
    base, process = hostile_server_process
    for size in (100_000, 300_000, 2 * MB):
        status, data, _, _ = raw_request(base, "GET", "/sparql?query=" + "a" * size, {})
        assert status in (400, 414, 431), (size, data[:200])
    status, data, _, _ = raw_request(base, "GET", "/health", {"X-Big": "b" * (1 * MB)})
    assert status in (400, 431), data[:200]
    assert alive(base, process)


def test_a_form_with_millions_of_fields_is_refused_fast(client):
    """16 MB of ``a&a&...``: 8 million fields cost 18 s and 700 MB before the field cap."""
    body = b"a&" * (MAX_BODY // 2 - 8)
    started = time.monotonic()
    response = client.post("/sparql", data=body,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400 and b"parameters" in response.data
    assert time.monotonic() - started < 3
    assert client.get("/sparql?" + "a&" * 5000).status_code == 400


def test_deeply_nested_json_to_the_label_api_is_400(client):
    response = client.post("/api/labels", data="[" * 100_000 + "]" * 100_000,
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 400
