"""Import and export of RDF files: the core of `dealgraph import` / `export`."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg import changes, safe_rdf
from kg.errors import ParseError
from kg.namespaces import file_graph
from kg.store import Store
from kg.store.formats import rdf_format, rdf_format_for_path



def parse_file(path: Path, fmt: str | None = None, graph: str | None = None,
               base_iri: str | None = None) -> dict[str, str]:
    """Parse one file fully into {graph IRI: N-Triples}; nothing is written.

    Relative IRIs resolve against `base_iri`, by default the file's own ``file:`` URL. Triples
    outside any named graph (a triple format, or a quad file's default graph) go to `graph`, by
    default the graph named after the file (:func:`kg.namespaces.file_graph`).
    """
    rdf = rdf_format(fmt) if fmt else rdf_format_for_path(path)
    unnamed = graph or file_graph(Path(path).name)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read the file: {exc.strerror or exc}", source=str(path)) from exc
    quads = safe_rdf.parse(data, rdf, base_iri=base_iri or Path(path).resolve().as_uri(),
                           source=str(path))
    by_graph: dict[str, list[ox.Triple]] = {}
    for quad in quads:
        name = graph or (quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode)
                         else unnamed)
        by_graph.setdefault(name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    return {g: ox.serialize(t, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            for g, t in by_graph.items()}


def import_files(store: Store, files: Iterable[Path], *, fmt: str | None = None,
                 graph: str | None = None, replace: bool = True,
                 base_iri: str | None = None) -> dict[str, int]:
    """Import RDF files; every file is parsed before anything is written, then one transaction.

    Each named graph in the input replaces the store's graph of that name (``replace=False``
    adds to it instead). Relative IRIs resolve against `base_iri` (default: each file's URL).
    Returns {graph: triples imported}.
    """
    merged: dict[str, list[str]] = {}
    for path in files:
        for name, text in parse_file(Path(path), fmt, graph, base_iri).items():
            merged.setdefault(name, []).append(text)
    payload = {name: "\n".join(texts) for name, texts in merged.items()}
    if not replace:
        existing = {name: store.export(ox.RdfFormat.N_TRIPLES, name).decode("utf-8")
                    for name in payload if name in store.graphs()}
        payload = {name: existing.get(name, "") + "\n" + text for name, text in payload.items()}
    changes.apply(store, payload)
    return {name: sum(1 for line in text.splitlines() if line.strip()) for name, text in payload.items()}


def export(store: Store, fmt: str, graph: str | None = None) -> bytes:
    """Serialise the store: quad formats keep graph names; triple formats need one graph or union."""
    return store.export(rdf_format(fmt), graph)
