"""Test helpers: load TriG fixtures (plus the ontology and reference graphs) through the write path."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg import changes
from kg.store import Store

DATA = Path(__file__).resolve().parent / "data"

PREFIXES = """
@prefix dg:   <https://w3id.org/dealgraph/ontology#> .
@prefix firm: <https://w3id.org/dealgraph/id/firm/> .
@prefix ag:   <https://w3id.org/dealgraph/id/agreement/> .
@prefix ev:   <https://w3id.org/dealgraph/id/evidence/> .
@prefix art:  <https://w3id.org/dealgraph/id/article/> .
@prefix asset: <https://w3id.org/dealgraph/id/asset/> .
@prefix move: <https://w3id.org/dealgraph/id/move/> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""

ARTICLE = "https://w3id.org/dealgraph/graph/article/"


def graphs_from_trig(text: str) -> dict[str, str]:
    """{graph IRI: N-Triples} from TriG text (the default graph goes to article/fixture)."""
    by_graph: dict[str, list[ox.Triple]] = {}
    for quad in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TRIG):
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ARTICLE + "fixture"
        by_graph.setdefault(name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    return {g: ox.serialize(t, format=ox.RdfFormat.N_TRIPLES).decode() for g, t in by_graph.items()}


def load_trig(store: Store, text: str, *, prefixes: bool = True) -> dict[str, str]:
    """Write the TriG's graphs (replacing them) with the base graphs; derived graph recomputed."""
    graphs = graphs_from_trig((PREFIXES if prefixes else "") + text)
    changes.apply(store, graphs)
    return graphs


def load_fixture(store: Store, name: str) -> dict[str, str]:
    return load_trig(store, (DATA / name).read_text(encoding="utf-8"), prefixes=False)
