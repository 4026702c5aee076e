"""Issue 10, sixteenth pass: 其 as the owner of the shares a stake verb buys or holds
("…收购其N%股权", "…持有其股份"; ``stake_its_zh`` in core.yaml, rules/zh_stake_its.py). The
holder is the firm opening 其's clause, else the sentence's first firm; 其 is the one other firm
named before it, which is the stake's investee. 其中 (of which) is no owner, and with two other
firms before it 其 stays unread. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_STAKE = {"investor": ["霁野智能"], "investee": ["鹭岭科技"]}


def _stakes(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [named_roles(ents, f) for f in out.frames if f.family == "Stake"]


@pytest.mark.parametrize("body", [
    # the holder opens 其's clause after a comma
    "霁野智能和鹭岭科技的合作更进一步，霁野智能下月将认购其新增注册资本，占比约6%。",
    # the other firm opened the sentence, the holder opens the next clause
    "鹭岭科技近年增长迅速，霁野智能早在两年前就取得其约9%的股权。",
    # a time clause names the other firm first
    "鹭岭科技上市之前，霁野智能就已持有其约4%的股份。",
    # no firm opens the clause: the sentence's first firm holds
    "按照交易安排，霁野智能先向鹭岭科技支付定金，再分两期收购其30%股权。",
    # a buy of listed shares
    "鹭岭科技引入新股东，霁野智能将买入其约11%的股票。",
])
def test_its_shares_are_the_other_firms(tmp_path, body):
    assert _STAKE in _stakes(tmp_path, body), _stakes(tmp_path, body)


def test_of_which_is_no_owner(tmp_path):
    stakes = _stakes(tmp_path, "霁野智能牵头的财团共出资9亿元，霁野智能持有其中约5%的份额。")
    assert not any(s.get("investee") for s in stakes), stakes


def test_its_with_two_other_firms_stays_unread(tmp_path):
    body = "霁野智能与鹭岭科技、栎川智能分别签约，拟收购其部分股权。"
    stakes = _stakes(tmp_path, body)
    assert not any(s.get("investee") in (["鹭岭科技"], ["栎川智能"]) for s in stakes), stakes
