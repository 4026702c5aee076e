"""Issue 10, seventh pass: firms, firm types and people the entity finder missed (invented text)."""
from __future__ import annotations

from kg.load.rules.entities import find_entities
from tests.load.helpers import run


def _firms(ents) -> set[str]:
    return {ents.names[m.iri] for m in ents.mentions if m.kind == "firm"}


def _types(ents, name: str) -> set[str]:
    iri = next(i for i, n in ents.names.items() if n == name)
    return set(ents.types.get(iri, {}))


def test_reference_executive_written_in_chinese_is_the_english_reference_person(tmp_path):
    ents, out = run(tmp_path, "谷歌首席执行官桑达尔·皮查伊表示，公司将继续扩大算力投入。", language="zh")
    assert {(p.person_name, p.role) for p in out.posts} >= {("Sundar Pichai", "CEO")}


def test_english_name_ending_in_digital_is_a_firm():
    ents = find_entities("Quillmoor Digital, a builder of large data centres, sold notes.")
    assert "Quillmoor Digital" in _firms(ents)
    assert "CloudProvider" in _types(ents, "Quillmoor Digital")


def test_asset_management_suffix_types_an_asset_manager():
    ents = find_entities("Bramhall Torve Asset Management bought $500mn of the notes.")
    assert "AssetManager" in _types(ents, "Bramhall Torve Asset Management")


def test_bank_joined_to_an_ampersand_name_gives_two_firms():
    ents = find_entities("The loan that Ostwick Bank and Pellham & Roe provided last year is due.")
    assert {"Ostwick Bank", "Pellham & Roe"} <= _firms(ents)


def test_ampersand_name_alone_in_a_list_without_a_suffixed_firm_is_not_split():
    ents = find_entities("Shares rose after Tamsin & Cole and Ridley & Fane were named advisers.")
    assert "Tamsin & Cole" not in _firms(ents)


def test_analyst_at_a_capitalised_name_names_a_firm():
    ents = find_entities('"The growth is self-funded," said Ola Brenn, an analyst at Corring Vale.')
    assert "Corring Vale" in _firms(ents)


def test_another_role_word_apposition_types_the_firm():
    ents = find_entities("Tarvik said it was not in talks with Lowmere, another cloud provider.")
    assert "CloudProvider" in _types(ents, "Lowmere")


def test_zh_weak_suffix_before_a_strong_suffix_stays_inside_the_name():
    ents = find_entities("云服务商岚舟云科技股价大涨12%。随后，大模型公司青栎智能选择岚舟云科技作为供应商。")
    assert "岚舟云科技" in _firms(ents)
    assert not {"岚舟云", "选择岚舟云科技"} & _firms(ents)
    assert "CloudProvider" in _types(ents, "岚舟云科技")


def test_zh_brand_name_ending_in_model_after_a_role_word_is_a_firm():
    ents = find_entities("云厂商苍岭云已与模型公司霁川模型签署意向书，后者拟租用算力。")
    assert "霁川模型" in _firms(ents)
    assert "ModelDeveloper" in _types(ents, "霁川模型")


def test_zh_generic_model_words_are_no_firm():
    ents = find_entities("多家公司发布了大语言模型。这些大语言模型和开源模型都在开源模型社区发布。")
    assert not {f for f in _firms(ents) if f.endswith("模型")}


def test_zh_person_noun_after_a_role_word_is_no_firm():
    ents = find_entities("一位参与评审的银行人士表示，园区本身的资产价值更重要。")
    assert "人士" not in _firms(ents)


def test_zh_is_a_role_word_after_shi_yi_jia_types_the_firm():
    ents = find_entities("公司持有松涧数据的股份。松涧数据是一家数据中心运营商。")
    assert "CloudProvider" in _types(ents, "松涧数据")


def test_zh_technology_conference_is_no_firm():
    ents = find_entities("公司首席财务官在栎华科技大会上表示，协议尚未敲定。")
    assert "栎华科技" not in _firms(ents)
