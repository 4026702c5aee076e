"""Query latency: the saved queries plus a lookup, an aggregation, text searches and a DESCRIBE,
through ``kg.Store`` (query -> rows), through the HTTP endpoint, vs raw pyoxigraph in the same
storage mode (results fully iterated: every row materialised as a tuple of terms) and vs rdflib's
engine over an in-memory ``Dataset(default_union=True)``.

One worker process per size holds every system at once, so repetitions can be interleaved
(round-robin over the systems, one warm-up each, then until ``max_reps`` or the per-system time
budget; medians). A run over the cap stops that system for that query and is reported "> cap":
rdflib (pure Python) is interrupted with SIGALRM, HTTP by the socket timeout; Oxigraph calls
cannot be interrupted, so they are only reported as over the cap after they finish.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PY, Timeout, alarm, emit, median, missing, note, run_measured

P = """PREFIX dg: <https://w3id.org/dealgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


def builtin_queries(firm: str) -> dict[str, str]:
    return {
        "lookup:nonbinding-collateral": P + """SELECT ?fin ?agreement WHERE {
  ?fin a dg:Financing ; dg:collateral ?agreement .
  { ?agreement a dg:LetterOfIntent } UNION { ?agreement dg:isLegallyBinding false }
}""",
        "lookup:firm-agreements": P + f"""SELECT ?agreement ?role ?other WHERE {{
  ?agreement ?role <{firm}> . ?role rdfs:subPropertyOf dg:party .
  OPTIONAL {{ ?agreement dg:party ?other FILTER(?other != <{firm}>) }}
}}""",
        "aggregate:gw-per-customer": P + """SELECT ?firm (SUM(?gw) AS ?total) (COUNT(?a) AS ?deals) WHERE {
  ?a a dg:ComputeCommitment ; dg:customer ?firm ; dg:capacityGW ?gw .
} GROUP BY ?firm ORDER BY DESC(?total) LIMIT 50""",
        "text:contains-label-en": P + """SELECT ?f ?label WHERE {
  ?f a dg:Firm ; rdfs:label ?label .
  FILTER(CONTAINS(LCASE(STR(?label)), "cloud"))
}""",
        "text:regex-evidence-zh": P + """SELECT ?ev ?quote WHERE {
  ?ev oa:hasSelector ?sel . ?sel oa:exact ?quote .
  FILTER(LANG(?quote) = "zh" && REGEX(?quote, "意向书|谅解备忘录"))
} LIMIT 200""",
        "describe:firm": f"DESCRIBE <{firm}>",
    }


def prologue_for(sparql: str) -> str:
    """The project's PREFIX lines that `sparql` uses but does not declare itself."""
    from kg.namespaces import PREFIXES

    declared = set(re.findall(r"(?i)PREFIX\s+([\w-]*):", sparql))
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)


class BoundQuery(str):
    """A parameterised saved query: as text it carries a trailing VALUES clause (for rdflib and
    HTTP, which have no bound parameters); ``plain`` + ``bindings`` are used by kg.Store (its
    ``bindings=``) and raw pyoxigraph (``substitutions=``), which substitute before evaluating."""

    plain: str
    bindings: dict


def saved_queries(firm: str) -> tuple[dict[str, str], list[str]]:
    """Saved queries with parameters bound (a trailing VALUES clause); notes for skipped ones."""
    from kg import saved_queries as sq

    out, notes = {}, []
    for q in sq.load_all():
        sparql = q.sparql
        params = list(q.parameters)
        unbound = [p for p in params if "firm" not in p.lower()]
        if unbound:
            notes.append(f"saved:{q.name} skipped (parameter {unbound} has no benchmark value)")
            continue
        if params:
            plain = prologue_for(sparql) + sparql
            sparql = sparql.rstrip() + "\nVALUES (" + " ".join(f"?{p}" for p in params) + ") { (" \
                + " ".join(f"<{firm}>" for _ in params) + ") }\n"
            bound = BoundQuery(prologue_for(sparql) + sparql)
            bound.plain, bound.bindings = plain, {p: firm for p in params}
            out[f"saved:{q.name}"] = bound
            continue
        out[f"saved:{q.name}"] = prologue_for(sparql) + sparql
    return out, notes


# --- one call per system, each returning the number of results ----------------------------------
def via_store(store, q):
    if isinstance(q, BoundQuery):
        return len(store.query(q.plain, bindings=q.bindings))
    return len(store.query(q))


