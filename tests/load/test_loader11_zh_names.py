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


# -- a deal partner named in full once after 与/和, then by its head ---------------------------

@pytest.mark.parametrize("text, full, short", [
    ("担保物是我们和墨岫大模型之间那份合同的应收账款。墨岫每季度预付费用。如果墨岫追加订单，我们会扩容。",
     "墨岫大模型", "墨岫"),
    ("这笔贷款以公司与启澜星图所签协议项下的应收账款质押。换言之，银行的钱要靠启澜星图按期付费偿还。",
     "启澜星图", None),
    ("岱川科技同朔望未来签订了一份合同。朔望的订单占其收入一半，朔望方面未置评。", "朔望未来", "朔望"),
])
def test_a_partner_named_in_full_once_after_a_preposition_is_a_firm(text, full, short):
    seen = _names_by_mention(text)
    assert seen.get(full) == {full}
    if short:
        assert seen.get(short) == {full}


@pytest.mark.parametrize("text", [
    "公司与合作伙伴之间的合同仍在执行。合作伙伴表示满意，合作伙伴数量增加。",
    "公司和地方政府签订了协议。地方政府提供土地，地方政府也给予补贴。",
    "银行与应收账款之间并无关联。应收账款规模扩大，应收账款周转放缓。",
])
def test_common_words_after_a_preposition_are_no_partner(text):
    assert not _firms(text)


# -- an interview's asking outlet is a publisher -------------------------------------------------

def test_the_outlet_that_asks_in_an_interview_is_a_publisher():
    from kg.load.rules.entities import find_entities

    for text, outlet in [
        ("**南岭财经：钱从哪里来？**\n\n许嘉宁：银行。\n\n**南岭财经：抵押物呢？**\n\n许嘉宁：合同。", "南岭财经"),
        ("*北湾观察报：岱川科技是谁？*\n\n北湾观察报：你们缺钱吗？\n\n周静远：不缺。", "北湾观察报"),
        ("澄江日报：第一个问题。\n周静远：好。\n澄江日报：第二个问题。\n周静远：好的。", "澄江日报"),
    ]:
        ents = find_entities(text)
        kinds = {ents.names[m.iri]: m.kind for m in ents.mentions}
        assert kinds.get(outlet) == "publisher", (outlet, kinds)
        assert "许嘉宁" not in kinds and "周静远" not in kinds


def test_a_reporter_or_a_person_asking_is_no_outlet():
    from kg.load.rules.entities import find_entities

    ents = find_entities("记者：钱从哪里来？\n\n许嘉宁：银行。\n\n记者：抵押物呢？\n\n许嘉宁：合同。")
    assert not [m for m in ents.mentions if m.kind == "publisher"]


# -- 中 opens a name after 给/予 as after 从/向 -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("控股股东已将其持有的公司股份质押给中衡泰证券，融资4亿元。", "中衡泰证券"),
    ("公司拟把所持股权转让给中岳资本，作价3亿元。", "中岳资本"),
    ("该笔股权已质押予中联汇银行，期限两年。", "中联汇银行"),
])
def test_zhong_after_gei_or_yu_starts_the_name(text, name):
    firms = _firms(text)
    assert name in firms, firms
    assert name[1:] not in firms
