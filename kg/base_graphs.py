"""The ontology and reference-entity graphs every store carries."""
from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from kg import paths
from kg.errors import StoreError
from kg.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.store import Store


@lru_cache(maxsize=4)
def _read_turtle(path_text: str) -> str:
    try:
        with open(path_text, "rb") as handle:
            triples = list(ox.parse(handle, format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"cannot read {path_text}: {exc}") from exc
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def base_graph_data() -> dict[str, str]:
    """N-Triples of the ontology graph and the reference graph, from the files on disk."""
    ontology = _read_turtle(str(paths.ontology_file())) if paths.ontology_file().exists() else ""
    reference = "\n".join(_read_turtle(str(p)) for p in paths.reference_files())
    return {ONTOLOGY_GRAPH: ontology, REFERENCE_GRAPH: reference}
