"""Issue 10, fifteenth pass: new shares are a stake. An investor subscribing a firm's new shares
("X认购Y新股", "以N美元认购Y约6%的新股") holds a stake in it, and a firm placing new shares to an
investor ("Y向X配售一批新股", "Y拟向X定向增发股份") gives that investor the stake
(``stake_zh`` takes 新股; ``zh.stake.placed.to``). A warrant issued to a holder stays a warrant, and
new shares listed on a market are no deal. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_ROLES = {"investor": ["榕溪资本"], "investee": ["沅芷科技"]}


def _stakes(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [named_roles(ents, f) for f in out.frames if f.family == "Stake"]


@pytest.mark.parametrize("body", [
    # subscription, the investor first
    "榕溪资本以约3亿美元认购沅芷科技新股，持股约7%。",
    "据悉，榕溪资本将出资5000万美元，认购沅芷科技约4%的新股。",
    # placement, the issuer first
    "沅芷科技盘后宣布，已完成向榕溪资本配售8000万股新股，占其总股本约3.6%。",
    "沅芷科技拟向榕溪资本定向增发股份，募资约2亿美元。",
    # the placed shares told with 增发股 and a count
    "按照方案，沅芷科技将向榕溪资本发行约1.5亿股增发股，发行价每股2.1美元。",
])
def test_new_shares_subscribed_or_placed_are_a_stake(tmp_path, body):
    stakes = _stakes(tmp_path, body)
    assert _ROLES in stakes, stakes


def test_a_warrant_issued_to_a_holder_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "沅芷科技同意给予榕溪资本一份认股权证，行权后最多可买入3000万股沅芷科技股票。",
                    language="zh")
    assert not any(f.family == "Stake" and named_roles(ents, f) == _ROLES for f in out.frames)


def test_new_shares_listed_on_a_market_are_no_deal(tmp_path):
    ents, out = run(tmp_path, "本周科创板有三只新股上市，沅芷科技与榕溪资本均未参与申购。", language="zh")
    assert not [f for f in out.frames if f.family == "Stake"]
