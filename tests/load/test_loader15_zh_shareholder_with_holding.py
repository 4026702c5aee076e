"""Issue 10, fifteenth pass: a shareholder told with its holding ("X也是Y的大股东，持股N%",
"X同时是Y的股东，持有N万股") is X's stake in Y (``zh.stake.shareholder``); a bare "X是Y的股东"
with no holding after it states no stake of its own. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_ROLES = {"investor": ["蘅皋资本"], "investee": ["苕溪科技"]}


def _stakes(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [named_roles(ents, f) for f in out.frames if f.family == "Stake"]


@pytest.mark.parametrize("body", [
    "值得一提的是，蘅皋资本本身也是苕溪科技的第二大股东，持股约9%。",
    "蘅皋资本同时是苕溪科技的股东，持有约1800万股。",
    "据年报，蘅皋资本早已成为苕溪科技的主要股东之一，目前持股12.5%。",
    "蘅皋资本还是苕溪科技的战略股东、持股约3%，双方关系密切。",
    "苕溪科技上市前，蘅皋资本就是苕溪科技的天使股东，持有其约6%的股份。",
])
def test_shareholder_told_with_its_holding_is_a_stake(tmp_path, body):
    stakes = _stakes(tmp_path, body)
    assert _ROLES in stakes, stakes


@pytest.mark.parametrize("body", [
    "蘅皋资本既是苕溪科技的股东，又是它最大的客户。",
    "苕溪科技的股东名单里并没有蘅皋资本。",
])
def test_shareholder_without_a_holding_states_no_stake(tmp_path, body):
    assert _ROLES not in _stakes(tmp_path, body)
