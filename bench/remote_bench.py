"""Virtuoso beside the embedded store, in one run: load, the saved queries and validation.

For each size, a fresh Debian Virtuoso (``tests/servers.py``: its own folder, free ports,
buffers sized to the data) and a fresh embedded store on disk load the same ``full.nq`` of
:mod:`bench.data` through dealgraph's store API (``import_data``: on Virtuoso the staged write,
Graph Store Protocol chunks then one commit). Then each saved query (``queries/*.rq``) runs
on both, interleaved, median of the rounds; then the fast SHACL engine on both, and pySHACL's
results are not needed: the two fast runs are compared result for result ("same").

    python -m bench --sizes 100k,1M --sections remote
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.common import fmt_ratio, fmt_s, note
from kg.errors import KGError

#: Virtuoso buffers (8 kB pages) per quad loaded, and the floor
_BUFFERS_PER_QUAD, _MIN_BUFFERS = 0.4, 20_000


def run(ctx) -> dict:
    from tests.servers import virtuoso_binaries

    if virtuoso_binaries() is None:
        return {"skipped": "Virtuoso is not installed (apt-get install virtuoso-opensource)"}
    out = {}
    for label, meta in ctx.datasets.items():
        out[label] = one_size(label, meta, rounds=2 if label == "1M" else 3)
    return out


def one_size(label: str, meta: dict, rounds: int) -> dict:
    import pyoxigraph as ox

    from kg.store import EmbeddedStore
    from tests.conftest import virtuoso_store
    from tests.servers import virtuoso_server

    data = Path(meta["full_nq"]).read_bytes()
    buffers = max(_MIN_BUFFERS, int(meta["quads"] * _BUFFERS_PER_QUAD))
    with tempfile.TemporaryDirectory(prefix="dg-bench-remote-") as tmp, \
            virtuoso_server(Path(tmp) / "virtuoso", buffers=buffers) as url:
        remote = virtuoso_store(url, timeout=3600.0)
        local = EmbeddedStore(Path(tmp) / "embedded")
        result = {"quads": meta["quads"], "virtuoso_buffers": buffers, "steps": []}
        for name, store in (("embedded", local), ("virtuoso", remote)):
            t0 = time.perf_counter()
            store.import_data(data, ox.RdfFormat.N_QUADS)
            result[f"load_{name}_s"] = time.perf_counter() - t0
            note(f"[remote] {label}: {name} loaded in {result[f'load_{name}_s']:.1f} s")
        result["same_graphs"] = local.graphs() == remote.graphs()
        result["steps"] += queries(local, remote, rounds)
        result["steps"].append(validation(local, remote))
        local.close()
    return result


def queries(local, remote, rounds: int) -> list[dict]:
    import kg
    from kg.saved_queries import load_all

    steps = []
    for query in load_all():
        times: dict[str, list[float]] = {"embedded": [], "virtuoso": []}
        answers, failed = {}, {}
        for _ in range(rounds):
            for name, store in (("embedded", local), ("virtuoso", remote)):
                if name in failed:
                    continue
                t0 = time.perf_counter()
                try:
                    answers[name] = len(kg.query(store, query.sparql).rows)
                except KGError as exc:  # reported in the table, the other queries still run
                    failed[name] = str(exc)[:160]
                    continue
                times[name].append(time.perf_counter() - t0)
        steps.append({"step": f"query {query.name}", **_medians(times), "failed": failed,
                      "same": answers.get("embedded") == answers.get("virtuoso"),
                      "rows": answers.get("embedded")})
    return steps


def validation(local, remote) -> dict:
    from kg.validate import load_shapes, raw_results

    shapes = load_shapes()
    times, found = {}, {}
    for name, store in (("embedded", local), ("virtuoso", remote)):
        t0 = time.perf_counter()
        found[name] = {r.key() for r in raw_results(store, shapes, engine="fast")}
        times[name] = [time.perf_counter() - t0]
    return {"step": "validate (fast engine)", **_medians(times),
            "same": found["embedded"] == found["virtuoso"], "rows": len(found["embedded"])}


def _medians(times: dict[str, list[float]]) -> dict:
    return {f"{name}_s": statistics.median(values) if values else None
            for name, values in times.items()}


def render(sec: dict) -> list[str]:
    out = ["## Remote store: Virtuoso 7.2 beside the embedded store (same data, same run)", "",
           "Ratio: Virtuoso's time over the embedded store's (above 1: Virtuoso slower). "
           "Queries: median of the rounds, through dealgraph's store API (HTTP included). "
           "\"same\": the row counts (queries) or the result sets (validation) are equal.", "",
           "| size | step | embedded | Virtuoso | ratio | same |", "|---|---|---:|---:|---:|---|"]
    for label, d in sec.items():
        if "load_embedded_s" not in d:
            continue
        out.append(f"| {label} | load {d['quads']:,} quads (`import_data`) | "
                   f"{fmt_s(d['load_embedded_s'])} | {fmt_s(d['load_virtuoso_s'])} | "
                   f"{fmt_ratio(d['load_virtuoso_s'] / d['load_embedded_s'])} | "
                   f"{'graphs equal' if d['same_graphs'] else 'GRAPHS DIFFER'} |")
        for step in d["steps"]:
            failed = step.get("failed") or {}
            if failed:
                out.append(f"| {label} | {step['step']} | {fmt_s(step['embedded_s'])} | "
                           f"failed: {'; '.join(f'{k}: {v}' for k, v in failed.items())} | | |")
                continue
            ratio = step["virtuoso_s"] / step["embedded_s"] if step["embedded_s"] else None
            out.append(f"| {label} | {step['step']} | {fmt_s(step['embedded_s'])} | "
                       f"{fmt_s(step['virtuoso_s'])} | {fmt_ratio(ratio)} | "
                       f"{'yes' if step['same'] else 'NO'} ({step['rows']}) |")
    return out + [""]
