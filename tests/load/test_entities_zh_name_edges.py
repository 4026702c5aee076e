"""Issue 10, fifth pass: edges of Chinese firm names (a Latin suffix "…AI", a name starting with 中)."""
from __future__ import annotations

from kg.load.rules.entities import find_entities


def _firms(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.iri.rsplit("/", 1)[-1]) for m in find_entities(text).mentions
            if m.kind == "firm"]


def test_zh_name_after_a_role_word_keeps_its_ai_suffix_and_the_short_form_is_the_same_firm():
    firms = _firms("云厂商青砾云与人工智能公司星河AI签署了三年期算力合同。星河AI表示将扩大训练规模。"
                   "星河强调，合同金额尚未披露。")
    assert ("星河AI", "星河ai") in firms
    assert ("星河", "星河ai") in firms
    assert not any(iri == "星河" for _, iri in firms)


def test_zh_name_with_a_strong_suffix_is_not_lengthened_by_a_latin_word_after_it():
    firms = _firms("芯片厂商岳川科技GPU出货量大增。岳川科技表示产能充足。")
    assert all(name == "岳川科技" for name, _ in firms)


def test_zh_name_starting_with_zhong_after_a_preposition_is_found():
    firms = _firms("为建设新园区，澜汐云从中岳银行和北岬资本获得30亿美元贷款。")
    assert ("中岳银行", "中岳银行") in firms


def test_zh_zhong_ending_a_word_before_a_name_is_not_part_of_the_name():
    firms = _firms("多家机构参与了这笔融资，其中华澜银行提供了10亿美元。")
    assert [name for name, _ in firms] == ["华澜银行"]


def test_zh_bank_suffix_of_one_name_does_not_type_the_next_name_in_a_list():
    ents = find_entities("主权财富基金北岬投资局宣布入股。澜汐云从中岳银行和北岬投资局获得30亿美元贷款。")
    iri = next(m.iri for m in ents.mentions if m.text == "北岬投资局")
    assert "Bank" not in ents.types.get(iri, {})


def test_a_name_ending_with_cloud_or_yun_says_the_firm_is_a_cloud_provider():
    ents = find_entities("Brennock Cloud signed a deal. 澜汐云与星河智能签署合同，澜汐云表示合同为期五年。")
    for name in ("Brennock Cloud", "澜汐云"):
        iri = next(m.iri for m in ents.mentions if m.text == name)
        assert "CloudProvider" in ents.types.get(iri, {})


def test_zh_fund_name_with_touzi_before_the_suffix_keeps_its_whole_name():
    firms = _firms("为建设新园区，澜汐云同日宣布获得南岬产业投资基金的投资承诺，后者将向澜汐云注资最多五亿美元。")
    assert ("南岬产业投资基金", "南岬产业投资基金") in firms


def test_zh_a_verb_right_before_a_suffix_still_ends_the_words_before_the_name():
    firms = _firms("一旦需求不及预期，风险可能重新回到科技公司身上。")
    assert not firms
