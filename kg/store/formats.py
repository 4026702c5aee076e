"""RDF and SPARQL-results format names, media types and file extensions, in one place.

>>> rdf_format("ttl").name
'Turtle'
>>> results_format("csv").media_type
'text/csv; charset=utf-8'
"""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import QueryResultsFormat, RdfFormat

from kg.errors import UsageError

#: name -> pyoxigraph RDF format (names used by the CLI's --format and the web's ?format=).
RDF_FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "ttl": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "nt": RdfFormat.N_TRIPLES,
    "nquads": RdfFormat.N_QUADS,
    "nq": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
    "json-ld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
    "xml": RdfFormat.RDF_XML,
    "rdf": RdfFormat.RDF_XML,
    "owl": RdfFormat.RDF_XML,
    "n3": RdfFormat.N3,
}

RESULTS_FORMATS: dict[str, QueryResultsFormat] = {
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
}

_EXTENSIONS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig",
    ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "rdfxml", ".xml": "rdfxml", ".owl": "rdfxml",
    ".n3": "n3",
}


def rdf_format(name: str) -> RdfFormat:
    """The RDF format called `name` (case-insensitive), or a :class:`UsageError`."""
    try:
        return RDF_FORMATS[name.lower()]
    except KeyError:
        raise UsageError(
            f"unknown RDF format {name!r} (choose from {', '.join(sorted(set(RDF_FORMATS)))})"
        ) from None


def results_format(name: str) -> QueryResultsFormat:
    """The SPARQL results format called `name`, or a :class:`UsageError`."""
    try:
        return RESULTS_FORMATS[name.lower()]
    except KeyError:
        raise UsageError(
            f"unknown results format {name!r} (choose from {', '.join(RESULTS_FORMATS)})"
        ) from None


def rdf_format_for_path(path: str | Path) -> RdfFormat:
    """Guess an RDF format from a file name (``data.ttl`` -> Turtle)."""
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise UsageError(
            f"cannot tell the RDF format of {str(path)!r} from its extension; pass --format",
        )
    return RDF_FORMATS[_EXTENSIONS[suffix]]
