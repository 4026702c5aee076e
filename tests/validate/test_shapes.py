"""Every shape on fixtures that must be flagged and fixtures that must not, with exact results."""
from __future__ import annotations

import json

import pytest

from kg.namespaces import DGSH
from kg.validate import validate
from tests.validate.fixtures import EXPECTED, FIXTURES
from tests.validate.helpers import load_fixture, load_trig


def local(text: str | None) -> str | None:
    if text is None:
        return None
    if "/id/cycle/" in text:
        return "CYCLE"
    return text.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def summary(report) -> set[tuple[str, str, str | None]]:
    return {(local(r.shape), local(r.focus_iri), local(r.value_text)) for r in report.results}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_gives_exactly_the_expected_results(store, name):
    load_trig(store, FIXTURES[name])
    assert summary(validate(store)) == EXPECTED[name]


def test_seed_loop_is_flagged_nvidia_openai_oracle(store):
    load_fixture(store, "seed_loop.trig")
    report = validate(store)
    assert report.conforms  # warnings only
    loops = [r for r in report.by_shape(str(DGSH.CircularFinancingShape))
             if r.focus_iri.endswith("/nvidia")]
    assert len(loops) == 1
    message = loops[0].messages["en"]
    assert "Nvidia → OpenAI → Oracle → Nvidia" in message
    assert "letter of intent" in message and "cloud service agreement" in message
    assert "英伟达 → OpenAI → 甲骨文 → 英伟达" in loops[0].messages["zh"]


def test_collateral_message_names_financing_agreement_and_parties(store):
    load_trig(store, FIXTURES["loi_collateral"])
    (result,) = validate(store).results
    assert result.severity == "Violation"
    assert result.shape == str(DGSH.NonBindingCollateralShape)
    assert "loan (Crusoe, MUFG)" in result.messages["en"]
    assert "compute commitment / letter of intent (Crusoe, OpenAI)" in result.messages["en"]
    assert "意向书" in result.messages["zh"] and "甲骨文" not in result.messages["zh"]


def test_disagreeing_sources_are_named(store):
    load_trig(store, FIXTURES["disagreeing_sources"])
    messages = sorted(r.messages["en"] for r in validate(store).results)
    assert any("36 according to WSJ report" in m for m in messages)
    assert any("39.0 according to 网易号文章" in m or "39 according to 网易号文章" in m for m in messages)


def test_every_result_has_both_languages(store):
    for name in ("figures", "dates_and_binding", "disagreeing_sources"):
        load_trig(store, FIXTURES[name])
    report = validate(store, fail_on="info")
    assert report.results
    for result in report.results:
        assert set(result.messages) == {"en", "zh"}
        assert all(result.messages.values())
        assert "{$this}" not in result.messages["en"] and "{?value}" not in result.messages["zh"]


def test_severities_and_conformance_levels(store):
    load_trig(store, FIXTURES["parties"])  # warnings only
    assert validate(store).conforms
    assert not validate(store, fail_on="warning").conforms
    assert validate(store, fail_on="warning").exit_code == 1


def test_graph_option_limits_to_focus_nodes_of_that_graph(store):
    load_trig(store, FIXTURES["figures"])
    load_trig(store, FIXTURES["capacity"].replace("article/a1", "article/a2"))
    report = validate(store, graph="https://w3id.org/dealgraph/graph/article/a2")
    assert {local(r.focus_iri) for r in report.results} == {"tenwatts", "huge", "neg"}


def test_json_format_is_the_documented_list(store):
    load_trig(store, FIXTURES["loi_collateral"])
    data = json.loads(validate(store).to_json())
    assert data["conforms"] is False and data["counts"]["Violation"] == 1
    (result,) = data["results"]
    assert set(result) == {"focus", "focus_label", "shape", "shape_label", "severity", "component",
                           "path", "value", "messages"}
    assert result["value"]["type"] == "iri" and result["path"] == "dg:collateral"


def test_turtle_is_a_standard_validation_report(store):
    import rdflib

    load_trig(store, FIXTURES["two_collaterals"])
    graph = rdflib.Graph().parse(data=validate(store).to_turtle(), format="turtle")
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    (report,) = graph.subjects(rdflib.RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms).toPython() is False
    results = list(graph.objects(report, SH.result))
    assert len(results) == 2
    for node in results:
        for prop in (SH.focusNode, SH.sourceShape, SH.resultSeverity, SH.value, SH.resultPath):
            assert graph.value(node, prop) is not None
        langs = {m.language for m in graph.objects(node, SH.resultMessage)}
        assert langs == {"en", "zh"}


def test_empty_store_conforms(store):
    report = validate(store)
    assert report.conforms and report.results == []
