"""What a SPARQL server does differently, and what the remote store does about it.

A :class:`Dialect` is chosen per server (``--server standard|virtuoso|auto``; ``auto`` asks the
server once: Virtuoso names itself in its ``Server:`` header). The standard dialect is the
SPARQL 1.1 protocol as `oxigraph serve` and Fuseki speak it. Virtuoso (tested: Debian's 7.2.5)
differs in ways measured against it (docs/remote-stores.md, "Engine differences"):

- no writable unnamed default graph, and queries without a dataset see every graph (a bag):
  the set union that dealgraph keeps as the default graph lives in the named graph
  :data:`UNION_GRAPH`; every request that names no default graph is sent with
  ``default-graph-uri`` (``using-graph-uri`` for updates) naming it: Virtuoso also takes it as
  the target of ``INSERT DATA`` without ``GRAPH``. In a request that names no graphs of its
  own, each ``GRAPH ?g`` pattern is given a filter so it never sees the union graph or
  Virtuoso's own graphs (``define input:named-graph-exclude`` would hide the union graph from
  the default graph too, and a list of the stored graphs is refused past some thousands);
  a text with only ``GRAPH <iri>`` names those graphs, so an absent one is empty (Virtuoso
  7.2 answers it, with a default graph given, with one empty solution: ``ASK`` says true):
  :mod:`kg.store.hidden_graphs`;
- literals come back in its own lexical forms (booleans as ``1``/``0``, doubles as ``1000.0``,
  ``.500`` seconds): :func:`canonical` gives them Oxigraph's canonical forms, so results are
  the same term for term as the embedded store's;
- a request of several operations is not atomic (an error in the third leaves the first two
  done), blank nodes are refused in ``INSERT DATA``, and long requests are slow: see
  :mod:`kg.store.staged`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg.errors import UsageError
from kg.written_forms import STORED_AS

#: Where a Virtuoso store keeps dealgraph's default graph (the set union of the named graphs).
UNION_GRAPH = "urn:dealgraph:union-default-graph"
#: Graphs Virtuoso keeps for itself (a fresh 7.2 database): never dealgraph's, never shown.
VIRTUOSO_SYSTEM_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
    "http://www.openlinksw.com/schemas/RDF_Inference_Rules#",
)
_XSD = "http://www.w3.org/2001/XMLSchema#"
#: staging graphs of a write under way (kg.store.staged), never shown
STAGING_PREFIX = "urn:dealgraph:staging:"
#: ``GRAPH`` (a false positive inside a string only costs the graph list)
_GRAPH = re.compile(r"\bGRAPH\b", re.IGNORECASE)
#: ``GRAPH <iri>``: named with the stored graphs, so a graph that is absent reads as empty
_GRAPH_IRI = re.compile(r"\bGRAPH\s*<([^<>\s]*)>", re.IGNORECASE)


@dataclass(frozen=True)
class Dialect:
    name: str
    #: the named graph holding the default graph; None: the server's own unnamed graph
    union_graph: str | None = None
    #: graphs the server keeps for itself, hidden from every query without its own dataset
    hidden_graphs: tuple[str, ...] = field(default_factory=tuple)
    #: literals need :func:`canonical` (the server rewrites lexical forms)
    canonicalise: bool = False
    #: several operations in one request are not atomic: write in stages (kg.store.staged)
    staged_writes: bool = False
    #: bytes of N-Triples per staging request
    chunk_bytes: int = 4 * 2**20
    #: bound values go first in the WHERE group, not in a trailing VALUES
    inline_values: bool = False
    #: ``DROP GRAPH <g>`` fails for a graph holding triples but never ``CREATE``d: sent as
    #: ``DROP SILENT GRAPH <g>`` when `g` holds triples (:func:`silent_drops`)
    drop_needs_create: bool = False
    #: CONSTRUCT/DESCRIBE answers asked as N-Triples: the server's Turtle loses datatypes
    #: (Virtuoso writes ``"39"^^xsd:decimal`` as ``39``, an integer)
    ntriples_graphs: bool = False
    #: ``?s <p>+ ?o`` sent as the server's set-valued transitive subquery (kg.store.transitive)
    transitive_subqueries: bool = False

    def must_hide_graphs(self, sparql: str, has_named: bool) -> bool:
        """True when a request that names no graphs of its own reads ``GRAPH``: on a
        union-graph server (Virtuoso) ``GRAPH ?g`` would see the union graph and the server's
        own graphs, and ``GRAPH <iri>`` of a graph outside the dataset answers one empty
        solution (so ``ASK`` says true); see :mod:`kg.store.hidden_graphs`."""
        return bool(self.union_graph) and not has_named and bool(_GRAPH.search(sparql))

    def hides(self, graph: str) -> bool:
        return (graph == self.union_graph or graph in self.hidden_graphs
                or graph.startswith(STAGING_PREFIX))

    def graph_filter(self, var: str) -> str:
        """A ``FILTER`` keeping `var` off the graphs this dialect hides."""
        listed = ", ".join(f"<{g}>" for g in (self.union_graph, *self.hidden_graphs))
        return (f"FILTER ({var} NOT IN ({listed}) && "
                f"!STRSTARTS(STR({var}), \"{STAGING_PREFIX}\"))")


STANDARD = Dialect("standard")
VIRTUOSO = Dialect("virtuoso", union_graph=UNION_GRAPH, hidden_graphs=VIRTUOSO_SYSTEM_GRAPHS,
                   canonicalise=True, staged_writes=True, chunk_bytes=4 * 2**20,
                   inline_values=True, ntriples_graphs=True,
                   drop_needs_create=True, transitive_subqueries=True)
DIALECTS = {"standard": STANDARD, "virtuoso": VIRTUOSO}


def dropped_graphs(sparql: str) -> list[tuple[int, str]]:
    """(offset of the ``GRAPH`` keyword, IRI) of each ``DROP GRAPH <absolute iri>`` (not
    ``SILENT``) in an update.

    >>> dropped_graphs('DROP GRAPH <http://g/1> ; DROP SILENT GRAPH <http://g/2> ; INSERT DATA { }')
    [(5, 'http://g/1')]
    """
    from kg.store.sparql_lexer import token_matches

    found, window = [], []
    for match in token_matches(sparql):
        window = (window + [match])[-3:]
        if len(window) == 3 and window[0].group().upper() == "DROP" \
                and window[1].group().upper() == "GRAPH" and window[2].group().startswith("<"):
            iri = window[2].group()[1:-1]
            if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri):
                found.append((window[1].start(), iri))
    return found


def silent_drops(sparql: str, stored: set[str]) -> str:
    """`sparql` with ``DROP GRAPH <g>`` made ``DROP SILENT GRAPH <g>`` where `g` is in
    `stored` (it exists: the drop cannot fail but for Virtuoso's "never CREATEd"); a graph not
    stored keeps the plain ``DROP`` and the server's error, as SPARQL 1.1 says.

    >>> silent_drops("DROP GRAPH <http://g/1>; DROP GRAPH <http://g/2>", {"http://g/1"})
    'DROP SILENT GRAPH <http://g/1>; DROP GRAPH <http://g/2>'
    """
    for at, iri in reversed(dropped_graphs(sparql)):
        if iri in stored:
            sparql = f"{sparql[:at]}SILENT {sparql[at:]}"
    return sparql


def graph_iris(sparql: str) -> set[str]:
    """The IRIs written as ``GRAPH <iri>`` in `sparql`."""
    return set(_GRAPH_IRI.findall(sparql))


#: Virtuoso names blank nodes ``nodeID://b10006`` in JSON results
_NODE_ID = re.compile(rb'("type": "bnode", "value": ")nodeID://')


def plain_bnodes(body: bytes) -> bytes:
    """JSON results with Virtuoso's ``nodeID://`` blank node names made plain labels."""
    return _NODE_ID.sub(rb"\1", body)


def named(name: str) -> Dialect:
    try:
        return DIALECTS[name.lower()]
    except KeyError:
        raise UsageError(f"unknown server kind {name!r} (choose from auto, "
                         f"{', '.join(DIALECTS)})") from None


def from_server_header(header: str | None) -> Dialect:
    """The dialect a server's ``Server:`` response header names (``Virtuoso/07.20...``)."""
    return VIRTUOSO if header and "virtuoso" in header.lower() else STANDARD


def canonical(term):
    """`term` with Oxigraph's canonical lexical form where Virtuoso writes its own.

    >>> canonical(ox.Literal("1", datatype=ox.NamedNode(_XSD + "boolean"))).value
    'true'
    >>> canonical(ox.Literal("1000.0", datatype=ox.NamedNode(_XSD + "double"))).value
    '1000'
    >>> canonical(ox.Literal("2020-01-01T00:00:00.500+02:00", datatype=ox.NamedNode(_XSD + "dateTime"))).value
    '2020-01-01T00:00:00.5+02:00'
    >>> canonical(ox.Literal("68", datatype=ox.NamedNode(_XSD + "nonNegativeInteger")))
    <Literal value=68 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if not isinstance(term, ox.Literal) or term.language:
        return term
    datatype = term.datatype.value
    if datatype in STORED_AS:  # Oxigraph keeps "5"^^xsd:int as "5"^^xsd:integer; Virtuoso as written
        return ox.Literal(_integer(term.value) if STORED_AS[datatype] == _XSD + "integer"
                          else _seconds(term.value), datatype=ox.NamedNode(STORED_AS[datatype]))
    if not datatype.startswith(_XSD):
        return term
    fix = _FIXES.get(datatype[len(_XSD):])
    if fix is None:
        return term
    value = fix(term.value)
    return term if value == term.value else ox.Literal(value, datatype=term.datatype)


def _integer(text: str) -> str:
    try:
        return str(int(text))
    except ValueError:
        return text


def _boolean(text: str) -> str:
    return {"1": "true", "0": "false"}.get(text, text)


def _double(text: str) -> str:
    """Rust's f64 Display, which Oxigraph writes: shortest round-trip digits, no exponent."""
    try:
        number = float(text)
    except ValueError:
        return text
    if number != number or number in (float("inf"), float("-inf")):
        return {"nan": "NaN", "inf": "INF", "-inf": "-INF"}[repr(number)]
    digits = format(Decimal(repr(number)), "f")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits


def _decimal(text: str) -> str:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    digits = format(number, "f")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits if digits not in ("-0", "") else "0"


def _seconds(text: str) -> str:
    """Trailing zeros of fractional seconds dropped (``00.500`` -> ``00.5``, ``00.000`` -> ``00``)."""
    head, dot, tail = text.partition(".")
    if not dot:
        return text
    digits = len(tail) - len(tail.lstrip("0123456789"))
    fraction, zone = tail[:digits].rstrip("0"), tail[digits:]
    return f"{head}.{fraction}{zone}" if fraction else head + zone


_FIXES = {"boolean": _boolean, "double": _double, "float": _double, "decimal": _decimal,
          "dateTime": _seconds, "time": _seconds}


def inline_values(sparql: str, clause: str) -> str:
    """`sparql` with the VALUES `clause` first in its WHERE group, not trailing: Virtuoso
    refuses a trailing VALUES on a variable the query does not project ("No column s").

    >>> inline_values("SELECT ?o WHERE { ?s ?p ?o }", "VALUES (?s) { (<x:a>) }")
    'SELECT ?o WHERE { VALUES (?s) { (<x:a>) } ?s ?p ?o }'
    >>> inline_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "VALUES (?s) { (<x:a>) }")
    'CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<x:a>) } ?s ?p ?o }'
    """
    from kg.store.sparql_lexer import token_matches

    depth, skip_template = 0, False
    for match in token_matches(sparql):
        text = match.group(0).upper()
        if depth == 0 and text == "CONSTRUCT":
            skip_template = True
        elif depth == 0 and text == "WHERE":
            skip_template = False
        elif text == "{":
            if depth == 0 and not skip_template:
                at = match.end()
                return f"{sparql[:at]} {clause}{sparql[at:]}"
            depth += 1
        elif text == "}":
            depth -= 1
            if depth == 0 and skip_template:
                skip_template = False
    return sparql.rstrip() + "\n" + clause + "\n"

