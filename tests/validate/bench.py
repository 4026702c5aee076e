"""Validation speed on synthetic graphs: the fast engine against pySHACL (the reference).

    .venv/bin/python -m tests.validate.bench --sizes 10000 100000 1000000 --pyshacl-max 100000

Each measurement runs in its own process (so peak memory is its own): "whole" is the process
from a fresh on-disk store to the report, including loading the N-Quads file, computing the
derived graph (inferred types, flows, cycles) and validating with the project's full shapes.
Not collected by pytest; the benchmarks harness in bench/ may call :func:`measure`.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _child(data: str, store_dir: str, engine: str) -> None:
    import resource

    import pyoxigraph as ox

    from kg import changes
    from kg.base_graphs import base_graph_data
    from kg.store import EmbeddedStore
    from kg.validate import validate

    start = time.perf_counter()
    with EmbeddedStore(store_dir) as store:
        quads = list(ox.parse(path=data, format=ox.RdfFormat.N_QUADS))
        base = base_graph_data()
        store.oxigraph.extend(quads)  # the bench data in one transaction; base graphs via the write path
        loaded = time.perf_counter()
        changes.apply(store, base)
        derived = time.perf_counter()
        report = validate(store, engine=engine)
        done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"engine": engine, "load_s": round(loaded - start, 2),
                      "derive_s": round(derived - loaded, 2), "validate_s": round(done - derived, 2),
                      "whole_s": round(done - start, 2), "peak_mb": round(peak),
                      "results": len(report.results)}))


def measure(n_triples: int, engine: str, workdir: Path, timeout: float = 1800) -> dict:
    from tests.validate.synthetic import generate

    data = workdir / f"synthetic-{n_triples}.nq"
    if not data.exists():
        lines = []
        for graph, text in generate(n_triples, seed=1).items():
            lines.extend(line[:-1] + f"<{graph}> .\n" for line in text.splitlines() if line)
        data.write_text("".join(lines), encoding="utf-8")
    store_dir = tempfile.mkdtemp(dir=workdir)
    started = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-m", "tests.validate.bench", "--child", str(data),
                              store_dir, engine], capture_output=True, text=True, timeout=timeout,
                             check=True).stdout
    except subprocess.TimeoutExpired:
        return {"engine": engine, "triples": n_triples, "whole_s": f">{timeout}", "timeout": True}
    result = json.loads(out.strip().splitlines()[-1])
    result["triples"] = sum(1 for _ in data.open(encoding="utf-8"))
    result["process_s"] = round(time.perf_counter() - started, 2)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000])
    parser.add_argument("--pyshacl-max", type=int, default=100_000,
                        help="largest size also run through pySHACL")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--child", nargs=3, metavar=("DATA", "STORE", "ENGINE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            for engine in ("fast", "pyshacl"):
                if engine == "pyshacl" and size > args.pyshacl_max:
                    continue
                print(json.dumps(measure(size, engine, Path(tmp), args.timeout)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
