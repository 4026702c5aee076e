"""Issue 10: unseen firm names introduced by a role or an apposition (invented text)."""
from __future__ import annotations

from tests.load.helpers import run


def _firms(ents):
    return sorted({m.name for m in ents.mentions if m.kind == "firm"})


def test_zh_bare_brand_after_role_stops_at_conjunction_and_verb(tmp_path):
    ents, out = run(tmp_path, "人工智能公司星图与云服务商川流签署算力合同。这家云厂商将向星图提供2吉瓦算力。",
                    language="zh")
    assert _firms(ents) == ["川流", "星图"]
    cloud = [f for f in out.frames if f.family == "Cloud"]
    assert cloud and cloud[0].figures["capacityGW"].value == 2


def test_weak_suffix_starting_a_longer_word_ends_no_name(tmp_path):
    ents, _ = run(tmp_path, "大模型公司墨渊和云服务商青穹达成合作。", language="zh")
    assert _firms(ents) == ["墨渊", "青穹"]


def test_en_name_without_suffix_introduced_by_apposition(tmp_path):
    ents, out = run(tmp_path, "Fjordline, a cloud provider based in Bergen, said OpenAI will "
                    "rent capacity from Fjordline for $2 billion.", language="en")
    assert "Fjordline" in _firms(ents)
    assert "CloudProvider" in ents.types[next(m.iri for m in ents.mentions
                                              if m.name == "Fjordline")]
    assert any(f.family == "Cloud" for f in out.frames)


def test_zh_name_after_role_may_start_with_a_function_char_when_it_recurs(tmp_path):
    ents, out = run(tmp_path, "云服务商赤岭云与大模型公司和煦智能签署谅解备忘录，和煦智能计划租用赤岭云"
                    "300兆瓦算力。", language="zh")
    assert _firms(ents) == ["和煦智能", "赤岭云"]
    assert any(f.family == "Cloud" for f in out.frames)


def test_zh_de_before_a_suffix_name_is_no_part_of_it(tmp_path):
    ents, _ = run(tmp_path, "专注推理芯片设计的芯片公司的岳峰半导体发布新品。", language="zh")
    assert "的岳峰半导体" not in _firms(ents)


def test_type_given_only_by_a_description_later(tmp_path):
    ents, _ = run(tmp_path, "Brightwell Systems unveiled a new accelerator on Monday. The chipmaker "
                  "said Anthropic would buy $300 million of the chips.", language="en")
    iri = next(m.iri for m in ents.mentions if m.name == "Brightwell Systems")
    assert "ChipMaker" in ents.types[iri]
    ents, _ = run(tmp_path, "星衡科技周一发布新平台。这家云厂商表示，需求旺盛。", language="zh", name="b")
    iri = next(m.iri for m in ents.mentions if m.name == "星衡科技")
    assert "CloudProvider" in ents.types[iri]


def test_listed_company_prefix_is_no_part_of_the_name_and_semiconductor_types(tmp_path):
    ents, _ = run(tmp_path, "科创板上市公司启衡半导体7月20日晚间公告。", language="zh")
    iri = next(m.iri for m in ents.mentions if m.name == "启衡半导体")
    assert "ChipMaker" in ents.types[iri]


def test_name_after_a_deal_noun_and_with_is_a_firm_without_suffix_or_role(tmp_path):
    ents, _ = run(tmp_path, "Corvell has signed a letter of intent with Marrow Ridge for 300 "
                  "megawatts of power. It also expects to sign a purchase agreement with Tarvik, "
                  "or to extend its contracts with Osmund (about $200 million) and Pellow.",
                  language="en")
    assert {"Marrow Ridge", "Tarvik", "Osmund", "Pellow"} <= set(_firms(ents))


def test_possessive_after_deal_noun_with_names_no_counterparty(tmp_path):
    ents, _ = run(tmp_path, "Halvorsen Cloud signed an agreement with Brenna's lenders on Monday.",
                  language="en")
    assert "Brenna" not in _firms(ents)


def test_zh_coined_name_after_role_runs_up_to_the_verb(tmp_path):
    ents, _ = run(tmp_path, "该公司另与芯片厂商珂砾签署了谅解备忘录，拟采购0.3吉瓦的加速器。", language="zh")
    iri = next(m.iri for m in ents.mentions if m.name == "珂砾")
    assert "ChipMaker" in ents.types[iri]


def test_zh_words_between_role_and_verb_are_no_coined_name(tmp_path):
    ents, _ = run(tmp_path, "有银行业人士表示，芯片厂商今天宣布的新品将于明年交付。", language="zh")
    assert _firms(ents) == []


def test_zh_latin_name_with_suffix_between_han_characters(tmp_path):
    ents, out = run(tmp_path, "由私募信贷基金北渚资本管理的特殊目的实体Corlett Funding LLC发行了约40亿美元债券，"
                    "其中Harwell Digital Infrastructure认购约10亿美元。", language="zh")
    assert {"Corlett Funding LLC", "Harwell Digital Infrastructure"} <= set(_firms(ents))
    bond = next(f for f in out.frames if f.family == "Bond")
    iri = next(m.iri for m in ents.mentions if m.name == "Corlett Funding LLC")
    assert bond.roles["issuer"] == [iri]


def test_plural_role_predicate_types_every_firm_of_the_list(tmp_path):
    ents, _ = run(tmp_path, "Brennock Cloud signed contracts with Osler Labs and Varrow AI. Osler Labs "
                  "and Varrow AI are both model developers.", language="en")
    for name in ("Osler Labs", "Varrow AI"):
        iri = next(m.iri for m in ents.mentions if m.name == name)
        assert "ModelDeveloper" in ents.types[iri]