def via_raw(oxstore, q):
    import pyoxigraph as ox

    if isinstance(q, BoundQuery):
        subs = {ox.Variable(k): ox.NamedNode(v) for k, v in q.bindings.items()}
        res = oxstore.query(q.plain, substitutions=subs)  # the default graph: each fact once
    else:
        res = oxstore.query(q)
    if isinstance(res, ox.QueryBoolean):
        return int(bool(res))
    if isinstance(res, ox.QuerySolutions):
        return len([tuple(s) for s in res])
    return len(list(res))


def via_rdflib(ds, q):
    r = ds.query(q)
    if r.type == "ASK":
        return int(bool(r.askAnswer))
    if r.type in ("CONSTRUCT", "DESCRIBE"):
        return len(r.graph)
    return len(list(r))


def via_http(client, q):
    status, body = client.sparql(q)
    if status != 200:
        raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
    return body


def _count_http(body: bytes) -> int | None:
    try:
        data = json.loads(body)
        return len(data["results"]["bindings"]) if "results" in data else int(data.get("boolean", 0))
    except ValueError:  # an RDF graph (DESCRIBE) as N-Triples or Turtle
        return sum(1 for line in body.decode("utf-8", "replace").splitlines() if line.strip().endswith("."))


def bench_query(systems: dict, q: str, *, cap: float, max_reps: int, budget: float) -> dict:
    stats = {name: {"times": [], "capped": False, "error": None, "results": None} for name in systems}
    active = list(systems)
    rounds = 0
    while active and rounds <= max_reps:
        for name in list(active):
            fn, interruptible = systems[name]
            st = stats[name]
            t0 = time.perf_counter()
            try:
                if interruptible:
                    with alarm(cap):
                        res = fn(q)
                else:
                    res = fn(q)
            except (Timeout, TimeoutError):
                st["capped"] = True
                active.remove(name)
                continue
            except Exception as exc:  # noqa: BLE001 - reported, not hidden
                st["error"] = f"{type(exc).__name__}: {exc}"[:300]
                active.remove(name)
                continue
            dt = time.perf_counter() - t0
            if st["results"] is None:
                st["results"] = _count_http(res) if isinstance(res, bytes) else res
            st["times"].append(dt)
            if dt > cap:
                st["capped"] = True
                active.remove(name)
            elif rounds >= 3 and sum(st["times"][1:]) > budget:
                active.remove(name)
        rounds += 1
    out = {}
    for name, st in stats.items():
        ts = st["times"][1:] if len(st["times"]) > 1 else st["times"]  # first run = warm-up
        out[name] = {"median_s": None if st["capped"] else median(ts), "reps": len(ts),
                     "capped": st["capped"], "error": st["error"], "results": st["results"]}
    return out


