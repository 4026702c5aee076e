"""Section "incremental": what one article costs in a store of N articles vs an empty one.

For each N (100, 1,000; 10,000 with ``--incremental-counts``): N generated articles are loaded
once into a store (setup, not measured); then each operation runs in its own process on a fresh
copy of that store, and the same operation on the (nearly) empty store, side by side:

* **load**: one new article (into N vs into an empty store);
* **replace**: reload article 1 with new contents (N vs a store holding only article 1);
* **remove**: remove article 1's graph (N vs a store holding only article 1);
* **rebuild**: ``dealgraph derive --rebuild``, the full recompute every write used to pay.

Times are the operation alone (store open and imports excluded); peak RSS is the process's.

    python -m bench --sections incremental --sizes 10k
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PY, emit, median, note, run_measured

COUNTS = (100, 1000)
OPERATIONS = ("load", "replace", "remove")
#: The setup loads a store's articles in parts of this many (bounded memory at 10,000).
SETUP_PART = 500


def _paths(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.md"))


def replacement(first: Path, other: Path, out: Path) -> Path:
    """Article 1's front matter (so the same graph) over another article's body."""
    head = first.read_text(encoding="utf-8").split("---", 2)
    body = other.read_text(encoding="utf-8").split("---", 2)[2]
    target = out / ("replaced-" + first.name)
    target.write_text("---" + head[1] + "---" + body, encoding="utf-8")
    return target


def worker(op: str, store_dir: str, arg: str) -> None:
    from kg import changes, load_articles
    from kg.load.read import read_article
    from kg.namespaces import article_graph
    from kg.store import open_store

    store = open_store(store_dir, shared=True)
    t0 = time.perf_counter()
    if op == "setup":   # in parts of SETUP_PART articles: each part is one (incremental) change
        paths = _paths(Path(arg))
        for start in range(0, len(paths), SETUP_PART):
            load_articles(store, paths[start:start + SETUP_PART])
    elif op in ("load", "replace"):
        load_articles(store, [Path(arg)])
    elif op == "remove":
        changes.apply(store, remove=[article_graph(read_article(arg).key)])
    elif op == "rebuild":
        with store.writing():
            changes.refresh(store)
    elapsed = time.perf_counter() - t0
    drift = changes.derived_drift(store) if op != "setup" and store.stats()["quads"] < 60_000 else None
    store.close()
    emit({"op_s": elapsed, "exact": None if drift is None else drift == (set(), set())})


def _measure(op: str, template: Path, arg: Path, tmp: str, cap: float) -> dict:
    copy = Path(tempfile.mkdtemp(prefix="dg-inc-", dir=tmp)) / "store"
    if template.exists():
        shutil.copytree(template, copy)
    m = run_measured([PY, "-m", "bench.incremental_bench", "--worker", op, str(copy), str(arg)],
                     timeout=cap)
    shutil.rmtree(copy.parent, ignore_errors=True)
    if not m["result"]:
        note(f"[incremental] {op} failed (timed out {m['timed_out']}): {m['stderr_tail']}")
        return {"op_s": None, "peak_rss_mb": None}
    return {"op_s": m["result"]["op_s"], "peak_rss_mb": m["peak_rss_mb"],
            "exact": m["result"]["exact"]}


def _setup(folder: Path, store: Path, cap: float) -> None:
    m = run_measured([PY, "-m", "bench.incremental_bench", "--worker", "setup", str(store),
                      str(folder)], timeout=cap)
    if not m["result"]:
        raise RuntimeError(f"setup of {folder} failed: {m['stderr_tail']}")


def run(ctx) -> dict:
    from bench.loader_bench import articles

    counts = getattr(ctx, "incremental_counts", None) or ((100,) if ctx.quick else COUNTS)
    cap = getattr(ctx, "loader_cap", 600.0) * 4
    out: dict = {}
    for count in counts:
        source = articles(count + 1)
        paths = _paths(source)
        work = Path(tempfile.mkdtemp(prefix=f"dg-inc-{count}-", dir=ctx.tmp))
        base_folder = work / "base"
        base_folder.mkdir()
        for p in paths[:count]:
            (base_folder / p.name).symlink_to(p)
        single = work / "single"
        single.mkdir()
        (single / paths[0].name).symlink_to(paths[0])
        new, replaced = paths[count], replacement(paths[0], paths[count], work)
        t0 = time.perf_counter()
        _setup(base_folder, work / "store-n", cap)
        _setup(single, work / "store-1", cap)
        note(f"[incremental] {count} articles set up in {time.perf_counter() - t0:.0f} s")
        rows = {}
        for op, arg, empty in (("load", new, work / "store-0"), ("replace", replaced, work / "store-1"),
                               ("remove", paths[0], work / "store-1")):
            small, big = (_measure(op, empty, arg, ctx.tmp, cap) for empty in (empty, work / "store-n"))
            ratio = big["op_s"] / small["op_s"] if big["op_s"] and small["op_s"] else None
            rows[op] = {"empty_s": small["op_s"], "n_s": big["op_s"], "ratio": ratio,
                        "peak_rss_mb": big["peak_rss_mb"], "empty_peak_rss_mb": small["peak_rss_mb"],
                        "exact": big.get("exact")}
            note(f"[incremental] {count}: {op} {small['op_s']:.2f} s empty vs {big['op_s']:.2f} s "
                 f"({ratio:.1f}x), peak {big['peak_rss_mb']:.0f} MB")
        rebuild = _measure("rebuild", work / "store-n", work, ctx.tmp, cap)
        rows["rebuild"] = {"n_s": rebuild["op_s"], "peak_rss_mb": rebuild["peak_rss_mb"]}
        out[str(count)] = rows
        shutil.rmtree(work, ignore_errors=True)
    return out


def render(sec: dict) -> list[str]:
    out = ["## Incremental writes (one generated article into a store of N articles)", "",
           "| N | operation | empty store | N-article store | ratio | peak RSS |",
           "|---:|---|---:|---:|---:|---:|"]
    for count, rows in sec.items():
        for op in OPERATIONS:
            r = rows[op]
            out.append(f"| {count} | {op} | {r['empty_s'] or 0:.2f} s | {r['n_s'] or 0:.2f} s | "
                       f"{r['ratio'] or 0:.1f}× | {r['peak_rss_mb'] or 0:.0f} MB |")
        rb = rows["rebuild"]
        out.append(f"| {count} | full rebuild (`derive --rebuild`) | – | {rb['n_s'] or 0:.2f} s | – | "
                   f"{rb['peak_rss_mb'] or 0:.0f} MB |")
    return out + [""]


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--worker", nargs=3, metavar=("OP", "STORE", "ARG"))
    a = p.parse_args()
    if not a.worker:
        sys.exit("run through `python -m bench --sections incremental`")
    worker(*a.worker)
