"""HTTP load test of a running console (issue 6): N concurrent keep-alive clients for T seconds,
from this (second) process, against 127.0.0.1 only, mixing saved queries (``/sparql``), entity
pages (``/id/...``) and search (``/search?q=``, ``/api/autocomplete?q=``).

    python -m bench.load_test --url http://127.0.0.1:5000 [--clients 16] [--seconds 60]
    python -m bench.load_test --url http://127.0.0.1:5000 --quick      # 4 clients, 10 s

Reports throughput, p50/p99 latency per kind and overall, and the error count (non-2xx answers,
timeouts, connection errors). Bounded: it stops after --seconds and after --max-requests.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
import urllib.parse

from bench.common import emit

FIRMS_QUERY = """SELECT DISTINCT ?f ?l WHERE { ?f a <https://w3id.org/dealgraph/ontology#Firm> ;
  <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 200"""


def _pct(xs: list[float], p: float) -> float | None:
    if not xs:
        return None
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def build_mix(url: str, public_base: str = "https://w3id.org/dealgraph/") -> list[tuple[str, str, str]]:
    """(kind, path, Accept) requests: every saved query, up to 50 entity pages, searches."""
    from bench.http_bench import Client

    client = Client(url)
    status, body = client.sparql(FIRMS_QUERY)
    if status != 200:
        raise SystemExit(f"the console did not answer the firm query: HTTP {status}")
    rows = json.loads(body)["results"]["bindings"]
    firms = [r["f"]["value"] for r in rows]
    labels = [r["l"]["value"] for r in rows]
    mix = []
    try:
        from bench.query_bench import prologue_for
        from kg import saved_queries

        for q in saved_queries.load_all():
            sparql = q.sparql
            if q.parameters:
                if not firms or any("firm" not in p.lower() for p in q.parameters):
                    continue
                sparql = sparql.rstrip() + "\nVALUES (" + " ".join(f"?{p}" for p in q.parameters) \
                    + ") { (" + " ".join(f"<{firms[0]}>" for _ in q.parameters) + ") }\n"
            mix.append(("saved-query", "/sparql?query=" + urllib.parse.quote(prologue_for(sparql) + sparql),
                        "application/sparql-results+json"))
    except ImportError:
        pass
    if not any(k == "saved-query" for k, _, _ in mix):  # no saved queries yet: two stand-ins
        mix.append(("saved-query", "/sparql?query=" + urllib.parse.quote(FIRMS_QUERY),
                    "application/sparql-results+json"))
    for iri in firms[:50]:
        if iri.startswith(public_base):
            mix.append(("entity-page", "/" + urllib.parse.quote(iri[len(public_base):], safe="/"),
                        "text/html"))
    for label in labels[:25]:
        stem = label[:2] if not label.isascii() else label.split()[0][:4]
        mix.append(("search", "/search?q=" + urllib.parse.quote(stem), "text/html"))
        mix.append(("autocomplete", "/api/autocomplete?q=" + urllib.parse.quote(stem), "application/json"))
    client.close()
    return mix


def run_load(url: str, *, clients: int = 16, seconds: float = 60.0, max_requests: int = 1_000_000,
             timeout: float = 30.0, seed: int = 7) -> dict:
    from bench.http_bench import Client

    mix = build_mix(url)
    by_kind: dict[str, list] = {}
    for m in mix:
        by_kind.setdefault(m[0], []).append(m)
    kinds = sorted(by_kind)
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()
    lat: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    sent = [0]

    def one(i: int) -> None:
        rng = random.Random(seed + i)
        client = Client(url, timeout=timeout)
        while time.perf_counter() < deadline:
            with lock:
                if sent[0] >= max_requests:
                    break
                sent[0] += 1
            kind, path, accept = rng.choice(by_kind[rng.choice(kinds)])  # kinds equally often
            t0 = time.perf_counter()
            try:
                status, _ = client.get(path, accept)
                ok = 200 <= status < 300
                err = None if ok else f"HTTP {status}"
            except Exception as exc:  # noqa: BLE001 - every failure counts as an error
                err = type(exc).__name__
            dt = time.perf_counter() - t0
            with lock:
                if err:
                    errors[f"{kind}: {err}"] = errors.get(f"{kind}: {err}", 0) + 1
                else:
                    lat.setdefault(kind, []).append(dt)
        client.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + timeout + 5)
    elapsed = time.perf_counter() - t0
    everything = [x for xs in lat.values() for x in xs]
    n_err = sum(errors.values())
    return {
        "url": url, "clients": clients, "seconds": round(elapsed, 2),
        "requests": len(everything) + n_err, "errors": n_err, "error_kinds": errors,
        "throughput_rps": (len(everything) + n_err) / elapsed,
        "p50_ms": (_pct(everything, 50) or 0) * 1e3, "p99_ms": (_pct(everything, 99) or 0) * 1e3,
        "by_kind": {k: {"n": len(v), "p50_ms": _pct(v, 50) * 1e3, "p99_ms": _pct(v, 99) * 1e3}
                    for k, v in sorted(lat.items())},
        "mix": {k: sum(1 for m in mix if m[0] == k) for k in sorted({m[0] for m in mix})},
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.load_test", description=__doc__.split("\n")[0])
    p.add_argument("--url", default="http://127.0.0.1:5000", help="the running console (loopback only)")
    p.add_argument("--clients", type=int, default=16)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--max-requests", type=int, default=1_000_000)
    p.add_argument("--quick", action="store_true", help="4 clients for 10 s")
    p.add_argument("--json", action="store_true", help="print the JSON result only")
    a = p.parse_args(argv)
    if a.quick:
        a.clients, a.seconds = 4, 10.0
    res = run_load(a.url, clients=a.clients, seconds=a.seconds, max_requests=a.max_requests)
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        print(f"{res['requests']} requests in {res['seconds']} s from {res['clients']} clients: "
              f"{res['throughput_rps']:.0f} req/s, p50 {res['p50_ms']:.1f} ms, p99 {res['p99_ms']:.1f} ms, "
              f"errors {res['errors']} {res['error_kinds'] or ''}")
        print("| kind | requests | p50 ms | p99 ms |\n|---|---:|---:|---:|")
        for k, v in res["by_kind"].items():
            print(f"| {k} | {v['n']} | {v['p50_ms']:.1f} | {v['p99_ms']:.1f} |")
        emit(res)
    return 0 if res["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
