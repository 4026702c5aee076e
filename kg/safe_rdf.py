"""Make untrusted RDF and SPARQL text safe to hand to the parsers.

What pyoxigraph 0.5 does with hostile input, measured here (see docs/security.md):

* JSON-LD remote ``@context`` / ``@import``: refused by the parser (no document loader is set),
  nothing is fetched. :func:`parse` turns the message into a clear one.
* RDF/XML ``<!ENTITY x SYSTEM "http://...">``: refused by the parser; an external DTD
  (``<!DOCTYPE r SYSTEM "http://...">``) is silently ignored, not fetched.
* RDF/XML **internal entities are expanded**: "billion laughs" (ten nested entities, 1 KB of
  input) produced a 3 GB literal in 36 s. :func:`check_rdf` refuses nested entities, parameter
  and external entities and external DTDs, and caps the total expansion.
* RDF/XML nested ``rdf:Description`` elements cost quadratic time (40,000 levels: 14 s): depth cap.
* JSON-LD nested objects are parsed recursively: ~3,100 levels **segfault** the process. Depth cap.
* SPARQL: deep nesting segfaults the parser or evaluator (~950 nested function calls, ~700 nested
  ``FILTER EXISTS``, ~2,100 nested groups): :func:`check_sparql` caps bracket nesting, and the
  executor runs queries in worker processes so whatever still crashes takes down only a worker.

Turtle, TriG, N-Triples, N-Quads and N3 parse nesting iteratively (100,000 levels: fine).

>>> check_sparql("SELECT * WHERE { ?s ?p ?o }")
>>> check_sparql("SELECT * WHERE " + "{" * 500 + "}" * 500)
Traceback (most recent call last):
...
kg.errors.QueryError: the query nests brackets 500 deep; the limit is 128
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate

import pyoxigraph as ox

from kg.errors import ParseError
from kg.store.guard import MAX_SPARQL_DEPTH, check_size, check_sparql, human_size

__all__ = ["MAX_SPARQL_DEPTH", "check_size", "check_sparql", "check_rdf", "parse"]

#: Upload size cap for the web (Graph Store Protocol, uploads); the CLI imports local files
#: without one.
MAX_UPLOAD_BYTES = 64 * 2**20
MAX_JSONLD_DEPTH = 128
MAX_XML_DEPTH = 512
#: Entity expansion allowed in RDF/XML: this much plus four times the document's own size.
XML_EXPANSION_BASE = 16 * 2**20


# --- RDF ------------------------------------------------------------------------------------
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_BRACKETS = re.compile(rb"[\[\]{}]")


def check_jsonld(data: bytes, *, max_depth: int = MAX_JSONLD_DEPTH,
                 source: str | None = None) -> None:
    """Refuse JSON nested deeper than `max_depth` (the JSON-LD parser recurses: it segfaults)."""
    if data.count(b"{") + data.count(b"[") <= max_depth:
        return
    brackets = b"".join(_JSON_BRACKETS.findall(_JSON_STRING.sub(b'""', data)))
    depth = max(0, max(accumulate(1 if c in b"[{" else -1 for c in brackets), default=0))
    if depth > max_depth:
        raise ParseError(f"the JSON-LD nests {depth} levels deep; the limit is {max_depth}",
                         source=source)


_ENTITY_REF = re.compile(rb"&([A-Za-z_:][A-Za-z0-9_.:\-]*);")


def check_rdfxml(data: bytes, *, max_depth: int = MAX_XML_DEPTH,
                 source: str | None = None) -> None:
    """Refuse RDF/XML with dangerous DTD features or absurd nesting, using expat (C, no fetch).

    Refused: an external DTD (``SYSTEM``/``PUBLIC``), external or parameter entities, entities
    whose value refers to another entity (the exponential "billion laughs"), a total entity
    expansion above :data:`XML_EXPANSION_BASE` plus four times the input, element nesting
    deeper than `max_depth`. Plain internal entities (``<!ENTITY owl "http://...#">``, as
    Protégé writes) stay allowed.
    """
    if b"<!" not in data and data.count(b"<") <= max_depth:
        return
    import xml.parsers.expat as expat

    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    entities: dict[str, str] = {}
    depth = 0

    def refuse(message: str) -> None:
        raise ParseError(f"RDF/XML refused: {message}", source=source)

    def doctype(name, system_id, public_id, has_internal_subset):
        if system_id or public_id:
            refuse(f"it names an external DTD ({system_id or public_id}); dealgraph never "
                   "fetches one: remove the SYSTEM/PUBLIC identifier")

    def entity(name, is_parameter, value, base, system_id, public_id, notation):
        if is_parameter:
            refuse(f"parameter entity %{name}; is not accepted")
        if system_id or public_id or value is None:
            refuse(f"external entity &{name}; ({system_id or public_id}): dealgraph never "
                   "fetches entities")
        inner = re.search(r"&([A-Za-z_:][\w.:\-]*);", value)
        if inner:
            refuse(f"entity &{name}; refers to entity &{inner.group(1)};: nested entities "
                   "(the 'billion laughs' attack) are not accepted")
        entities[name] = value

    def start(name, attrs):
        nonlocal depth
        depth += 1
        if depth > max_depth:
            refuse(f"elements nest deeper than {max_depth} levels")

    def end(name):
        nonlocal depth
        depth -= 1

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    # With a default handler set, expat reports entity references instead of expanding them.
    parser.DefaultHandler = lambda text: None
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise ParseError(f"RDF/XML syntax error: {expat.ErrorString(exc.code)} at line "
                         f"{exc.lineno}, column {exc.offset}", source=source) from None
    if entities:
        counts = Counter(m.decode("utf-8", "replace") for m in _ENTITY_REF.findall(data))
        expansion = sum(counts[name] * len(value) for name, value in entities.items())
        allowed = XML_EXPANSION_BASE + 4 * len(data)
        if expansion > allowed:
            refuse(f"its entities expand to {human_size(expansion)}, more than the "
                   f"{human_size(allowed)} allowed")


def check_rdf(data: bytes, fmt: ox.RdfFormat, *, max_bytes: int | None = None,
              source: str | None = None) -> None:
    """Every check for `fmt` on raw bytes, before any parser sees them."""
    check_size(len(data), max_bytes, source=source)
    if fmt == ox.RdfFormat.JSON_LD:
        check_jsonld(data, source=source)
    elif fmt == ox.RdfFormat.RDF_XML:
        check_rdfxml(data, source=source)


def parse(data: bytes, fmt: ox.RdfFormat, *, base_iri: str | None = None,
          max_bytes: int | None = None, source: str | None = None) -> list[ox.Quad]:
    """:func:`check_rdf`, then parse fully with pyoxigraph; only :class:`ParseError` escapes."""
    check_rdf(data, fmt, max_bytes=max_bytes, source=source)
    try:
        return list(ox.parse(data, format=fmt, base_iri=base_iri))
    except SyntaxError as exc:
        message = str(exc)
        if "LoadDocumentCallback" in message or "remote context" in message.lower():
            raise ParseError("the JSON-LD refers to a remote @context; dealgraph never fetches "
                             "one: inline the context", source=source) from None
        raise ParseError(f"{fmt.name} syntax error: {message}", source=source) from None
    except (OSError, ValueError, UnicodeError) as exc:
        raise ParseError(f"cannot read {fmt.name} data: {exc}", source=source) from None
