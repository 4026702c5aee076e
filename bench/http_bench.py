"""The console over HTTP: start ``dealgraph serve`` in a subprocess, a keep-alive client, and the
section that drives the load test (:mod:`bench.load_test`) against it at each size."""
from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from bench.common import PY, ROOT, note


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``python -m kg serve --store DIR`` on 127.0.0.1, stopped (by its pid) on exit."""

    def __init__(self, store_dir: Path, threads: int = 8, timeout: float = 60.0):
        self.store_dir, self.threads, self.timeout = store_dir, threads, timeout
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def __enter__(self) -> Server:
        self.log = open(Path(self.store_dir).parent / f"serve-{self.port}.log", "wb")
        self.proc = subprocess.Popen(
            [PY, "-m", "kg", "serve", "--store", str(self.store_dir), "--host", "127.0.0.1",
             "--port", str(self.port), "--threads", str(self.threads),
             "--query-timeout", str(self.timeout)],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"dealgraph serve exited with {self.proc.returncode}: "
                                   + Path(self.log.name).read_text(errors="replace")[-800:])
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                c.request("GET", "/sparql?query=" + urllib.parse.quote("ASK {}"),
                          headers={"Accept": "application/sparql-results+json"})
                if c.getresponse().status == 200:
                    c.close()
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("dealgraph serve did not answer within 60 s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


class Client:
    """One keep-alive connection; reconnects after errors and timeouts."""

    ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"

    def __init__(self, url: str, timeout: float = 30.0):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port, self.timeout = parts.hostname, parts.port or 80, timeout
        self.prefix = parts.path.rstrip("/")
        if self.host not in ("127.0.0.1", "localhost", "::1") and not self.host.startswith("127."):
            raise SystemExit("the benchmark client only talks to the loopback interface")
        self.conn = None

    def get(self, path: str, accept: str | None = None) -> tuple[int, bytes]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.conn.request("GET", self.prefix + path, headers={"Accept": accept or self.ACCEPT})
            resp = self.conn.getresponse()
            body = resp.read()
            if resp.will_close:
                self.close()
            return resp.status, body
        except (OSError, http.client.HTTPException, UnicodeError):
            self.close()  # a half-sent request leaves the connection unusable
            raise

    def sparql(self, query: str) -> tuple[int, bytes]:
        return self.get("/sparql?query=" + urllib.parse.quote(query))

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def run(ctx) -> dict:
    """The load test (bench/load_test.py) against a served copy of each prepared store."""
    from bench import load_test
    from bench.data import copy_store

    out = {}
    for label, meta in ctx.datasets.items():
        if label == "1M" or (ctx.quick and label != "10k"):
            continue  # the load test runs at 10k and 100k (issue 6 asks for the bundled corpus)
        store = copy_store(meta, Path(ctx.tmp) / f"http-{label}" / "store")
        with Server(store) as server:
            clients, seconds = (4, 10) if ctx.quick else (16, ctx.load_test_seconds)
            res = load_test.run_load(server.url, clients=clients, seconds=seconds)
        out[label] = res
        note(f"[http] {label}: {res['requests']} requests, {res['throughput_rps']:.0f}/s, "
             f"p50 {res['p50_ms']:.1f} ms, p99 {res['p99_ms']:.1f} ms, errors {res['errors']}")
    return out


if __name__ == "__main__":
    sys.exit("run through `python -m bench --sections http`")
