"""Issue 10, ninth pass: who a deal's bare subject is, and whose counterparty a lone firm has
(invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "人工智能公司灵川周三在声明中确认，公司已与芯片厂商赤岭半导体签订了一份为期三年的芯片采购合同，金额约9亿美元。",
    "大模型公司灵川表示，公司已与芯片厂商赤岭半导体签订芯片采购合同，金额约9亿美元。",
])
def test_bare_company_in_a_clause_a_firm_tells_is_that_firm(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    deals = [f for f in out.frames if f.family in ("Supply", "Compute")]
    assert len(deals) == 1
    assert named_roles(ents, deals[0]) == {"supplier": ["赤岭半导体"], "buyer": ["灵川"]}


@pytest.mark.parametrize("tail", [
    "云杉科技同时与海岚绿源签署了一份备忘录，后者计划为园区二期供应约0.4吉瓦电力。",
    "Yarrow Cloud also signed a memorandum with Haylan Renewables for a second phase.",
])
def test_a_lone_firm_with_an_unread_counterparty_takes_no_discourse_partner(tmp_path, tail):
    head = ("云服务商云杉科技与模型公司澄川智能签署了一份算力合同，金额约30亿美元。" if "云杉" in tail else
            "Yarrow Cloud, a cloud provider, signed a $3bn contract with Lumen AI, a model developer. ")
    ents, out = run(tmp_path, head + tail)
    assert len(out.frames) == 1


@pytest.mark.parametrize("body", [
    "今年7月，星河科技曾向墨川智能进行2亿美元的战略投资，持有后者约3%的股份。",
    "星河科技向墨川智能投资2亿美元，持有墨川智能约3%股权。",
])
def test_zh_investment_told_with_the_shares_it_holds_is_a_stake(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    assert [f.family for f in out.frames] == ["Stake"]
    assert out.frames[0].figures["stakePercent"].value == 3
