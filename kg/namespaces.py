"""IRIs used everywhere: the ontology namespace, instance data, and the named-graph layout.

>>> str(DG.Firm)
'https://w3id.org/dealgraph/ontology#Firm'
>>> article_graph("abc123")
'https://w3id.org/dealgraph/graph/article/abc123'
"""
from __future__ import annotations

import re

from rdflib import Namespace

BASE = "https://w3id.org/dealgraph/"
DG = Namespace(BASE + "ontology#")
DGSH = Namespace(BASE + "shapes#")
ID = Namespace(BASE + "id/")
GRAPH = BASE + "graph/"

#: The named graphs of the layout (see README, "Graph layout").
ONTOLOGY_GRAPH = GRAPH + "ontology"
REFERENCE_GRAPH = GRAPH + "reference"
DERIVED_GRAPH = GRAPH + "derived"
#: The last validation report's results, kept per change (kg.validate.maintained); never part
#: of the unnamed default graph.
VALIDATION_GRAPH = GRAPH + "validation"
ARTICLE_GRAPH_PREFIX = GRAPH + "article/"
#: Where `dealgraph import FILE` puts triples when no --graph is given: graph/file/<file name>.
FILE_GRAPH_PREFIX = GRAPH + "file/"

FIRM_PREFIX = BASE + "id/firm/"
PERSON_PREFIX = BASE + "id/person/"
ARTICLE_PREFIX = BASE + "id/article/"

PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
WD = Namespace("http://www.wikidata.org/entity/")

#: Prefixes offered to SPARQL users (console, CLI, saved queries).
PREFIXES: dict[str, str] = {
    "dg": str(DG),
    "dgsh": str(DGSH),
    "id": str(ID),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": str(PROV),
    "oa": str(OA),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "qudt": str(QUDT),
    "unit": str(UNIT),
    "sh": "http://www.w3.org/ns/shacl#",
    "wd": str(WD),
}


def article_graph(key: str) -> str:
    """The named graph that holds one article's claims."""
    return ARTICLE_GRAPH_PREFIX + key


def file_graph(name: str) -> str:
    """The default graph of an imported file, named after it.

    >>> file_graph("my deals.ttl")
    'https://w3id.org/dealgraph/graph/file/my%20deals.ttl'
    """
    from urllib.parse import quote

    return FILE_GRAPH_PREFIX + quote(name, safe="")


def article_iri(key: str) -> str:
    """The `dg:Article` node of one article."""
    return ARTICLE_PREFIX + key


def undeclared_prologue(sparql: str, prefixes: dict[str, str]) -> str:
    """PREFIX declarations, on one line, for the `prefixes` that `sparql` does not declare.

    >>> undeclared_prologue("PREFIX dg: <http://mine/> SELECT * { ?s a dg:X }", {"dg": "x", "id": "y"})
    'PREFIX id: <y> '
    """
    declared = {m.group(1) for m in _DECLARED.finditer(sparql)}
    return "".join(f"PREFIX {p}: <{iri}> " for p, iri in prefixes.items() if p not in declared)


_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*|)\s*:")


def sparql_prologue() -> str:
    """PREFIX declarations for every prefix in :data:`PREFIXES`."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
