"""Section "incremental": what one article costs in a store of N articles vs an empty one.

For each N (100, 1,000, 10,000; ``--incremental-counts`` to choose): N generated articles are
loaded once into a store (setup, not measured, in parts of :data:`SETUP_PART`; its peak RSS is
reported), and the store's validation report is established; then each operation runs in its
own process on a fresh copy of that store, and the same operation on the (nearly) empty store,
side by side:

* **load**: one new article, as ``dealgraph load`` does it: validated, the results it introduced
  reported (into N vs into an empty store);
* **replace**: reload article 1 with new contents, validated (N vs a store holding only article 1);
* **remove**: remove article 1's graph (N vs a store holding only article 1); the kept
  validation report is maintained by every change;
* **rebuild**: ``dealgraph derive --rebuild``, the full recompute every write used to pay (up to
  1,000 articles: at 10,000 it needs gigabytes);
* **import into 1M** (with ``--sizes 1M``): ``dealgraph import`` of one file (one article's
  N-Triples) into a copy of the 1M bench store (with its validation report) vs an empty store.

Times are the operation alone (store open and imports excluded); peak RSS is the process's.

    python -m bench --sections incremental --sizes 1M
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PY, emit, median, note, run_measured

COUNTS = (100, 1000, 10000)
OPERATIONS = ("load", "replace", "remove")
#: The setup loads a store's articles in parts of this many (bounded memory at 10,000).
SETUP_PART = 250
#: Above this many articles the full rebuild is not measured (its memory grows with the store).
REBUILD_UP_TO = 1000


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

    from kg.rdf_io import import_files
    from kg.validate import maintained

    store = open_store(store_dir, shared=True)
    t0 = time.perf_counter()
    if op == "setup":   # in parts of SETUP_PART articles (each batch is one incremental change)
        paths = _paths(Path(arg))
        for start in range(0, len(paths), SETUP_PART):
            load_articles(store, paths[start:start + SETUP_PART])
        with store.writing():
            maintained.establish(store)   # the validation report, kept from now on
    elif op == "establish":
        with store.writing():
            maintained.establish(store)
    elif op in ("load", "replace"):
        report = load_articles(store, [Path(arg)], validate_new=True)
        assert report.validation is not None, report.warnings
    elif op == "remove":
        changes.apply(store, remove=[article_graph(read_article(arg).key)])
    elif op == "import":
        import_files(store, [Path(arg)])
    elif op == "rebuild":
        with store.writing():
            changes.refresh(store)
    elapsed = time.perf_counter() - t0
    exact = None
    if op not in ("setup", "establish") and store.stats()["quads"] < 60_000:
        exact = changes.derived_drift(store) == (set(), set()) and \
            (op == "rebuild" or maintained.report_drift(store) == (set(), set()))
    store.close()
    emit({"op_s": elapsed, "exact": exact})


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


def _setup(folder: Path, store: Path, cap: float, op: str = "setup") -> dict:
    m = run_measured([PY, "-m", "bench.incremental_bench", "--worker", op, str(store),
                      str(folder)], timeout=cap)
    if not m["result"]:
        raise RuntimeError(f"{op} of {folder} failed: {m['stderr_tail']}")
    return {"s": m["result"]["op_s"], "peak_rss_mb": m["peak_rss_mb"]}


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
        setup = _setup(base_folder, work / "store-n", cap * max(1, count // 2000))
        _setup(single, work / "store-1", cap)
        note(f"[incremental] {count} articles set up in {setup['s']:.0f} s, peak "
             f"{setup['peak_rss_mb']:.0f} MB")
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
        if count <= REBUILD_UP_TO:
            rebuild = _measure("rebuild", work / "store-n", work, ctx.tmp, cap)
            rows["rebuild"] = {"n_s": rebuild["op_s"], "peak_rss_mb": rebuild["peak_rss_mb"]}
        rows["setup"] = setup
        out[str(count)] = rows
        shutil.rmtree(work, ignore_errors=True)
    million = (getattr(ctx, "datasets", None) or {}).get("1M")
    if million:
        out["import-1M"] = _import_1m(million, ctx, cap)
    return out


def _import_1m(meta: dict, ctx, cap: float) -> dict:
    """One file (one generated article's N-Triples) imported into the 1M store vs an empty one."""
    from bench.loader_bench import articles
    from kg.load.pipeline import extract_article
    from kg.load.read import read_article

    work = Path(tempfile.mkdtemp(prefix="dg-inc-1m-", dir=ctx.tmp))
    one = work / "one-article.nt"
    _graph, data, _counts = extract_article(read_article(_paths(articles(2))[1]))
    one.write_text(data, encoding="utf-8")
    template = work / "store-1m"
    shutil.copytree(meta["store_template"], template)
    established = _setup(work, template, cap, op="establish")
    note(f"[incremental] 1M validation report established in {established['s']:.1f} s")
    small, big = (_measure("import", store, one, ctx.tmp, cap)
                  for store in (work / "store-0", template))
    shutil.rmtree(work, ignore_errors=True)
    ratio = big["op_s"] / small["op_s"] if big["op_s"] and small["op_s"] else None
    note(f"[incremental] import one file: {small['op_s']:.2f} s empty vs {big['op_s']:.2f} s into "
         f"1M ({meta['quads']} quads), peak {big['peak_rss_mb']:.0f} MB")
    return {"empty_s": small["op_s"], "n_s": big["op_s"], "ratio": ratio, "quads": meta["quads"],
            "peak_rss_mb": big["peak_rss_mb"], "empty_peak_rss_mb": small["peak_rss_mb"],
            "establish_s": established["s"]}


def render(sec: dict) -> list[str]:
    out = ["## Incremental writes (one generated article into a store of N articles)", "",
           "| N | operation | empty store | N-article store | ratio | peak RSS (N / empty) |",
           "|---:|---|---:|---:|---:|---:|"]
    for count, rows in sec.items():
        if count == "import-1M":
            continue
        for op in OPERATIONS:
            r = rows[op]
            out.append(f"| {count} | {op} | {r['empty_s'] or 0:.2f} s | {r['n_s'] or 0:.2f} s | "
                       f"{r['ratio'] or 0:.1f}× | {r['peak_rss_mb'] or 0:.0f} / "
                       f"{r['empty_peak_rss_mb'] or 0:.0f} MB |")
        rb = rows.get("rebuild")
        if rb:
            out.append(f"| {count} | full rebuild (`derive --rebuild`) | – | {rb['n_s'] or 0:.2f} s | "
                       f"– | {rb['peak_rss_mb'] or 0:.0f} MB |")
        st = rows.get("setup")
        if st:
            out.append(f"| {count} | setup: {count} articles in parts of {SETUP_PART} | – | "
                       f"{st['s'] or 0:.0f} s | – | {st['peak_rss_mb'] or 0:.0f} MB |")
    imp = sec.get("import-1M")
    if imp:
        out.append(f"| 1M bench graph ({imp['quads']} quads) | import one file | "
                   f"{imp['empty_s'] or 0:.2f} s | {imp['n_s'] or 0:.2f} s | {imp['ratio'] or 0:.1f}× | "
                   f"{imp['peak_rss_mb'] or 0:.0f} / {imp['empty_peak_rss_mb'] or 0:.0f} MB |")
    return out + [""]


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--worker", nargs=3, metavar=("OP", "STORE", "ARG"))
    a = p.parse_args()
    if not a.worker:
        sys.exit("run through `python -m bench --sections incremental`")
    worker(*a.worker)
