"""Issue 10, twenty-first pass (lead): an investor told as the predicate of an investor noun
("本轮投资方为X", "投资方包括X和Y", "出资方是X", "Investors in the round included X") is the
investor. Before, 为/和 after the noun made the round's own firm the investor and X the investee;
a round told in one sentence and its investor noun in the next named no investor at all.
(Trigger marker and ``funding_rounds.investors`` in relations.yaml.)"""
import pytest

from tests.load.helpers import named_roles, run


def _deals(ents, out):
    return [(f.family, named_roles(ents, f)) for f in out.frames if f.is_fact]


@pytest.mark.parametrize("body, investors", [
    ("机器人公司芮铂智能宣布完成8亿美元融资，本轮投资方为英伟达。", ["Nvidia"]),
    ("机器人公司芮铂智能宣布完成8亿美元融资，投资方包括英伟达和微软。", ["Microsoft", "Nvidia"]),
    ("机器人公司芮铂智能宣布完成8亿美元融资，出资方是微软。", ["Microsoft"]),
])
def test_the_investor_noun_names_the_investor_in_one_sentence(tmp_path, body, investors):
    ents, out = run(tmp_path, body, language="zh")
    assert _deals(ents, out) == [("Investment", {"investor": investors,
                                                  "investee": ["芮铂智能"]})]


@pytest.mark.parametrize("body, language, investee", [
    ("机器人公司芮铂智能宣布完成8亿美元C轮融资。本轮投资方为英伟达。", "zh", "芮铂智能"),
    ("Quenmoor Robotics closed a $800 million Series C round. Investors in the round included "
     "Nvidia.", None, "Quenmoor Robotics"),
])
def test_the_investor_noun_names_the_investor_of_the_round_told_before(tmp_path, body, language,
                                                                       investee):
    ents, out = run(tmp_path, body, language=language)
    assert _deals(ents, out) == [("Stake", {"investor": ["Nvidia"], "investee": [investee]})]


def test_an_investor_noun_after_also_names_the_investor(tmp_path):
    ents, out = run(tmp_path, "机器人公司芮铂智能去年完成融资，芮铂智能的投资方还有微软。", language="zh")
    assert _deals(ents, out) == [("Investment", {"investor": ["Microsoft"],
                                                  "investee": ["芮铂智能"]})]


@pytest.mark.parametrize("body", [
    "机器人公司芮铂智能正在洽谈新一轮融资，潜在投资方包括软银。",
    "芮铂智能正寻求融资5亿美元，据知情人士透露，潜在投资者包括软银和红杉中国。",
    "星澜科技股价上涨5%，该公司的主要投资者包括贝莱德。",
    "Quenmoor Robotics closed a $800 million Series C round led by Nvidia. Investors were "
    "Microsoft's rivals.",
])
def test_a_potential_or_main_investor_or_a_possessive_names_no_investor(tmp_path, body):
    """Review probes (twenty-second pass): 潜在/意向/主要 investors are talks or shareholders, and
    "Investors were X's rivals" names no X."""
    ents, out = run(tmp_path, body)
    assert not [d for d in _deals(ents, out)
                if {"SoftBank Group", "BlackRock", "Microsoft"} & set(d[1].get("investor", []))]
