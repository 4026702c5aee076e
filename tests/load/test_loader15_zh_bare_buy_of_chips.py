"""Issue 10, fifteenth pass: recaps tell a chip purchase with a bare 买 ("Y拿钱向X买芯片", "Y再用它
买X的芯片", "从X手中买进显卡"): the buyer takes the chips the maker supplies (``zh.supply.buy.from``,
``zh.supply.buy.of``). A bare 买 of shares or a plant is no supply. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _supplies(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [named_roles(ents, f) for f in out.frames if f.family in ("Supply", "Compute")]


_ROLES = {"buyer": ["甪直科技"], "supplier": ["邗沟半导体"]}


@pytest.mark.parametrize("body", [
    "甪直科技拿到融资后，转手向邗沟半导体买了一批加速卡。",
    "甪直科技去年为新机房备货买了邗沟半导体的推理芯片约三万片，占当年采购额四成。",
    "甪直科技从邗沟半导体手中买进两万张显卡，总价约6亿美元。",
    "甪直科技此前也曾向邗沟半导体买过一批加速芯片。",
    "甪直科技随后买下了邗沟半导体的全部库存GPU。",
])
def test_bare_buy_of_a_makers_chips_is_a_supply(tmp_path, body):
    supplies = _supplies(tmp_path, body)
    assert _ROLES in supplies, supplies


@pytest.mark.parametrize("body", [
    "甪直科技本周买入邗沟半导体的股份，持股约2%。",
    "甪直科技向邗沟半导体买下其位于苏州的一座工厂。",
])
def test_bare_buy_of_shares_or_a_plant_is_no_supply(tmp_path, body):
    assert _ROLES not in _supplies(tmp_path, body)