def worker(meta_path: str, cap: float, max_reps: int, budget: float, with_rdflib: bool,
           with_http: bool) -> None:
    import pyoxigraph as ox

    from bench.data import copy_store
    from kg import default_graph
    from kg.store import EmbeddedStore

    meta = json.loads(Path(meta_path).read_text())
    tmp = Path(tempfile.mkdtemp(prefix="dg-bench-query-"))
    setup = {}
    notes = []
    try:
        t0 = time.perf_counter()
        kg_disk = EmbeddedStore(copy_store(meta, tmp / "disk"))
        kg_mem = EmbeddedStore(None)
        kg_mem.oxigraph.load(path=meta["full_nq"], format=ox.RdfFormat.N_QUADS)
        default_graph.sync(kg_mem)  # loaded natively: the default graph (each fact once) follows
        setup["oxigraph_s"] = time.perf_counter() - t0
        rows = kg_disk.query("""PREFIX dg: <https://w3id.org/dealgraph/ontology#>
            SELECT ?f (COUNT(?a) AS ?n) WHERE { ?a dg:party ?f . ?f a dg:Firm }
            GROUP BY ?f ORDER BY DESC(?n) ?f LIMIT 1""").rows
        firm = rows[0]["f"].value if rows else meta["sample_firms"][0]
        queries = builtin_queries(firm)
        if missing("kg.saved_queries") is None:
            saved, skipped = saved_queries(firm)
            notes += skipped
            if not saved:
                notes.append("not available yet: queries/*.rq (no saved queries in queries/)")
            queries = {**saved, **queries}
        else:
            notes.append("not available yet: kg.saved_queries")
        systems = {
            "store-disk": (lambda q: via_store(kg_disk, q), False),
            "raw-disk": (lambda q: via_raw(kg_disk.oxigraph, q), False),
            "store-mem": (lambda q: via_store(kg_mem, q), False),
            "raw-mem": (lambda q: via_raw(kg_mem.oxigraph, q), False),
        }
        server = None
        if with_http:
            gone = missing("webapp", "waitress", "kg.cli.serve_cmd")
            if gone:
                notes.append(f"not available yet: {gone} (HTTP column skipped)")
            else:
                from bench.http_bench import Client, Server

                try:
                    server = Server(copy_store(meta, tmp / "http"), timeout=cap).__enter__()
                    client = Client(server.url, timeout=cap)
                    systems["http"] = (lambda q: via_http(client, q), False)
                except Exception as exc:  # noqa: BLE001
                    notes.append(f"HTTP column skipped: {exc}"[:400])
                    server = None
        if with_rdflib:
            import rdflib

            t0 = time.perf_counter()
            ds = rdflib.Dataset(default_union=True)
            ds.parse(meta["full_nq"], format="nquads")
            setup["rdflib_load_s"] = time.perf_counter() - t0
            systems["rdflib-mem"] = (lambda q: via_rdflib(ds, q), True)
        results = {}
        for name, q in queries.items():
            r = bench_query(systems, q, cap=cap, max_reps=max_reps, budget=budget)
            results[name] = r
            counts = {s: v["results"] for s, v in r.items() if v["results"] is not None}
            if len(set(counts.values())) > 1:
                notes.append(f"{name}: result counts differ between systems: {counts}")
            note(f"[query] {meta['label']} {name}: " + ", ".join(
                f"{s} {_short(v)}" for s, v in r.items()))
        if server:
            server.__exit__(None, None, None)
        emit({"firm": firm, "setup": setup, "queries": results, "notes": notes})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _short(v: dict) -> str:
    if v["capped"]:
        return ">cap"
    if v["error"]:
        return "ERR " + v["error"][:80]
    return f"{v['median_s'] * 1e3:.2f}ms"


def _ratio(a, b):
    return a / b if a and b else None


def run(ctx) -> dict:
    out = {}
    for label, meta in ctx.datasets.items():
        cmd = [PY, "-m", "bench.query_bench", "--worker", meta["folder"] + "/meta.json",
               "--cap", str(ctx.query_cap), "--max-reps", str(ctx.max_reps),
               "--budget", str(ctx.query_budget)]
        if not ctx.rdflib:
            cmd.append("--no-rdflib")
        if "http" not in ctx.sections and not ctx.http_queries:
            cmd.append("--no-http")
        m = run_measured(cmd, timeout=ctx.query_section_cap)
        if not m["result"]:
            note(f"[query] {label}: worker failed (rc {m['returncode']}, timed out {m['timed_out']}): "
                 f"{m['stderr_tail']}")
            out[label] = {"error": m["stderr_tail"] or "timed out"}
            continue
        res = m["result"]
        for name, r in res["queries"].items():
            med = {s: v["median_s"] for s, v in r.items()}
            r["ratios"] = {
                "store/raw disk": _ratio(med.get("store-disk"), med.get("raw-disk")),
                "store/raw mem": _ratio(med.get("store-mem"), med.get("raw-mem")),
                "rdflib/store disk": _ratio(med.get("rdflib-mem"), med.get("store-disk")),
                "rdflib/store mem": _ratio(med.get("rdflib-mem"), med.get("store-mem")),
            }
            if r.get("rdflib-mem", {}).get("capped") and med.get("store-disk"):
                # a lower bound: rdflib took at least the cap
                r["ratios"]["rdflib/store disk >="] = ctx.query_cap / med["store-disk"]
        res["quads"] = meta["quads"]
        res["worker_peak_rss_mb"] = m["peak_rss_mb"]
        out[label] = res
        for n in res["notes"]:
            note(f"[query] {label}: {n}")
    return out


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--worker", metavar="META_JSON")
    p.add_argument("--cap", type=float, default=10.0)
    p.add_argument("--max-reps", type=int, default=20)
    p.add_argument("--budget", type=float, default=2.0)
    p.add_argument("--no-rdflib", action="store_true")
    p.add_argument("--no-http", action="store_true")
    a = p.parse_args()
    if not a.worker:
        sys.exit("run through `python -m bench`")
    worker(a.worker, a.cap, a.max_reps, a.budget, not a.no_rdflib, not a.no_http)
