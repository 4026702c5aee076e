"""Validation time and peak memory with the full shapes set (``shapes/*.ttl``), whole process,
each run in a fresh subprocess (peak RSS from ``wait4``), repetitions interleaved:

  dealgraph-fast       ``kg.validate.validate(store, engine="fast")`` on the prepared on-disk store
                       (the product path: the data is already in the store)
  dealgraph-fast+load  the same on an in-memory store that first loads ``full.nq`` (parse + load
                       counted, like the two tools below)
  pyshacl-rdflib       plain ``pyshacl.validate`` over an rdflib in-memory graph parsed from
                       ``full.nt`` (the union of all graphs, derived graph included)
  jena                 Apache Jena's ``shacl validate`` (Debian's libapache-jena-java, run with
                       ``java -cp``, see :mod:`bench.jena`), same files

pySHACL (and Jena) are killed at the cap and reported "> cap".
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PY, ROOT, emit, median, missing, note, run_measured, vm_hwm_mb

SH_RESULT = "http://www.w3.org/ns/shacl#result"


def merged_shapes(dest: Path) -> Path:
    """All of ``shapes/*.ttl`` as one N-Triples file (Jena takes one --shapes file).

    Jena 4.5 refuses a SPARQL constraint with more than one ``sh:message`` ("More than one
    match"), and ours carry one per language: only the English message is kept for Jena. The
    checks themselves are unchanged.
    """
    import pyoxigraph as ox

    message = ox.NamedNode("http://www.w3.org/ns/shacl#message")
    triples, seen = [], set()
    for p in sorted((ROOT / "shapes").glob("*.ttl")):
        for t in ox.parse(path=str(p), format=ox.RdfFormat.TURTLE):
            if t.predicate == message:
                if getattr(t.object, "language", None) not in (None, "en") or t.subject in seen:
                    continue
                seen.add(t.subject)
            triples.append(t)
    dest.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
    return dest


def worker(system: str, data: str) -> None:
    base = vm_hwm_mb()
    if system in ("dealgraph-fast", "dealgraph-fast+load"):
        import pyoxigraph as ox

        from kg.store import EmbeddedStore
        from kg.validate import validate

        t0 = time.perf_counter()
        if system == "dealgraph-fast":
            store = EmbeddedStore(data)
            load_s = 0.0
        else:
            store = EmbeddedStore(None)
            store.oxigraph.load(path=data, format=ox.RdfFormat.N_QUADS)
            load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        report = validate(store, engine="fast")
        emit({"validate_s": time.perf_counter() - t1, "load_s": load_s,
              "results": len(report.results), "base_rss_mb": base})
    elif system == "pyshacl-rdflib":
        import pyshacl
        import rdflib

        t0 = time.perf_counter()
        g = rdflib.Graph()
        g.parse(data, format="nt")
        shapes = rdflib.Graph()
        for p in sorted((ROOT / "shapes").glob("*.ttl")):
            shapes.parse(p, format="turtle")
        t1 = time.perf_counter()
        _, report, _ = pyshacl.validate(g, shacl_graph=shapes, inference=None,
                                        allow_warnings=True, allow_infos=True)
        emit({"validate_s": time.perf_counter() - t1, "load_s": t1 - t0,
              "results": sum(1 for _ in report.triples((None, rdflib.URIRef(SH_RESULT), None))),
              "base_rss_mb": base})
    else:
        raise SystemExit(f"unknown system {system}")


def run(ctx) -> dict:
    gone = missing("kg.validate", "pyshacl")
    if gone:
        note(f"[validate] not available yet: {gone}")
        return {"skipped": f"not available yet: {gone}"}
    if not list((ROOT / "shapes").glob("*.ttl")):
        note("[validate] not available yet: shapes/*.ttl")
        return {"skipped": "not available yet: shapes/*.ttl"}
    from bench import jena
    from bench.data import copy_store

    tmp = Path(tempfile.mkdtemp(prefix="dg-bench-validate-", dir=ctx.tmp))
    shapes_nt = merged_shapes(tmp / "shapes.nt")
    jena_cmd = jena.command(tmp) if ctx.jena else None
    if ctx.jena and jena_cmd is None:
        note(f"[validate] Jena not available: {jena.WHY_NOT}")
    out = {"jena": "used" if jena_cmd else (jena.WHY_NOT or "disabled")}
    for label, meta in ctx.datasets.items():
        systems = {
            "dealgraph-fast": lambda d: [PY, "-m", "bench.validate_bench", "--worker", "dealgraph-fast",
                                         str(copy_store(meta, d / "store"))],
            "dealgraph-fast+load": lambda d: [PY, "-m", "bench.validate_bench", "--worker",
                                              "dealgraph-fast+load", meta["full_nq"]],
            "pyshacl-rdflib": lambda d: [PY, "-m", "bench.validate_bench", "--worker", "pyshacl-rdflib",
                                         meta["full_nt"]],
        }
        if jena_cmd:
            systems["jena"] = lambda d: jena_cmd + ["validate", "--shapes", str(shapes_nt),
                                                    "--data", meta["full_nt"]]
        samples: dict[str, list] = {s: [] for s in systems}
        names = list(systems)
        for r in range(ctx.validate_rounds(label)):
            for name in names[r % len(names):] + names[: r % len(names)]:
                if samples[name] and samples[name][-1]["timed_out"]:
                    continue  # once over the cap, not again
                d = tmp / f"{label}-{name}-{r}"
                d.mkdir()
                cap = ctx.validate_cap(label) if name in ("pyshacl-rdflib", "jena") else ctx.load_cap
                m = run_measured(systems[name](d), timeout=cap,
                                 count="sh:ValidationResult" if name == "jena" else None)
                shutil.rmtree(d, ignore_errors=True)
                samples[name].append(m)
                if m["returncode"] and not m["timed_out"]:
                    note(f"[validate] {label} {name} failed: {m['stderr_tail']}")
        rows = {}
        for name, ms in samples.items():
            ok = [m for m in ms if m["returncode"] == 0 and not m["timed_out"]]
            row = {
                "process_s": median([m["wall_s"] for m in ok]),
                "peak_rss_mb": median([m["peak_rss_mb"] for m in ok]),
                "capped": any(m["timed_out"] for m in ms),
                "cap_s": ctx.validate_cap(label) if name in ("pyshacl-rdflib", "jena") else None,
                "runs": len(ok),
            }
            if ok and ok[0]["result"] and "validate_s" not in ok[0]["result"]:
                row["results"] = ok[0]["result"]["results"]
            elif ok and ok[0]["result"]:
                row["validate_s"] = median([m["result"]["validate_s"] for m in ok])
                row["load_s"] = median([m["result"]["load_s"] for m in ok])
                row["results"] = ok[0]["result"]["results"]
            rows[name] = row
        if "jena" in rows and rows["jena"]["process_s"] and rows["dealgraph-fast"]["process_s"]:
            rows["jena"]["vs_dealgraph_fast"] = rows["jena"]["process_s"] / rows["dealgraph-fast"]["process_s"]
        out[label] = {"quads": meta["quads"], "systems": rows}
        note(f"[validate] {label}: " + ", ".join(f"{n} {_short(r)}" for n, r in rows.items()))
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def _short(r: dict) -> str:
    if r["capped"]:
        return "> cap"
    if not r["process_s"]:
        return "failed"
    return f"{r['process_s']:.1f}s/{r['peak_rss_mb']:.0f}MB/{r.get('results')} results"


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--worker", nargs=2, metavar=("SYSTEM", "DATA"))
    a = p.parse_args()
    if not a.worker:
        sys.exit("run through `python -m bench`")
    worker(*a.worker)
