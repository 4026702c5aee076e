"""Query answers in one comparable form, read from the W3C result files or from an engine.

Solutions compare as multisets (as lists when the query orders them at top level), blank nodes
up to a consistent renaming, numbers and booleans by value within their datatype (``"4.0E-1"``
and ``"0.4"`` are the same xsd:double: Oxigraph keeps numbers as values and writes them in
canonical form); graphs compare after RDF canonicalisation.
"""
from __future__ import annotations

import csv
import io
import math
from decimal import Decimal, InvalidOperation
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.store import QueryResult
from kg.store.sparql_lexer import token_matches
from tests.rdf_compare import canonical_quads
from tests.w3c_sparql.manifest import iri_of

Row = dict[str, object]

_RESULTS_FORMATS = {".srx": ox.QueryResultsFormat.XML, ".srj": ox.QueryResultsFormat.JSON,
                    ".tsv": ox.QueryResultsFormat.TSV}
_RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"


@dataclass
class Answer:
    kind: str  # "select", "ask" or "graph"
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    quads: frozenset = frozenset()

    def describe(self) -> str:
        if self.kind == "ask":
            return f"ASK {self.boolean}"
        if self.kind == "graph":
            return f"a graph of {len(self.quads)} triples"
        return f"{len(self.rows)} rows"


def from_result(result: QueryResult) -> Answer:
    """The answer of a dealgraph QueryResult (or of raw pyoxigraph, via QueryResult)."""
    if result.kind == "ask":
        return Answer("ask", boolean=bool(result.boolean))
    if result.kind == "graph":
        return graph_answer(result.triples)
    return Answer("select", rows=[dict(row) for row in result.rows])


def graph_answer(triples) -> Answer:
    data = ox.serialize([ox.Quad(t.subject, t.predicate, t.object) for t in triples],
                        format=ox.RdfFormat.N_QUADS)
    return Answer("graph", quads=frozenset(canonical_quads(data)))


def read_expected(path: Path, *, query_is_graph: bool) -> Answer:
    """The expected answer in a result file (.srx, .srj, .tsv, .csv, .ttl)."""
    suffix = path.suffix.lower()
    if suffix in _RESULTS_FORMATS:
        parsed = ox.parse_query_results(path.read_bytes(), format=_RESULTS_FORMATS[suffix])
        return from_result(QueryResult.from_oxigraph(parsed))
    if suffix == ".csv":
        return csv_answer(path.read_bytes())
    triples = list(ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE, base_iri=iri_of(path)))
    if not query_is_graph and any(t.object == ox.NamedNode(_RS + "ResultSet") for t in triples):
        return _result_set_graph(triples)
    return graph_answer(triples)


def _result_set_graph(triples) -> Answer:
    """An answer written as an rs:ResultSet graph (two of the SPARQL 1.1 tests use these)."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    boolean = list(store.query(f"SELECT ?b {{ ?r <{_RS}boolean> ?b }}"))
    if boolean:
        return Answer("ask", boolean=boolean[0]["b"].value == "true")
    rows: dict[object, Row] = {}
    for s in store.query(f"SELECT ?sol ?var ?val {{ ?r <{_RS}solution> ?sol OPTIONAL {{ ?sol "
                         f"<{_RS}binding> [ <{_RS}variable> ?var ; <{_RS}value> ?val ] }} }}"):
        row = rows.setdefault(s["sol"], {})
        if s["var"] is not None:
            row[s["var"].value] = s["val"]
    return Answer("select", rows=list(rows.values()))


def csv_answer(data: bytes) -> Answer:
    """CSV results as rows of cell text (CSV is lossy: blank nodes stay recognisable by ``_:``)."""
    table = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    header, body = table[0], table[1:]
    rows = []
    for line in body:
        rows.append({name: ox.BlankNode(cell[2:]) if cell.startswith("_:") else cell
                     for name, cell in zip(header, line) if cell != ""})
    return Answer("select", rows=rows)


def ordered(query: str) -> bool:
    """True when the query sorts its solutions at top level (ORDER BY outside any braces)."""
    depth = 0
    for match in token_matches(query):
        token = match.group(0).upper()
        depth += {"{": 1, "}": -1}.get(token, 0)
        if depth == 0 and token == "ORDER":
            return True
    return False


def same(expected: Answer, actual: Answer, *, in_order: bool) -> bool:
    if expected.kind != actual.kind:
        return False
    if expected.kind == "ask":
        return expected.boolean == actual.boolean
    if expected.kind == "graph":
        return expected.quads == actual.quads
    return same_rows(expected.rows, actual.rows, in_order=in_order)


def _blank(term) -> bool:
    return isinstance(term, ox.BlankNode)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte")}
_FLOATS = {_XSD + "double", _XSD + "float"}


def _value(term) -> object:
    """A comparison key: numbers and booleans by value (within their datatype), else the term."""
    if not isinstance(term, ox.Literal):
        return term
    datatype, text = term.datatype.value, term.value.strip()
    try:
        if datatype in _INTEGERS or datatype == _XSD + "decimal":
            return datatype, Decimal(text)
        if datatype in _FLOATS:
            number = float(text.replace("INF", "inf"))
            return datatype, "NaN" if math.isnan(number) else number
    except (InvalidOperation, ValueError):
        return term  # ill-typed: compared as written
    if datatype == _XSD + "boolean" and text in ("true", "false", "1", "0"):
        return datatype, text in ("true", "1")
    return term


def _signature(row: Row) -> tuple:
    """The row with every blank node replaced by a placeholder (equal rows share it)."""
    return tuple(sorted(((k, "_:" if _blank(v) else _value(v)) for k, v in row.items()),
                        key=repr))


def same_rows(expected: list[Row], actual: list[Row], *, in_order: bool) -> bool:
    """Multiset (or list) equality up to a bijective renaming of blank nodes."""
    if len(expected) != len(actual):
        return False
    exp_sigs = [_signature(r) for r in expected]
    act_sigs = [_signature(r) for r in actual]
    if in_order and exp_sigs != act_sigs:
        return False
    if Counter(exp_sigs) != Counter(act_sigs):
        return False
    if not any(_blank(v) for row in expected for v in row.values()):
        return True
    return _match(expected, actual, exp_sigs, act_sigs, in_order)


def _unify(e_row: Row, a_row: Row, forward: dict, backward: dict) -> tuple[dict, dict] | None:
    forward, backward = dict(forward), dict(backward)
    for key, e in e_row.items():
        a = a_row[key]
        if _blank(e):
            if forward.setdefault(e, a) != a or backward.setdefault(a, e) != e:
                return None
    return forward, backward


def _match(expected, actual, exp_sigs, act_sigs, in_order) -> bool:
    def search(i: int, free: tuple[int, ...], forward: dict, backward: dict) -> bool:
        if i == len(expected):
            return True
        candidates = (i,) if in_order else free
        for j in candidates:
            if act_sigs[j] != exp_sigs[i]:
                continue
            mapping = _unify(expected[i], actual[j], forward, backward)
            if mapping and search(i + 1, tuple(k for k in free if k != j), *mapping):
                return True
        return False

    return search(0, tuple(range(len(actual))), {}, {})
