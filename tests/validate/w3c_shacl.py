"""The W3C SHACL test suites (Core, SHACL-SPARQL) read from ../shared/w3c/shacl, as cases.

Each case names its data file and shapes file; its expected report is turned into a set of
comparable result keys (focus node, path, value, severity, source shape, component), with blank
nodes compared as "a blank node" (the data passes through a store, which renames them).
"""
from __future__ import annotations

import datetime
import re
from decimal import Decimal
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib import BNode, Literal

from kg.validate.shapes import path_sparql

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = rdflib.Namespace("http://www.w3.org/ns/shacl-test#")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
BLANK = "_:"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class ShaclCase:
    id: str
    data: Path
    shapes: Path
    conforms: bool
    results: frozenset
    failure: bool = False   # the W3C expects the validator to fail (sht:Failure)
    prefixes: tuple = ()


def _term_key(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, BNode):
        return BLANK
    if isinstance(term, Literal):
        return literal_key(str(term), term.language, term.datatype)
    return str(term)


_VALUE_TYPES = (bool, int, float, Decimal, datetime.date, datetime.time)


def literal_key(lexical: str, language: str | None, datatype) -> str:
    """A literal compared by value where its lexical form is valid (the store writes canonical
    forms: "4.0"^^xsd:decimal comes back as "4"), else by its text."""
    if language:
        return f"{lexical}@{language.lower()}"
    datatype = str(datatype or XSD_STRING)
    value = Literal(lexical, datatype=datatype)
    if value.ill_typed is False and isinstance(value.value, _VALUE_TYPES):
        return f"{value.value!r}^^{datatype}"
    return f"{lexical}^^{datatype}"


def expand(path: str | None, prefixes) -> str | None:
    """A SPARQL path with prefixed names written out as full IRIs."""
    if path is None:
        return None
    table = dict(prefixes)
    table.setdefault("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    table.setdefault("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
    table.setdefault("owl", "http://www.w3.org/2002/07/owl#")
    return re.sub(r"(?<![<\w])([A-Za-z][\w-]*):([\w-]*)(?![^<]*>)",
                  lambda m: f"<{table[m.group(1)]}{m.group(2)}>" if m.group(1) in table
                  else m.group(0), path)


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


def expected_keys(graph: rdflib.Graph, report) -> frozenset:
    keys = set()
    for result in graph.objects(report, SH.result):
        path = graph.value(result, SH.resultPath)
        focus = graph.value(result, SH.focusNode)
        keys.add((
            BLANK if isinstance(focus, BNode) else str(focus),   # the JSON report gives its text
            None if path is None else expand(path_sparql(graph, path), graph.namespaces()),
            _term_key(graph.value(result, SH.value)),
            _local(graph.value(result, SH.resultSeverity)),
            _term_key(graph.value(result, SH.sourceShape)),
            _local(graph.value(result, SH.sourceConstraintComponent)),
        ))
    return frozenset(keys)


def actual_keys(results: list[dict], prefixes=()) -> frozenset:
    """Keys of the results in ``dealgraph validate --format json`` output."""
    keys = set()
    for r in results:
        value = r["value"]
        if value is None:
            value_key = None
        elif value["type"] == "bnode":
            value_key = BLANK
        elif value["type"] == "literal":
            value_key = literal_key(value["value"], value.get("language"), value.get("datatype"))
        else:
            value_key = value["value"]
        focus = r["focus"]
        shape = r["shape"]
        keys.add((
            BLANK if focus.startswith("_:") else focus,
            expand(r["path"], prefixes),
            value_key,
            r["severity"],
            BLANK if shape.startswith("_:") else shape,
            _local(r["component"]),
        ))
    return frozenset(keys)


def cases(root: Path) -> list[ShaclCase]:
    """Every sht:Validate case under `root` (a folder of manifests that include others)."""
    found = []
    for manifest in sorted(root.rglob("manifest.ttl")):
        graph = rdflib.Graph().parse(manifest, publicID=manifest.as_uri())
        for include in graph.objects(None, MF.include):
            path = Path(str(include).removeprefix("file://"))
            if path.name == "manifest.ttl":
                continue
            found += _cases_in(path, root)
    return sorted(found, key=lambda c: c.id)


def _cases_in(path: Path, root: Path) -> list[ShaclCase]:
    graph = rdflib.Graph().parse(path, publicID=path.as_uri())
    out = []
    for test in graph.subjects(rdflib.RDF.type, SHT.Validate):
        action = graph.value(test, MF.action)
        data = Path(str(graph.value(action, SHT.dataGraph)).removeprefix("file://"))
        shapes = Path(str(graph.value(action, SHT.shapesGraph)).removeprefix("file://"))
        report = graph.value(test, MF.result)
        conforms = graph.value(report, SH.conforms)
        shapes_graph = rdflib.Graph().parse(shapes, publicID=shapes.as_uri())
        out.append(ShaclCase(
            id=str(path.relative_to(root).with_suffix("")), data=data, shapes=shapes,
            conforms=bool(conforms.toPython()) if isinstance(conforms, Literal) else False,
            results=expected_keys(graph, report), failure=report == SHT.Failure,
            prefixes=tuple((p, str(n)) for p, n in shapes_graph.namespaces() if p)))
    return out


