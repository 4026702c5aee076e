"""The benchmark harness must not rot: its quick form runs and writes its JSON (no speed asserts)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_bench_runs_and_writes_json(tmp_path):
    out = tmp_path / "results"
    env = {"DEALGRAPH_BENCH_RESULTS": str(out), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--sections", "store,query", "--rounds", "1",
         "--no-jena", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads((out / "latest.json").read_text())
    assert set(result) >= {"meta", "datasets", "sections"}
    assert result["meta"]["mode"] == "quick"
    assert set(result["datasets"]) == {"10k"}
    assert result["datasets"]["10k"]["quads"] > 5_000
    store = result["sections"]["store"]["10k"]["systems"]
    assert {"dealgraph-disk", "oxigraph-disk", "rdflib-mem"} <= set(store)
    assert all(row["quads"] for row in store.values())
    queries = result["sections"]["query"]["10k"]["queries"]
    assert "lookup:nonbinding-collateral" in queries
    for name, systems in queries.items():
        counts = {s: v["results"] for s, v in systems.items() if s != "ratios" and v["results"] is not None}
        assert len(set(counts.values())) == 1, f"{name}: systems disagree: {counts}"
    assert (out / "latest.md").read_text().startswith("# dealgraph benchmarks")


def test_generator_is_seeded(tmp_path):
    from bench.generate import generate_articles, generate_graph

    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    with open(a, "w") as fa, open(b, "w") as fb:
        sa = generate_graph(3000, fa, seed=3)
        generate_graph(3000, fb, seed=3)
    assert a.read_bytes() == b.read_bytes()
    assert sa["triples"] >= 3000 and sa["cycles"] >= 1 and sa["loi_collateral"] >= 1
    paths = generate_articles(4, tmp_path / "arts", seed=3)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert any("language: zh" in t for t in texts) and any("language: en" in t for t in texts)
