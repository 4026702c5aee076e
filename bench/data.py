"""Benchmark data sets, built once and cached under ``bench/results/data/<key>/``.

For each size: ``source.nq`` (generator output), then a dealgraph store with the ontology graph
(the project's ``ontology/dealgraph.ttl`` when it exists, else a minimal built-in hierarchy), the
source graphs and the derived graph computed by dealgraph's own ``kg.changes.refresh``; that store
is kept as ``store-template/`` and exported as ``full.nq`` (all graphs) and ``full.nt`` (their
union, for the triple-only tools: pySHACL, Jena). Every system in every section loads ``full.*``,
so all of them see exactly the same data.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

from bench import generate
from bench.common import DATA, ROOT, note

SEED = 7


def _code_fingerprint() -> str:
    """Changes when what the derived graph depends on changes (ontology, derivation code)."""
    h = hashlib.sha1(generate.GENERATOR_VERSION.encode())
    for rel in ["ontology/dealgraph.ttl", "kg/derive.py", "kg/flows.py", "kg/changes.py"]:
        p = ROOT / rel
        h.update(rel.encode() + (p.read_bytes() if p.exists() else b"-"))
    for p in sorted((ROOT / "ontology" / "reference").glob("*.ttl")):
        h.update(p.read_bytes())
    for p in sorted((ROOT / "kg" / "flows").glob("*.py")) if (ROOT / "kg" / "flows").is_dir() else []:
        h.update(p.read_bytes())
    return h.hexdigest()[:10]


def prepare(label: str, triples: int, seed: int = SEED) -> dict:
    """Paths and facts of the data set of about `triples` source triples (cached)."""
    import pyoxigraph as ox

    folder = DATA / f"{label}-{triples}-s{seed}-{_code_fingerprint()}"
    meta_path = folder / "meta.json"
    if meta_path.exists():
        return json.loads(meta_path.read_text())
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    note(f"[data] generating {label} ({triples} source triples) in {folder}")
    source = folder / "source.nq"
    t0 = time.perf_counter()
    with open(source, "w", encoding="utf-8") as handle:
        stats = generate.generate_graph(triples, handle, seed)
    gen_s = time.perf_counter() - t0

    from kg import changes
    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.store import EmbeddedStore

    store_dir = folder / "store-template"
    store = EmbeddedStore(store_dir)
    ontology_file = ROOT / "ontology" / "dealgraph.ttl"
    if ontology_file.exists():
        from kg.base_graphs import base_graph_data

        base = base_graph_data()
        ontology_kind = "project ontology/dealgraph.ttl"
    else:
        base = {ONTOLOGY_GRAPH: generate.MINI_ONTOLOGY}
        ontology_kind = "built-in minimal hierarchy (ontology/dealgraph.ttl missing)"
    store.replace_graphs({g: d for g, d in base.items() if d})
    store.import_data(source.read_bytes(), ox.RdfFormat.N_QUADS)
    t0 = time.perf_counter()
    changes.refresh(store)
    derive_s = time.perf_counter() - t0
    (folder / "full.nq").write_bytes(store.export(ox.RdfFormat.N_QUADS))
    (folder / "full.nt").write_bytes(store.export(ox.RdfFormat.N_TRIPLES))
    graphs = store.graphs()
    firms = [r["f"].value for r in store.query(
        "SELECT ?f WHERE { ?f a <https://w3id.org/dealgraph/ontology#Firm> } ORDER BY ?f LIMIT 5").rows]
    store.close()
    del store
    from kg.namespaces import DERIVED_GRAPH

    meta = {
        "label": label, "seed": seed, "folder": str(folder),
        "source_nq": str(source), "full_nq": str(folder / "full.nq"), "full_nt": str(folder / "full.nt"),
        "store_template": str(store_dir),
        "quads": sum(graphs.values()), "graphs": len(graphs),
        "derived_triples": graphs.get(DERIVED_GRAPH, 0),
        "generator": stats, "generate_s": gen_s, "derive_s": derive_s,
        "ontology": ontology_kind, "sample_firms": firms,
    }
    meta_path.write_text(json.dumps(meta, indent=1))
    note(f"[data] {label}: {meta['quads']} quads, derived {meta['derived_triples']}, derive {derive_s:.1f} s")
    return meta


def copy_store(meta: dict, dest: Path) -> Path:
    """A private copy of the prepared store (RocksDB allows one writer per folder)."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(meta["store_template"], dest)
    return dest
