"""Issue 15: validation never reports "conforms" for something it did not check.

Each test writes a small data file and shapes file, imports the data with ``dealgraph import``
and validates with ``dealgraph validate --shapes`` (the CLI's entry point, in process).
"""
from __future__ import annotations

import json

import pytest

import kg
from kg import changes
from kg.cli.main import main

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
"""


def validate(tmp_path, capsys, data: str, shapes: str, *options: str) -> tuple[int, dict]:
    (tmp_path / "data.ttl").write_text(PREFIXES + data, encoding="utf-8")
    (tmp_path / "shapes.ttl").write_text(PREFIXES + shapes, encoding="utf-8")
    store = ["--store", str(tmp_path / "store")]
    assert main(["import", str(tmp_path / "data.ttl"), "--graph", "http://example.org/g", *store]) == 0
    capsys.readouterr()
    code = main(["validate", "--shapes", str(tmp_path / "shapes.ttl"), "--format", "json",
                 *store, *options])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_unsupported_shape_never_reports_conforms(tmp_path, capsys, engine):
    """sh:disjoint (once neither compiled nor answered: "conforms, 0 results") now compiles;
    sh:closed, which the fast engine does not compile, goes to a full pySHACL run that reports."""
    code, report = validate(tmp_path, capsys, """
ex:bad1 ex:p1 "A" ; ex:p2 "A" .
ex:bad2 ex:p1 "A", "B" ; ex:p2 "A" .
ex:bad3 ex:p1 "C" ; ex:p3 "X" .
ex:good ex:p1 "A" ; ex:p2 "B" .""", """
ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:p1 ;
    sh:property [ sh:path ex:p1 ; sh:disjoint ex:p2 ; sh:uniqueLang true ] .
ex:C a sh:NodeShape ; sh:targetNode ex:bad3, ex:good ; sh:closed true ;
    sh:property [ sh:path ex:p1 ] , [ sh:path ex:p2 ] .""", "--engine", engine)
    assert code == 1 and report["conforms"] is False
    assert sorted((r["focus"], r["component"], r["path"]) for r in report["results"]) == [
        ("http://example.org/bad1", "DisjointConstraintComponent", "<http://example.org/p1>"),
        ("http://example.org/bad2", "DisjointConstraintComponent", "<http://example.org/p1>"),
        ("http://example.org/bad3", "ClosedConstraintComponent", "<http://example.org/p3>")]
    if engine == "fast":
        assert [h["shape"] for h in report["handed_over"]] == ["http://example.org/C"]
        assert "closed" in report["handed_over"][0]["reason"]


def test_custom_constraint_component_is_checked(tmp_path, capsys):
    """A component declared in the shapes graph: the fast engine cannot ignore its parameter."""
    code, report = validate(tmp_path, capsys, 'ex:a ex:label "x" . ex:b ex:label "y" .', """
ex:Only a sh:ConstraintComponent ; sh:parameter [ sh:path ex:only ] ;
    sh:validator [ a sh:SPARQLAskValidator ; sh:ask "ASK { FILTER (?value = $only) }" ] .
ex:S a sh:PropertyShape ; sh:targetSubjectsOf ex:label ; sh:path ex:label ; ex:only "x" .""")
    assert code == 1
    assert [r["focus"] for r in report["results"]] == ["http://example.org/b"]


def test_sparql_constraint_needing_prebinding_is_not_joined(tmp_path, capsys):
    """$this used only in a FILTER: joining would find nothing; pre-binding finds ex:a."""
    code, report = validate(tmp_path, capsys, "ex:a ex:p 1 .", """
ex:S a sh:NodeShape ; sh:targetNode ex:a ;
    sh:sparql [ sh:select "SELECT $this WHERE { FILTER ($this = <http://example.org/a>) }" ] .""")
    assert code == 1 and [r["focus"] for r in report["results"]] == ["http://example.org/a"]


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_ill_formed_literal_of_a_derived_type_is_a_violation(tmp_path, capsys, engine):
    code, report = validate(tmp_path, capsys, 'ex:a ex:p "c"^^xsd:byte .', """
