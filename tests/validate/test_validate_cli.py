"""`dealgraph validate`: exit codes 0/1/2, formats, --output, --graph, --engine."""
from __future__ import annotations

import json

import pytest

from kg.cli.main import main
from kg.store import EmbeddedStore
from tests.validate.fixtures import FIXTURES
from tests.validate.helpers import load_fixture, load_trig


@pytest.fixture
def store_dir(tmp_path):
    return tmp_path / "store"


def fill(store_dir, *fixtures: str, seed: bool = True) -> None:
    with EmbeddedStore(store_dir) as store:
        if seed:
            load_fixture(store, "seed_loop.trig")
        for index, name in enumerate(fixtures):
            load_trig(store, FIXTURES[name].replace("/article/", f"/article/{index}-"))


def run(capsys, *args):
    code = main(["validate", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_conforming_store_exits_0_and_text_names_entities(store_dir, capsys):
    fill(store_dir)
    code, out, _ = run(capsys, "--store", store_dir)
    assert code == 0
    assert "conforms" in out and "Warnings (5)" in out
    assert "Nvidia → OpenAI → Oracle → Nvidia" in out
    assert "- Oracle <https://w3id.org/dealgraph/id/firm/oracle>" in out


def test_fail_on_warning_exits_1(store_dir, capsys):
    fill(store_dir)
    assert run(capsys, "--store", store_dir, "--fail-on", "warning")[0] == 1
    assert run(capsys, "--store", store_dir, "--fail-on", "info")[0] == 1


def test_violation_exits_1_in_every_format_and_engine(store_dir, capsys):
    fill(store_dir, "loi_collateral")
    for fmt in ("text", "json", "turtle"):
        for engine in ("fast", "pyshacl"):
            code, out, _ = run(capsys, "--store", store_dir, "--format", fmt, "--engine", engine)
            assert code == 1 and out


def test_json_and_turtle_carry_both_languages(store_dir, capsys):
    fill(store_dir, "loi_collateral")
    _, out, _ = run(capsys, "--store", store_dir, "--format", "json")
    data = json.loads(out)
    assert data["conforms"] is False
    violation = next(r for r in data["results"] if r["severity"] == "Violation")
    assert set(violation["messages"]) == {"en", "zh"}
    _, out, _ = run(capsys, "--store", store_dir, "--format", "turtle")
    assert "sh:ValidationReport" in out and "@zh" in out and "@en" in out


def test_chinese_text(store_dir, capsys):
    fill(store_dir)
    _, out, _ = run(capsys, "--store", store_dir, "--lang", "zh")
    assert "英伟达 → OpenAI → 甲骨文 → 英伟达" in out and "警告" in out


def test_output_file(store_dir, tmp_path, capsys):
    fill(store_dir, "loi_collateral")
    target = tmp_path / "report.json"
    code, out, err = run(capsys, "--store", store_dir, "--format", "json", "--output", target)
    assert code == 1 and out == "" and "report written" in err
    assert json.loads(target.read_text(encoding="utf-8"))["counts"]["Violation"] == 1


def test_graph_option(store_dir, capsys):
    fill(store_dir, "loi_collateral", "figures", seed=False)
    code, out, _ = run(capsys, "--store", store_dir, "--format", "json",
                       "--graph", "https://w3id.org/dealgraph/graph/article/0-a1")
    assert code == 1
    assert {r["focus"].rsplit("/", 1)[-1] for r in json.loads(out)["results"]} == {"loan"}


def test_errors_exit_2(store_dir, tmp_path, capsys):
    fill(store_dir)
    code, _, err = run(capsys, "--store", store_dir, "--shapes", tmp_path / "missing.ttl")
    assert code == 2 and "no such shapes" in err
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    code, _, err = run(capsys, "--store", store_dir, "--shapes", bad)
    assert code == 2 and "cannot read shapes file" in err
    code, _, err = run(capsys, "--store", store_dir, "--graph", "http://example.org/none")
    assert code == 2 and "no such graph" in err
    with pytest.raises(SystemExit) as exc:
        main(["validate", "--store", str(store_dir), "--format", "xml"])
    assert exc.value.code == 2


def test_custom_shapes_folder(store_dir, tmp_path, capsys):
    fill(store_dir)
    folder = tmp_path / "shapes"
    folder.mkdir()
    (folder / "one.ttl").write_text("""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dg: <https://w3id.org/dealgraph/ontology#> .
<http://example.org/NeedsAmount> a sh:PropertyShape ; sh:targetClass dg:SupplyAgreement ;
    sh:path dg:amountUSD ; sh:minCount 1 ; sh:severity sh:Info ;
    sh:message "{$this} has no amount"@en , "{$this}没有金额"@zh .
""", encoding="utf-8")
    code, out, _ = run(capsys, "--store", store_dir, "--shapes", folder, "--fail-on", "info")
    assert code == 1 and "has no amount" in out and "Info (2)" in out
