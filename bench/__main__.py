"""``python -m bench``: every section at every size, one sitting, ratios side by side.

    python -m bench                       # 10k, 100k and 1M triples, all sections
    python -m bench --quick               # 10k only, short caps (< 2 minutes)
    python -m bench --sizes 100k --sections query,validate

Writes ``bench/results/latest.json`` and ``latest.md`` (and a timestamped copy) and prints the
Markdown. A section whose module has not landed yet is skipped with "not available yet: <module>".
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from types import SimpleNamespace

from bench.common import RESULTS, ROOT, SIZES, missing, note

SECTIONS = ["store", "query", "validate", "loader", "http", "incremental", "remote"]
#: total quads (all graphs, derived included) per source triple, measured on the generator:
#: sizes name the total, as the targets do
QUADS_PER_SOURCE_TRIPLE = 1.65


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="10k only, short caps (CI runs this)")
    p.add_argument("--sizes", help="comma-separated among 10k,100k,1M")
    p.add_argument("--sections", help=f"comma-separated among {','.join(SECTIONS)}")
    p.add_argument("--rounds", type=int, help="load/validation rounds per system (default 3, 1M: 2)")
    p.add_argument("--query-cap", type=float, help="seconds per query run (default 10; quick 5)")
    p.add_argument("--validate-cap", type=float, help="seconds for pySHACL/Jena (default 240; quick 60)")
    p.add_argument("--no-rdflib", action="store_true", help="leave rdflib out of the query section")
    p.add_argument("--no-jena", action="store_true")
    p.add_argument("--incremental-counts", help="article counts of the incremental section "
                   "(default 100,1000; quick 100), e.g. 100,1000,10000")
    p.add_argument("--out", help="results folder (default bench/results)")
    a = p.parse_args(argv)

    sizes = (a.sizes.split(",") if a.sizes else (["10k"] if a.quick else list(SIZES)))
    sections = a.sections.split(",") if a.sections else SECTIONS
    for x in sizes:
        if x not in SIZES:
            p.error(f"unknown size {x}")
    for x in sections:
        if x not in SECTIONS:
            p.error(f"unknown section {x}")
    results_dir = RESULTS if not a.out else __import__("pathlib").Path(a.out)
    results_dir.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="dg-bench-")
    quick = a.quick
    ctx = SimpleNamespace(
        quick=quick, sections=sections, tmp=tmp, rdflib=not a.no_rdflib, jena=not a.no_jena,
        http_queries=True,
        load_rounds=lambda label: a.rounds or (3 if label == "10k" and not quick else 2),
        validate_rounds=lambda label: a.rounds or (1 if quick else 2),
        load_cap=600.0,
        query_cap=a.query_cap or (5.0 if quick else 10.0),
        query_budget=0.5 if quick else 2.0,
        max_reps=10 if quick else 20,
        query_section_cap=3600.0,
        validate_cap=lambda label: a.validate_cap or (60.0 if quick else 120.0),
        loader_cap=600.0,
        load_test_seconds=30.0,
        incremental_counts=tuple(int(n) for n in a.incremental_counts.split(","))
        if a.incremental_counts else None,
    )
    started = time.time()
    try:
        git = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "kg", "webapp", "shapes",
                                "queries", "ontology"], capture_output=True, text=True).stdout.strip()
    except OSError:
        git, dirty = "?", ""
    meta = {
        "mode": "quick" if quick else "full", "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "git": git + (" + uncommitted changes" if dirty else ""),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
                   f"load average at start {os.getloadavg()[0]:.1f}",
        "sizes": sizes, "sections": sections, "query_cap_s": ctx.query_cap,
    }
    res = {"meta": meta, "datasets": {}, "sections": {}}

    from bench.data import prepare

    gone = missing("kg.store", "pyoxigraph")
    if gone:
        note(f"not available yet: {gone}: nothing can be measured")
        return 2
    for label in sizes:
        m = prepare(label, int(SIZES[label] / QUADS_PER_SOURCE_TRIPLE))
        res["datasets"][label] = m
    ctx.datasets = {label: res["datasets"][label] for label in sizes}
    try:
        for name in sections:
            note(f"== section {name}")
            module = __import__(f"bench.{name}_bench", fromlist=["run"])
            t0 = time.perf_counter()
            try:
                res["sections"][name] = module.run(ctx)
            except Exception as exc:  # noqa: BLE001 - one broken section must not hide the others
                import traceback

                traceback.print_exc()
                res["sections"][name] = {"skipped": f"failed: {type(exc).__name__}: {exc}"}
            note(f"== section {name}: {time.perf_counter() - t0:.0f} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    meta["elapsed_s"] = round(time.time() - started, 1)

    from bench.report import render

    md = render(res)
    (results_dir / "latest.json").write_text(json.dumps(res, indent=1, default=str))
    (results_dir / "latest.md").write_text(md)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (results_dir / f"run-{stamp}-{meta['mode']}.json").write_text(json.dumps(res, indent=1, default=str))
    print(md)
    note(f"wrote {results_dir / 'latest.json'} and latest.md ({meta['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
