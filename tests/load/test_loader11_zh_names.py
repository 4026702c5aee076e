"""Issue 10, eleventh pass: Chinese firm names told by structure (a counted list), their
two-character short forms, and names jieba cuts before a trade word (invented sentences and
firms)."""
from __future__ import annotations

import pytest

from kg.load.rules.entities import find_entities


def _names_by_mention(text: str) -> dict[str, set[str]]:
    """Mention text -> the firm names it was read as."""
    ents = find_entities(text)
    out: dict[str, set[str]] = {}
    for m in ents.mentions:
        if m.kind == "firm":
            out.setdefault(m.text, set()).add(ents.names[m.iri])
    return out


def _firms(text: str) -> set[str]:
    ents = find_entities(text)
    return {ents.names[m.iri] for m in ents.mentions if m.kind == "firm"}


# -- a counted list names its items ------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("上个季度，青岚芯、北溟未来和汇川港三家公司的交易引人注目。北溟未来随后宣布融资。",
     {"青岚芯", "北溟未来", "汇川港"}),
    ("据悉朔方微与栖梧未来两家企业已签署协议。", {"朔方微", "栖梧未来"}),
    ("业内关注的是，澄江云、玄圃智算、落霞港等三家云厂商的扩张节奏。", {"澄江云", "玄圃智算", "落霞港"}),
    ("岱舆数据、员峤智能及方壶港这三家机构都没有回应。", {"岱舆数据", "员峤智能", "方壶港"}),
])
def test_items_of_a_list_summed_up_by_a_count_of_firms_are_firms(text, names):
    assert names <= _firms(text)


@pytest.mark.parametrize("text", [
    "公司、银行和基金三家机构都表示关注。",
    "芯片、电力和土地三家公司都缺。",
    "青岚芯、北溟未来和汇川港四家公司的交易引人注目。",     # the count does not match
])
def test_a_count_after_common_words_or_a_wrong_count_names_no_firm(text):
    assert not {"公司", "银行", "基金", "芯片", "电力", "土地", "青岚芯", "北溟未来", "汇川港"} & _firms(text)


# -- a coined name written by its first two characters afterwards ------------------------------

@pytest.mark.parametrize("text, full, short", [
    ("芯片厂商青岚芯宣布将向大模型公司北溟未来投资最多10亿美元。北溟则宣布将部署1吉瓦算力。"
     "北溟的模型将运行在汇川的机房里。", "北溟未来", "北溟"),
    ("青岚芯、北溟未来和汇川港三家公司的交易引人注目。汇川随后向银行借款。", "汇川港", None),
    ("大模型公司朔望未来与云厂商栖霞智算签约。据悉，朔望每季度预付费用，栖霞则负责交付。",
     "朔望未来", "朔望"),
])
def test_first_two_characters_of_a_coined_name_are_its_short_form(text, full, short):
    seen = _names_by_mention(text)
    assert full in seen.get(full, set())
    if short:
        assert seen.get(short) == {full}


@pytest.mark.parametrize("text", [
    # a common word at the head is no short form
    "大模型公司未来之光宣布融资。未来三年公司将扩产。",
    # two coined names share the head: it is nobody's short form
    "云厂商栖霞智算和大模型公司栖霞未来都未回应。栖霞的态度尚不清楚。",
])
def test_a_common_or_shared_head_is_no_short_form(text):
    seen = _names_by_mention(text)
    assert "未来" not in seen and "栖霞" not in seen


# -- a name jieba cut before a trade word runs on over it when the longer form recurs ---------

@pytest.mark.parametrize("text, full", [
    ("两周后，大模型公司启澜智能与云厂商云岫计算签下一份合同。记者查阅云岫计算的募集说明书发现，"
     "云岫已向芯片厂商下单。", "云岫计算"),
    ("云厂商云岫计算向银行借款。云岫计算的债券也已发行。云岫表示资金充足。", "云岫计算"),
    ("“玄圃、启澜与云岫之间”：云服务商云岫计算与启澜智能签约；云岫计算随后发债，云岫回应称合规。",
     "云岫计算"),
])
def test_a_name_cut_before_a_trade_word_runs_on_when_the_longer_form_recurs(text, full):
    seen = _names_by_mention(text)
    assert seen.get(full) == {full}
    assert seen.get("云岫") == {full}          # the short form, the headline's too, is that firm


@pytest.mark.parametrize("text", [
    "大模型公司北溟未来三年将扩产。北溟表示资金充足。",
    "芯片厂商青岚未来两年的出货量将翻倍，青岚表示订单充足。",
    "这家大模型公司北溟未来几个季度仍需融资。北溟尚未回应。",
])
def test_a_trade_word_that_starts_a_phrase_is_not_taken_into_the_name(text):
    names = {n for names in _names_by_mention(text).values() for n in names}
    assert not any(n.endswith("未来") for n in names)


# -- a rare word and one trade word after a role word, before a verb ---------------------------

@pytest.mark.parametrize("text, full, short", [
    ("市场传闻大模型企业启辰大模型将成为其第二大客户。启辰尚未回应。", "启辰大模型", "启辰"),
    ("芯片厂商青岚芯宣布将向大模型公司北溟未来投资最多10亿美元。北溟则宣布部署1吉瓦算力。", "北溟未来", "北溟"),
    ("据悉，云厂商汀兰智算与大模型公司朔望未来签约；朔望每季度预付费用。", "朔望未来", "朔望"),
])
def test_a_rare_word_and_a_trade_word_after_a_role_word_are_one_name(text, full, short):
    seen = _names_by_mention(text)
    assert seen.get(full) == {full}
    assert seen.get(short) == {full}
