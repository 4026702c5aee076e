"""Issue 10, seventh pass: several investments in one sentence, and an investment told with the
stake it obtained (invented text)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import named_roles, run


def test_zh_second_investor_with_its_own_amount_invests_in_the_same_firm(tmp_path):
    ents, out = run(tmp_path, "作为合作的一部分，芯片厂商青石半导体承诺向模型公司雾岛智能投资最多40亿美元，"
                    "赤松资本承诺投资最多15亿美元。", language="zh")
    found = {(tuple(named_roles(ents, f)["investor"]), f.figures["amountUSD"].value)
             for f in out.frames if f.family == "Investment"}
    assert found == {(("青石半导体",), Decimal("4000000000")), (("赤松资本",), Decimal("1500000000"))}
    assert all(named_roles(ents, f)["investee"] == ["雾岛智能"] for f in out.frames)


def test_zh_investment_made_that_obtained_shares_is_a_stake(tmp_path):
    ents, out = run(tmp_path, "今年早些时候，赤松资本向云厂商雾岛云投资了2亿美元，获得约9%的股份。",
                    language="zh")
    deal = next(f for f in out.frames if f.parties())
    assert deal.family == "Stake"
    assert deal.figures["stakePercent"].value == 9


def test_zh_investment_promised_in_exchange_for_shares_stays_a_commitment(tmp_path):
    ents, out = run(tmp_path, "赤松资本宣布，将向云厂商雾岛云投资最多2亿美元，以换取后者约9%的股权。",
                    language="zh")
    deal = next(f for f in out.frames if f.parties())
    assert deal.family == "Investment"
