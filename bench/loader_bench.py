"""Article loading throughput: ``kg.load.load_articles`` on 100 and 1,000 generated articles
(Markdown, both languages, invented firms; :func:`bench.generate.generate_articles`) into a fresh
on-disk store, each run in a fresh subprocess (whole-process peak RSS from ``wait4``)."""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import DATA, PY, emit, median, missing, note, run_measured, vm_hwm_mb

COUNTS = (100, 1000)


def articles(count: int, seed: int = 7) -> Path:
    from bench.generate import GENERATOR_VERSION, generate_articles

    folder = DATA / f"articles-{count}-s{seed}-v{GENERATOR_VERSION}"
    if not (folder / ".done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate_articles(count, folder, seed)
        (folder / ".done").write_text("")
    return folder


def worker(folder: str, store_dir: str) -> None:
    from kg.load import load_articles
    from kg.store import EmbeddedStore

    base = vm_hwm_mb()
    paths = sorted(Path(folder).glob("*.md"))
    store = EmbeddedStore(store_dir)
    t0 = time.perf_counter()
    summary = load_articles(store, paths)
    elapsed = time.perf_counter() - t0
    stats = store.stats()
    store.close()
    emit({"load_s": elapsed, "articles": len(paths), "base_rss_mb": base,
          "store": {k: stats[k] for k in ("quads", "firms", "agreements", "articles")},
          "summary": str(summary)[:300]})


def run(ctx) -> dict:
    gone = missing("kg.load")
    if gone is None:
        import kg.load

        if not hasattr(kg.load, "load_articles"):
            gone = "kg.load.load_articles"
    if gone:
        note(f"[loader] not available yet: {gone}")
        return {"skipped": f"not available yet: {gone}"}
    out = {}
    counts = (100,) if ctx.quick else COUNTS
    for count in counts:
        folder = articles(count)
        ms = []
        for _ in range(1 if count >= 1000 or ctx.quick else 2):
            tmp = tempfile.mkdtemp(prefix="dg-bench-loader-", dir=ctx.tmp)
            m = run_measured([PY, "-m", "bench.loader_bench", "--worker", str(folder), tmp + "/store"],
                             timeout=ctx.loader_cap)
            shutil.rmtree(tmp, ignore_errors=True)
            if not m["result"]:
                note(f"[loader] {count} articles failed (timed out {m['timed_out']}): {m['stderr_tail']}")
            ms.append(m)
        ok = [m for m in ms if m["result"]]
        load_s = median([m["result"]["load_s"] for m in ok])
        out[str(count)] = {
            "articles": count,
            "load_s": load_s,
            "process_s": median([m["wall_s"] for m in ok]),
            "articles_per_s": count / load_s if load_s else None,
            "peak_rss_mb": median([m["peak_rss_mb"] for m in ok]),
            "capped": any(m["timed_out"] for m in ms),
            "store": ok[0]["result"]["store"] if ok else None,
            "bytes": sum(p.stat().st_size for p in folder.glob("*.md")),
        }
        r = out[str(count)]
        if load_s:
            note(f"[loader] {count} articles: {load_s:.1f} s ({r['articles_per_s']:.0f}/s), "
                 f"peak {r['peak_rss_mb']:.0f} MB, store {r['store']}")
    return out


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--worker", nargs=2, metavar=("FOLDER", "STORE"))
    a = p.parse_args()
    if not a.worker:
        sys.exit("run through `python -m bench`")
    worker(*a.worker)
