"""RDF documents as HTTP responses (service description, VoID, entity and ontology RDF)."""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from flask import Response

from kg.namespaces import PREFIXES
from kg.store.formats import rdf_format
from webapp.negotiation import RDF_MEDIA

EXTRA_PREFIXES = {"sd": "http://www.w3.org/ns/sparql-service-description#",
                  "void": "http://rdfs.org/ns/void#", "formats": "http://www.w3.org/ns/formats/",
                  "vann": "http://purl.org/vocab/vann/", "foaf": "http://xmlns.com/foaf/0.1/"}


def serialize(triples: Iterable[ox.Triple], fmt: str) -> bytes:
    target = rdf_format(fmt)
    triples = list(triples)
    if target in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        return ox.serialize(triples, format=target, prefixes=_used_prefixes(triples))
    return ox.serialize(triples, format=target)


def _used_prefixes(triples: list[ox.Triple]) -> dict[str, str]:
    iris = set()
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    spaces = {**PREFIXES, **EXTRA_PREFIXES}
    # id: is left out: its local names hold "/" and would print as id:firm\/nvidia
    return {p: ns for p, ns in spaces.items()
            if p != "id" and any(i.startswith(ns) for i in iris)}


def turtle_triples(turtle: str, base_iri: str | None = None) -> list[ox.Triple]:
    return list(ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE, base_iri=base_iri))


def rdf_response(triples: Iterable[ox.Triple], fmt: str, *, status: int = 200,
                 head: bool = False) -> Response:
    data = serialize(triples, fmt)
    response = Response(b"" if head else data, status=status, content_type=RDF_MEDIA[fmt])
    if head:
        response.headers["Content-Length"] = str(len(data))
    response.headers.add("Vary", "Accept")
    return response
