"""Comparing stores by content: blank-node-insensitive, via RDF canonicalisation."""
from __future__ import annotations

import pyoxigraph as ox


def canonical_quads(nquads: bytes) -> set[ox.Quad]:
    """The quads of an N-Quads document with blank nodes canonically renamed (RDFC-1.0)."""
    dataset = ox.Dataset(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(dataset)


def store_quads(store) -> set[ox.Quad]:
    return canonical_quads(store.export(ox.RdfFormat.N_QUADS))