ex:S a sh:PropertyShape ; sh:targetSubjectsOf ex:p ; sh:path ex:p ; sh:datatype xsd:byte .""",
        "--engine", engine)
    assert code == 1 and report["undecided"] == []
    assert [r["value"]["value"] for r in report["results"]] == ["c"]


def validate_inserted(tmp_path, capsys, data: str, shapes: str, *options: str) -> tuple[int, dict]:
    """Like :func:`validate`, but the data arrives by a SPARQL update (its written forms are
    not recorded: kg.written_forms)."""
    (tmp_path / "shapes.ttl").write_text(PREFIXES + shapes, encoding="utf-8")
    with kg.open_store(tmp_path / "store", bare=True) as store:
        changes.run_update(store, PREFIXES.replace("@prefix", "PREFIX").replace(" .\n", "\n")
                           + f"INSERT DATA {{ GRAPH ex:g {{ {data} }} }}")
    code = main(["validate", "--shapes", str(tmp_path / "shapes.ttl"), "--format", "json",
                 "--store", str(tmp_path / "store"), *options])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_rewritten_literal_from_an_update_is_undecided_not_a_false_violation(tmp_path, capsys, engine):
    """An update's "12"^^xsd:int is stored as xsd:integer, its written form unknown: neither a
    violation nor a pass."""
    code, report = validate_inserted(tmp_path, capsys, 'ex:a ex:p "12"^^xsd:int .', """
ex:S a sh:PropertyShape ; sh:targetSubjectsOf ex:p ; sh:path ex:p ; sh:datatype xsd:int .""",
        "--engine", engine)
    assert report["results"] == []
    assert code == 1 and report["conforms"] is False
    assert len(report["undecided"]) == 1 and "cannot be decided" in report["undecided"][0]


def test_undecided_text_report_says_so(tmp_path, capsys):
    (tmp_path / "s.ttl").write_text(PREFIXES + "ex:S a sh:PropertyShape ; sh:targetSubjectsOf ex:p ; "
                                    "sh:path ex:p ; sh:datatype xsd:nonNegativeInteger .", encoding="utf-8")
    validate_inserted(tmp_path, capsys, 'ex:a ex:p "7"^^xsd:nonNegativeInteger .', "")
    assert main(["validate", "--shapes", str(tmp_path / "s.ttl"), "--store", str(tmp_path / "store")]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "dealgraph validation report: UNDECIDED (fail on: Violation)"
    assert "UNDECIDED: sh:datatype" in out


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_imported_int_literal_is_checked_as_written(tmp_path, capsys, engine):
    """An imported "12"^^xsd:int (stored as xsd:integer) conforms to sh:datatype xsd:int."""
    code, report = validate(tmp_path, capsys, 'ex:a ex:p "12"^^xsd:int .', """
ex:S a sh:PropertyShape ; sh:targetSubjectsOf ex:p ; sh:path ex:p ; sh:datatype xsd:int .""",
        "--engine", engine)
    assert (code, report["conforms"], report["results"], report["undecided"]) == (0, True, [], [])


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_int_literal_never_passes_as_xsd_integer(tmp_path, capsys, engine):
    """Regression: "5"^^xsd:int was stored as xsd:integer, so sh:datatype xsd:integer said
    "conforms" (a false pass) on both engines."""
    code, report = validate(tmp_path, capsys, 'ex:a ex:p "5"^^xsd:int .', """
ex:S a sh:PropertyShape ; sh:targetSubjectsOf ex:p ; sh:path ex:p ; sh:datatype xsd:integer .""",
        "--engine", engine)
    assert code == 1 and report["conforms"] is False and report["undecided"] == []
    assert [(r["value"]["value"], r["value"]["datatype"]) for r in report["results"]] == [
        ("5", "http://www.w3.org/2001/XMLSchema#int")]
