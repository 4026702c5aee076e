"""Issue 10, tenth pass: a capital increase (增资) is an investment, a stake when the shares it buys
are told; a power producer named by pronoun still makes its deal a power supply (invented text
and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body, family", [
    ("芯片厂商赤岭半导体以40亿元（约合5.6亿美元）增资大模型公司墨川智能，取得其12%的股权。", "Stake"),
    ("大模型公司墨川智能获得芯片厂商赤岭半导体增资5.6亿美元，后者持股12%。", "Stake"),
    ("芯片厂商赤岭半导体将向大模型公司墨川智能增资5.6亿美元。", "Investment"),
])
def test_capital_increase_is_an_investment_by_the_firm_that_pays(tmp_path, body, family):
    ents, out = run(tmp_path, body, language="zh")
    assert [f.family for f in out.frames] == [family]
    assert named_roles(ents, out.frames[0]) == {"investor": ["赤岭半导体"], "investee": ["墨川智能"]}
    assert out.frames[0].figures["amountUSD"].value == 560_000_000


@pytest.mark.parametrize("body", [
    "Harlow Energy收涨4%。该公司表示，已同意在15年内为数据中心开发商Pylon Data供应0.8吉瓦电力。",
    "电力股Norcliff Power收涨12.3%，领涨板块。公司盘前宣布，已与数据中心开发商Pylon Data签署一份为期15年、具有约束力的购电协议，将为其园区供应0.8吉瓦电力。",
    "Harlow Energy股价上涨。公司称，将在未来15年向云服务商Pylon Data的园区供应0.8吉瓦电力。",
])
def test_power_producer_named_by_pronoun_supplies_power(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    deals = [f for f in out.frames if len(f.parties()) == 2]
    assert len(deals) == 1
    assert deals[0].kinds == {"SupplyAgreement"}
    assert named_roles(ents, deals[0])["buyer"] == ["Pylon Data"]
