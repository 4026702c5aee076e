"""Issue 10, ninth pass: investors of a funding round told after it, a research note's 公司, a
quoted brand after a role word (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _stakes(ents, out):
    return {named_roles(ents, f)["investor"][0]: f for f in out.frames if f.family == "Stake"}


@pytest.mark.parametrize("body", [
    "人工智能公司“深岚”近日完成一轮12亿美元融资。本轮由云服务商云栈科技领投，老股东北屿资本跟投。知情人士透露，"
    "云栈科技出资8亿美元，交易完成后将持有深岚约9%的股份；北屿资本则出资4亿美元。",
    "大模型公司深岚智能宣布完成B轮融资，金额12亿美元，由云栈科技领投，北屿资本跟投。其中云栈科技出资8亿美元，"
    "将持有深岚智能约9%的股权；北屿资本出资4亿美元。",
])
def test_zh_round_investors_told_after_the_round_buy_stakes_in_its_firm(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    stakes = _stakes(ents, out)
    assert set(stakes) == {"云栈科技", "北屿资本"}
    lead = stakes["云栈科技"]
    assert named_roles(ents, lead)["investee"][0] in ("深岚", "深岚智能")
    assert lead.figures["amountUSD"].value == 800_000_000
    assert lead.figures["stakePercent"].value == 9
    assert stakes["北屿资本"].figures["amountUSD"].value == 400_000_000


@pytest.mark.parametrize("body", [
    "Vexon Labs raised $2 billion in a new funding round on Monday. Orla Capital led the round "
    "with $800 million and will own about 9% of the company; Pinecrest Partners also invested "
    "$300 million.",
    "Vexon Labs, an AI start-up, said it had closed a $2bn round. The round was led by Orla "
    "Capital, which put in $800m for about 9% of the company, with participation from Pinecrest "
    "Partners, which contributed $300m.",
])
def test_en_round_investors_told_after_the_round_buy_stakes_in_its_firm(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = _stakes(ents, out)
    assert set(stakes) == {"Orla Capital", "Pinecrest Partners"}
    assert all(named_roles(ents, f)["investee"] == ["Vexon Labs"] for f in stakes.values())
    assert stakes["Orla Capital"].figures["amountUSD"].value == 800_000_000
    assert stakes["Pinecrest Partners"].figures["amountUSD"].value == 300_000_000


@pytest.mark.parametrize("tail", [
    "It also took a $500m loan led by Harwick Bank.",
    "Separately, the company signed a credit facility in which Harwick Bank participated.",
])
def test_a_lender_after_a_round_is_no_round_investor(tmp_path, tail):
    ents, out = run(tmp_path, "Vexon Labs raised $2 billion in a funding round. " + tail)
    assert not _stakes(ents, out)


def test_a_research_note_means_its_covered_firm_by_bare_company(tmp_path):
    body = ("东岳证券近日发布研报，首次覆盖算力云服务商天澄云，给予“买入”评级。"
            "（1）公司与模型公司拾光AI签订五年期算力服务合同，合同金额约14亿美元；"
            "（2）公司与GPU厂商曦岭半导体签有一份采购框架协议，计划采购约4.9亿美元的加速卡及服务器。")
    ents, out = run(tmp_path, body, language="zh")
    deals = {f.family: named_roles(ents, f) for f in out.frames}
    assert deals["Cloud"] == {"provider": ["天澄云"], "customer": ["拾光AI"]}
    assert deals["Supply"] == {"supplier": ["曦岭半导体"], "buyer": ["天澄云"]}


@pytest.mark.parametrize("text, name", [
    ("人工智能公司“深岚”近日完成一轮融资。", "深岚"),
    ("芯片厂商「焰岭」宣布扩产，焰岭股价上涨5%。", "焰岭"),
])
def test_zh_quoted_brand_after_a_role_word_is_a_firm(tmp_path, text, name):
    ents, out = run(tmp_path, text, language="zh")
    assert name in ents.names.values()


def test_zh_shareholder_word_before_a_name_is_not_part_of_it(tmp_path):
    ents, out = run(tmp_path, "本轮由云栈科技领投，老股东北屿资本跟投。", language="zh")
    assert "北屿资本" in ents.names.values()
    assert not any(n.startswith("东") for n in ents.names.values())
