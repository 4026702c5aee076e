"""Content negotiation, in one place: Accept header + ``format`` parameter -> a format.

- Query answers: a SPARQL results format (json, xml, csv, tsv) for SELECT/ASK and an RDF format
  (turtle, ntriples, rdfxml, jsonld) for CONSTRUCT/DESCRIBE, chosen together before the query
  runs, as ``"results|rdf"`` (the form :func:`webapp.engine.run_query` takes).
- RDF documents (entity pages, ontology, VoID, service description, Graph Store GET).
- Pages: HTML, or their JSON twin (``?format=json`` or ``Accept: application/json``).
"""
from __future__ import annotations

from flask import request

from kg.errors import KGError

RESULTS_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
RDF_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/x-json+ld": "jsonld",
    "application/json": "jsonld",
    "text/n3": "turtle",
    "text/rdf+n3": "turtle",
    "application/n3": "turtle",
}
#: media type written for each RDF format (charset given for text formats).
RDF_MEDIA = {
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples; charset=utf-8",
    "rdfxml": "application/rdf+xml; charset=utf-8",
    "jsonld": "application/ld+json; charset=utf-8",
}
RESULTS_MEDIA = {
    "json": "application/sparql-results+json; charset=utf-8",
    "xml": "application/sparql-results+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
_FORMAT_ALIASES = {
    "json": ("json", "jsonld"), "srj": ("json", None), "xml": ("xml", "rdfxml"), "srx": ("xml", None),
    "csv": ("csv", None), "tsv": ("tsv", None), "turtle": (None, "turtle"), "ttl": (None, "turtle"),
    "ntriples": (None, "ntriples"), "nt": (None, "ntriples"), "n-triples": (None, "ntriples"),
    "rdfxml": (None, "rdfxml"), "rdf": (None, "rdfxml"), "jsonld": (None, "jsonld"),
    "json-ld": (None, "jsonld"), "n3": (None, "turtle"), "rdf+xml": (None, "rdfxml"),
    "rdf/xml": (None, "rdfxml"), "owl": (None, "rdfxml"),
}


class NotAcceptable(KGError):
    """No representation the client accepts."""

    http_status = 406


def _from_format_param(value: str) -> tuple[str | None, str | None]:
    value = value.strip().lower()
    if value in _FORMAT_ALIASES:
        return _FORMAT_ALIASES[value]
    media = value.split(";")[0].strip()
    if media in RESULTS_TYPES or media in RDF_TYPES:
        return RESULTS_TYPES.get(media), RDF_TYPES.get(media)
    raise NotAcceptable(f"unknown format {value!r}: use json, xml, csv, tsv (results) or "
                        "turtle, ntriples, rdfxml, jsonld (graphs)")


def _best(table: dict[str, str]) -> str | None:
    accept = request.accept_mimetypes
    if not accept:
        return None
    match = accept.best_match(list(table))
    return table[match] if match else None


def query_format(params=None) -> str:
    """``results|rdf`` for a query request; 406 if the client accepts neither kind.

    `params` are the request's protocol parameters (URL and form body), default the URL's.
    """
    params = request.args if params is None else params
    param = _first(params, "format") or _first(params, "output")
    results = rdf = None
    if param:
        results, rdf = _from_format_param(param)
    if results and rdf:
        return f"{results}|{rdf}"
    # a format naming one kind only (e.g. format=turtle) leaves the other to the Accept header
    results, rdf = results or _best(RESULTS_TYPES), rdf or _best(RDF_TYPES)
    if request.accept_mimetypes and not results and not rdf and not _accepts_anything():
        raise NotAcceptable(
            "none of the media types in Accept can be produced: SELECT/ASK answer in "
            + ", ".join(sorted(set(RESULTS_TYPES))) + "; CONSTRUCT/DESCRIBE in "
            + ", ".join(sorted(set(RDF_TYPES)))
        )
    return f"{results or 'json'}|{rdf or 'turtle'}"


def _first(params, name: str) -> str | None:
    value = params.get(name)
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _accepts_anything() -> bool:
    return any(m in ("*/*", "text/*", "application/*") for m, _ in request.accept_mimetypes)


def rdf_format(default: str = "turtle") -> str:
    """An RDF format name for a graph document (``format`` parameter, then Accept)."""
    param = request.args.get("format")
    if param:
        _, rdf = _from_format_param(param)
        if rdf is None:
            raise NotAcceptable(f"{param!r} is not an RDF format: use turtle, ntriples, rdfxml or jsonld")
        return rdf
    return _best(RDF_TYPES) or default


def wants_rdf() -> bool:
    """For a page with an RDF representation (entities, ontology): did the client ask for RDF?"""
    param = (request.args.get("format") or "").lower()
    if param:
        return param not in ("html", "json")
    accept = request.accept_mimetypes
    html = accept.quality("text/html")
    rdf_types = [t for t in RDF_TYPES if t not in ("application/json", "text/plain",
                                                   "application/xml", "text/xml")]
    best_rdf = max((accept.quality(t) for t in rdf_types if _explicit(t)), default=0)
    return best_rdf > 0 and best_rdf >= html


def _explicit(media: str) -> bool:
    return any(m == media for m, _ in request.accept_mimetypes)


def wants_json() -> bool:
    """A page's JSON twin: ``?format=json`` or Accept preferring application/json over HTML."""
    param = (request.args.get("format") or "").lower()
    if param:
        return param == "json"
    accept = request.accept_mimetypes
    if not _explicit("application/json"):
        return False
    return accept.quality("application/json") > accept.quality("text/html") or not _explicit("text/html")


def wants_html() -> bool:
    accept = request.accept_mimetypes
    return _explicit("text/html") and accept.quality("text/html") >= accept.quality("application/json")


def parse_rdf_media_type(content_type: str | None) -> str | None:
    """The RDF format name for a request body's Content-Type (None if not an RDF type)."""
    if not content_type:
        return None
    media = content_type.split(";")[0].strip().lower()
    extra = {"application/n-quads": None, "application/trig": None}
    if media in extra:
        return None
    return {k: v for k, v in RDF_TYPES.items() if k not in ("application/json", "text/xml")}.get(media) \
        or ({"application/json": "jsonld", "text/xml": "rdfxml"}.get(media))
