"""The W3C SHACL test suites (Core, SHACL-SPARQL) run through ``dealgraph validate``.

Each test file holds the data, the shapes and the expected ``sh:ValidationReport`` (its
``mf:result``). A case imports the file into a fresh store (its own named graph), runs
``dealgraph validate --shapes FILE --engine E --format turtle`` and compares the report as the
W3C suite does: the conforms flag and the multiset of top-level results (``sh:result`` of the
report; nested ``sh:detail`` results are not results of their own) by focus node, path, value,
severity, source shape and constraint component. Blank nodes compare as "some blank node" (the
suite compares reports up to blank-node renaming; the result keys here carry no blank-node
structure beyond paths, which compare as SPARQL path text).

``python -m tests.validate.w3c_shacl [core|sparql] [--engine E] [--plain]`` prints the pass counts.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib import RDF, BNode, Literal

from kg.validate.shapes import SH, path_sparql

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = rdflib.Namespace("http://www.w3.org/ns/shacl-test#")


@dataclass(frozen=True)
class Case:
    """One W3C SHACL test: its id (suite/folder/name), file, and expected outcome."""

    id: str
    path: Path  # the test file: the expected report
    data: Path
    shapes: Path
    expect_failure: bool  # mf:result sht:Failure: the validator must report an error

    def expected(self) -> Outcome:
        return expected_outcome(self.path)


@dataclass(frozen=True)
class Outcome:
    conforms: bool | None
    results: Counter

    def describe(self) -> str:
        lines = [f"conforms={self.conforms}, {sum(self.results.values())} result(s)"]
        lines += [f"  {key}" for key in sorted(self.results, key=str)]
        return "\n".join(lines)


def cases(root: Path, suite: str) -> list[Case]:
    """Every test reachable from ``root/suite/manifest.ttl`` through ``mf:include``."""
    found: list[Case] = []
    _collect(root / suite / "manifest.ttl", root, found, set())
    return sorted(found, key=lambda c: c.id)


def _collect(manifest: Path, root: Path, found: list[Case], seen: set[Path]) -> None:
    if manifest in seen:
        return
    seen.add(manifest)
    graph = rdflib.Graph().parse(manifest, format="turtle")
    for included in sorted(graph.objects(None, MF.include)):
        _collect(_local(included), root, found, seen)
    for head in graph.objects(None, MF.entries):
        for entry in rdflib.collection.Collection(graph, head):
            result = graph.value(entry, MF.result)
            action = graph.value(entry, MF.action)
            stem = str(manifest.relative_to(root).parent / manifest.stem)
            found.append(Case(id=stem, path=manifest,
                              data=_local(graph.value(action, SHT.dataGraph)),
                              shapes=_local(graph.value(action, SHT.shapesGraph)),
                              expect_failure=result == SHT.Failure))


def _local(iri) -> Path:
    from urllib.request import url2pathname

    return Path(url2pathname(str(iri).removeprefix("file://")))


def _key(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, BNode):
        return "_:"
    if isinstance(term, Literal):  # RDF 1.1: a simple literal is an xsd:string
        if term.datatype == rdflib.XSD.string:
            return Literal(str(term)).n3()
        return term.n3()
    return str(term)


def report_outcome(graph: rdflib.Graph, report) -> Outcome:
    """The conforms flag and the top-level results of the report node `report`."""
    conforms = graph.value(report, SH.conforms)
    results: Counter = Counter()
    for node in graph.objects(report, SH.result):
        path = graph.value(node, SH.resultPath)
        results[(_key(graph.value(node, SH.focusNode)),
                 path_sparql(graph, path) if path is not None else None,
                 _key(graph.value(node, SH.value)),
                 _key(graph.value(node, SH.resultSeverity)),
                 _key(graph.value(node, SH.sourceShape)),
                 _key(graph.value(node, SH.sourceConstraintComponent)))] += 1
    return Outcome(None if conforms is None else bool(conforms.toPython()), results)


def expected_outcome(path: Path) -> Outcome:
    graph = rdflib.Graph().parse(path, format="turtle")
    report = next(r for r in graph.objects(None, MF.result) if r != SHT.Failure)
    return report_outcome(graph, report)


def actual_outcome(turtle: str) -> Outcome:
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    report = graph.value(None, RDF.type, SH.ValidationReport, any=False)
    if report is None:
        report = next(graph.subjects(RDF.type, SH.ValidationReport))
    return report_outcome(graph, report)


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str


def graph_of(case: Case) -> str:
    return case.data.resolve().as_uri()


def cli_argv(case: Case, store_dir: Path, engine: str) -> tuple[list[str], list[str]]:
    """The two commands a case runs: import its file, validate it with its own shapes."""
    store = ["--store", str(store_dir)]
    return (["import", str(case.data), "--graph", graph_of(case), *store],
            ["validate", "--shapes", str(case.shapes), "--engine", engine, "--format", "turtle", "--fail-on", "info",
             *store])


def run_in_process(case: Case, store_dir: Path, engine: str) -> Run:
    """Both commands through the CLI's real entry point, in this process."""
    from kg.cli.main import main

    runs = []
    for argv in cli_argv(case, store_dir, engine):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
        runs.append(Run(code, out.getvalue(), err.getvalue()))
    if runs[0].exit_code != 0:
        return runs[0]
    return runs[1]


def plain_pyshacl(case: Case) -> Outcome | None:
    """pySHACL alone on the files (the comparison point: no store, no dealgraph); None when
    pySHACL reports that it cannot validate them."""
    import pyshacl
    from pyshacl.errors import ReportableRuntimeError

    data = rdflib.Graph().parse(case.data, format="turtle")
    shapes = rdflib.Graph().parse(case.shapes, format="turtle")
    try:
        _, report_graph, _ = pyshacl.validate(data, shacl_graph=shapes)
    except (ReportableRuntimeError, NotImplementedError):
        return None
    if not isinstance(report_graph, rdflib.Graph):  # pySHACL's ValidationFailure
        return None
    return actual_outcome(report_graph.serialize(format="turtle"))


def passes(case: Case, run: Run) -> bool:
    if case.expect_failure:
        return run.exit_code == 2
    if run.exit_code not in (0, 1):
        return False
    return actual_outcome(run.stdout) == case.expected()


def main(argv: list[str] | None = None) -> int:
    from kg import paths

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", nargs="?", default="core", choices=["core", "sparql"])
    parser.add_argument("--engine", default="fast")
    parser.add_argument("--plain", action="store_true", help="plain pySHACL, no dealgraph")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    root = paths.shared_dir() / "w3c" / "shacl"
    passed, failed = 0, []
    for case in cases(root, args.suite):
        if args.plain:
            outcome = plain_pyshacl(case)
            ok = outcome is None if case.expect_failure else outcome == case.expected()
            if not ok and args.verbose:
                print(f"--- {case.id}: {outcome.describe() if outcome else 'pySHACL failed'}")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                run = run_in_process(case, Path(tmp) / "store", args.engine)
                ok = passes(case, run)
                if not ok and args.verbose:
                    print(f"--- {case.id}: exit {run.exit_code} {run.stderr.strip()}")
                    if run.exit_code in (0, 1) and not case.expect_failure:
                        print("expected", case.expected().describe())
                        print("actual", actual_outcome(run.stdout).describe())
        passed += ok
        if not ok:
            failed.append(case.id)
    total = passed + len(failed)
    print(f"{args.suite}: {passed}/{total} pass; failing: {' '.join(failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
