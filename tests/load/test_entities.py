"""Entities: reference firms in both languages, spacing and misspelling aliases, unseen firms
(suffixes, role cues, short forms) typed by what the text says, people and their posts."""
from __future__ import annotations

from kg.ids import firm_iri
from kg.load.rules.entities import find_entities
from tests.load.helpers import run

NVIDIA = "https://w3id.org/dealgraph/id/firm/nvidia"
OPENAI = "https://w3id.org/dealgraph/id/firm/openai"
COREWEAVE = "https://w3id.org/dealgraph/id/firm/coreweave"


def iris(text):
    return {m.iri for m in find_entities(text).mentions if m.kind == "firm"}


def test_known_firm_same_iri_in_both_languages():
    assert iris("英伟达宣布投资。") == iris("Nvidia said so.") == {NVIDIA}


def test_spacing_and_misspelling_aliases():
    assert iris("Open AI CEO said") == {OPENAI}
    assert iris("合作方涵盖CoolWave等企业") == {COREWEAVE}


def test_lowercase_common_word_is_not_a_firm():
    assert iris("the oracle of Delphi spoke") == set()


def test_unseen_english_firms_and_types():
    ents = find_entities("Helios Compute, a Denver-based cloud provider, borrowed from private "
                         "credit fund Calder & Finch. Chip designer Kestrel Semiconductor "
                         "invested in Northwind Models, the AI model developer. Helios said so.")
    helios = firm_iri("Helios Compute")
    assert {helios, firm_iri("Calder & Finch"), firm_iri("Kestrel Semiconductor"),
            firm_iri("Northwind Models")} <= {m.iri for m in ents.mentions}
    assert "CloudProvider" in ents.types[helios]
    assert "PrivateCreditFund" in ents.types[firm_iri("Calder & Finch")]
    assert "ChipMaker" in ents.types[firm_iri("Kestrel Semiconductor")]
    assert "ModelDeveloper" in ents.types[firm_iri("Northwind Models")]
    short = [m for m in ents.mentions if m.text == "Helios"]
    assert short and short[0].iri == helios


def test_unseen_chinese_firms_and_types():
    ents = find_entities("私募信贷基金远山资本向云服务商云栈科技提供贷款。芯片制造商磐石半导体入股"
                         "青岚智能。云栈再向磐石采购芯片。")
    names = {m.name for m in ents.mentions if m.kind == "firm"}
    assert {"远山资本", "云栈科技", "磐石半导体", "青岚智能"} <= names
    assert "PrivateCreditFund" in ents.types[firm_iri("远山资本")]
    assert "CloudProvider" in ents.types[firm_iri("云栈科技")]
    assert "ChipMaker" in ents.types[firm_iri("磐石半导体")]
    assert any(m.text == "云栈" and m.iri == firm_iri("云栈科技") for m in ents.mentions)


def test_generic_words_are_not_firms():
    names = {m.name for m in find_entities("判断这场资本循环是否为泡沫，银行、私募信贷基金等机构"
                                           "提供现金。").mentions}
    assert names == set()


def test_role_words_type_listed_firms():
    ents = find_entities("英伟达这类基础设施提供商，向甲骨文、AWS等云服务提供商出售产品。")
    assert "CloudProvider" in ents.types[firm_iri("Oracle")]
    assert "CloudProvider" in ents.types["https://w3id.org/dealgraph/id/firm/amazon-web-services"]


def test_people_and_posts(tmp_path):
    ents, out = run(tmp_path, "Helios Compute raised money, said Helios chief executive Mara "
                    "Lindqvist. 英伟达首席财务官科莱特·克雷斯(Colette Kress)周二表示。云栈科技董事长周远航表示。")
    posts = {(p.person_name, ents.names.get(p.firm), p.role) for p in out.posts}
    assert ("Mara Lindqvist", "Helios Compute", "CEO") in posts
    assert ("Colette Kress", "Nvidia", "CFO") in posts
    assert ("周远航", "云栈科技", "Chairman") in posts
