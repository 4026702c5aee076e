"""The W3C SPARQL 1.1 test manifests (syntax and query evaluation suites), read with rdflib.

Each entry of a folder's ``manifest.ttl`` becomes one case, named ``folder/entry`` (the entry's
local name); relative IRIs in a manifest resolve against the manifest file's own URL, so every
file a case names is a path under the suite folder.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from kg import paths
from tests.webapp.w3c import MF, _list

QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")

SYNTAX_SUITES = ("syntax-query", "syntax-update-1", "syntax-update-2", "syntax-fed")
EVAL_SUITES = ("aggregates", "bind", "bindings", "cast", "construct", "csv-tsv-res", "exists",
               "functions", "grouping", "json-res", "negation", "project-expression",
               "property-path", "subquery")

_POSITIVE = {MF.PositiveSyntaxTest11, MF.PositiveUpdateSyntaxTest11}
_NEGATIVE = {MF.NegativeSyntaxTest11, MF.NegativeUpdateSyntaxTest11}
_UPDATE = {MF.PositiveUpdateSyntaxTest11, MF.NegativeUpdateSyntaxTest11}
_EVALUATION = {MF.QueryEvaluationTest, MF.CSVResultFormatTest}


def suites_dir() -> Path:
    return paths.shared_dir() / "w3c" / "sparql11"


def iri_of(path: Path) -> str:
    """The IRI a suite file has (and the base its relative IRIs resolve against)."""
    return Path(path).resolve().as_uri()


def _path(node) -> Path:
    return Path(unquote(urlsplit(str(node)).path))


@dataclass(frozen=True)
class SyntaxCase:
    suite: str
    name: str
    path: Path
    positive: bool
    update: bool

    @property
    def id(self) -> str:
        return f"{self.suite}/{self.name}"

    def text(self) -> str:
        return self.path.read_bytes().decode("utf-8")


@dataclass(frozen=True)
class EvalCase:
    suite: str
    name: str
    query: Path
    result: Path
    data: tuple[Path, ...] = field(default_factory=tuple)
    graph_data: tuple[Path, ...] = field(default_factory=tuple)
    csv: bool = False  # a CSVResultFormatTest: the CSV serialisation itself is compared

    @property
    def id(self) -> str:
        return f"{self.suite}/{self.name}"

    def text(self) -> str:
        return self.query.read_bytes().decode("utf-8")


@lru_cache(maxsize=None)
def _entries(suite: str) -> tuple[Graph, list]:
    manifest = suites_dir() / suite / "manifest.ttl"
    graph = Graph()
    graph.parse(manifest, format="turtle", publicID=iri_of(manifest))
    root = URIRef(iri_of(manifest))
    return graph, _list(graph, graph.value(root, MF.entries))


def syntax_cases(suite: str) -> list[SyntaxCase]:
    graph, entries = _entries(suite)
    cases = []
    for entry in entries:
        kinds = set(graph.objects(entry, RDF.type))
        if not kinds & (_POSITIVE | _NEGATIVE):
            continue
        cases.append(SyntaxCase(suite, str(entry).rpartition("#")[2],
                                _path(graph.value(entry, MF.action)),
                                positive=bool(kinds & _POSITIVE), update=bool(kinds & _UPDATE)))
    return cases


def eval_cases(suite: str) -> list[EvalCase]:
    graph, entries = _entries(suite)
    cases = []
    for entry in entries:
        kinds = set(graph.objects(entry, RDF.type))
        if not kinds & _EVALUATION:
            continue
        action = graph.value(entry, MF.action)
        cases.append(EvalCase(
            suite, str(entry).rpartition("#")[2],
            query=_path(graph.value(action, QT.query)),
            result=_path(graph.value(entry, MF.result)),
            data=tuple(sorted(_path(d) for d in graph.objects(action, QT.data))),
            graph_data=tuple(sorted(_path(g) for g in graph.objects(action, QT.graphData))),
            csv=MF.CSVResultFormatTest in kinds,
        ))
    return cases


def available() -> bool:
    return (suites_dir() / "manifest-all.ttl").is_file()
