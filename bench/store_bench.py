"""Load time and peak memory: dealgraph's store vs rdflib in memory vs raw pyoxigraph.

Every load runs in a fresh subprocess (peak RSS from ``wait4``'s rusage, i.e. the whole process
including the interpreter); repetitions of the systems are interleaved, medians reported.
All systems load the same file, ``full.nq`` of :mod:`bench.data`.

Systems:
  dealgraph-import  ``kg.import_files`` (what ``dealgraph import`` runs: parse, one transaction,
                    derived graph recomputed), on disk
  dealgraph-disk    ``EmbeddedStore(dir).import_data`` (the store API, no derivation)
  dealgraph-mem     ``EmbeddedStore(None).import_data``
  oxigraph-disk     raw ``pyoxigraph.Store(dir).load(path=...)`` (transactional)
  oxigraph-bulk     raw ``pyoxigraph.Store(dir).bulk_load(path=...)`` (non-transactional)
  oxigraph-mem      raw ``pyoxigraph.Store().load(path=...)``
  rdflib-mem        ``rdflib.Dataset(default_union=True).parse(format="nquads")``
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time

from bench.common import PY, emit, median, note, run_measured, vm_hwm_mb

SYSTEMS = ["dealgraph-import", "dealgraph-disk", "dealgraph-mem", "oxigraph-disk", "oxigraph-bulk",
           "oxigraph-mem", "rdflib-mem"]


def worker(system: str, path: str, tmp: str) -> None:
    import pyoxigraph as ox

    if system.startswith("dealgraph"):
        import kg
        from kg.store import EmbeddedStore
    if system == "rdflib-mem":
        import rdflib
    base_rss = vm_hwm_mb()
    t0 = time.perf_counter()
    if system == "dealgraph-import":
        store = EmbeddedStore(tmp)
        kg.import_files(store, [path])
        n = len(store.oxigraph)
        store.close()
    elif system in ("dealgraph-disk", "dealgraph-mem"):
        store = EmbeddedStore(tmp if system == "dealgraph-disk" else None)
        with open(path, "rb") as handle:
            n = store.import_data(handle.read(), ox.RdfFormat.N_QUADS)
        store.close()
    elif system in ("oxigraph-disk", "oxigraph-bulk", "oxigraph-mem"):
        store = ox.Store(tmp) if system != "oxigraph-mem" else ox.Store()
        if system == "oxigraph-bulk":
            store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
        else:
            store.load(path=path, format=ox.RdfFormat.N_QUADS)
        if system != "oxigraph-mem":
            store.flush()
        n = len(store)
    elif system == "rdflib-mem":
        ds = rdflib.Dataset(default_union=True)
        ds.parse(path, format="nquads")
        n = sum(len(g) for g in ds.graphs())
    else:
        raise SystemExit(f"unknown system {system}")
    emit({"load_s": time.perf_counter() - t0, "quads": n, "base_rss_mb": base_rss})


def run(ctx) -> dict:
    out = {}
    for label, meta in ctx.datasets.items():
        rounds = ctx.load_rounds(label)
        samples: dict[str, list] = {s: [] for s in SYSTEMS}
        for r in range(rounds):
            order = SYSTEMS[r % len(SYSTEMS):] + SYSTEMS[: r % len(SYSTEMS)]
            for system in order:
                if samples[system] and samples[system][-1].get("timed_out"):
                    continue
                tmp = tempfile.mkdtemp(prefix="dg-bench-load-", dir=ctx.tmp)
                m = run_measured([PY, "-m", "bench.store_bench", "--worker", system, meta["full_nq"], tmp + "/s"],
                                 timeout=ctx.load_cap)
                shutil.rmtree(tmp, ignore_errors=True)
                if m["returncode"] and not m["timed_out"]:
                    note(f"[store] {label} {system} failed: {m['stderr_tail']}")
                samples[system].append(m)
        rows = {}
        for system, ms in samples.items():
            ok = [m for m in ms if m["result"]]
            rows[system] = {
                "load_s": median([m["result"]["load_s"] for m in ok]),
                "process_s": median([m["wall_s"] for m in ok]),
                "peak_rss_mb": median([m["peak_rss_mb"] for m in ok]),
                "base_rss_mb": median([m["result"]["base_rss_mb"] for m in ok]),
                "quads": ok[0]["result"]["quads"] if ok else None,
                "runs": len(ok),
                "capped": any(m["timed_out"] for m in ms),
                "failed": len(ms) - len(ok) - sum(m["timed_out"] for m in ms),
            }
        base = rows["oxigraph-disk"]["load_s"]
        for system, row in rows.items():
            row["vs_oxigraph_disk"] = row["load_s"] / base if row["load_s"] and base else None
        rows["rdflib-mem"]["vs_dealgraph_disk"] = (
            rows["rdflib-mem"]["load_s"] / rows["dealgraph-disk"]["load_s"]
            if rows["rdflib-mem"]["load_s"] and rows["dealgraph-disk"]["load_s"] else None)
        out[label] = {"quads": meta["quads"], "rounds": rounds, "systems": rows}
        note(f"[store] {label}: " + ", ".join(
            f"{s} {r['load_s']:.2f}s/{r['peak_rss_mb']:.0f}MB" for s, r in rows.items() if r["load_s"]))
    return out


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--worker", nargs=3, metavar=("SYSTEM", "FILE", "TMPDIR"))
    args = p.parse_args()
    if args.worker:
        worker(*args.worker)
    else:
        sys.exit("run through `python -m bench`")
