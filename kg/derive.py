"""The derived graph: what the ontology implies, materialised so SPARQL users need no reasoner.

Each derivation is a function from the store to triples; :func:`derive` joins them. Inferred
types and super-properties are about the very facts they come from; computed nodes (value flows,
cycles: :mod:`kg.flows`) cite the agreements they come from with ``prov:wasDerivedFrom``.
"""
from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox

from kg.canonical import derive_canonical
from kg.flows import derive_flows
from kg.namespaces import DERIVED_GRAPH, ONTOLOGY_GRAPH
from kg.store import Store

_NOT_DERIVED = f"FILTER(?g != <{DERIVED_GRAPH}>)"

#: Every instance gets every superclass of its asserted classes (within the ontology).
#: ``{scope}`` is empty, or a VALUES clause naming the subjects to derive for.
INFERRED_TYPES_FOR = f"""
CONSTRUCT {{{{ ?x a ?super }}}} WHERE {{{{ {{scope}}
  GRAPH ?g {{{{ ?x a ?class }}}} {_NOT_DERIVED}
  GRAPH <{ONTOLOGY_GRAPH}> {{{{ ?class <http://www.w3.org/2000/01/rdf-schema#subClassOf>+ ?super }}}}
  FILTER(isIRI(?super))
}}}}"""
INFERRED_TYPES = INFERRED_TYPES_FOR.format(scope="")

#: Every sub-property statement also holds for its super-properties (dg:investor -> dg:party).
INFERRED_PROPERTIES_FOR = f"""
CONSTRUCT {{{{ ?s ?super ?o }}}} WHERE {{{{ {{scope}}
  GRAPH <{ONTOLOGY_GRAPH}> {{{{ ?p <http://www.w3.org/2000/01/rdf-schema#subPropertyOf>+ ?super }}}}
  GRAPH ?g {{{{ ?s ?p ?o }}}} {_NOT_DERIVED}
  FILTER(isIRI(?super))
}}}}"""
INFERRED_PROPERTIES = INFERRED_PROPERTIES_FOR.format(scope="")


def _construct(store: Store, sparql: str) -> list[ox.Triple]:
    return store.query(sparql).triples


def inferred_types(store: Store) -> list[ox.Triple]:
    return _construct(store, INFERRED_TYPES)


def inferred_properties(store: Store) -> list[ox.Triple]:
    return _construct(store, INFERRED_PROPERTIES)


#: The derivation steps, in order; each reads only the source graphs (never the derived one).
DERIVATIONS: list[Callable[[Store], list[ox.Triple]]] = [
    inferred_types, inferred_properties, derive_flows, derive_canonical,
]


def derive(store: Store) -> str:
    """N-Triples of the whole derived graph, computed from the current sources."""
    triples: list[ox.Triple] = []
    for step in DERIVATIONS:
        triples.extend(step(store))
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
