"""Issue 10, sixteenth pass: 其 as the owner of the shares a stake verb buys or holds
(``stake_its_zh`` in core.yaml, rules/zh_stake_its.py). The holder is the firm opening 其's clause;
a clause that opens with its verb, a modal, an adverb or a means has none of its own and holds for
the firm opening the nearest clause before; 其 is the one other firm named before it, which is the
stake's investee. 其中 (of which) is no owner; with two other firms before it 其 stays unread; a
negated verb, a subject that is no firm, or a firm's own part ("X的员工持股平台") tells no stake of
the pair. Invented sentences and firms."""
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
    # the clause opens with its verb: the firm opening the clause before holds
    "在鹭岭科技的B轮融资中，霁野智能出资2亿元，获得其约4%的股权。",
    # an adverb opens the clause, after a payment clause
    "按照交易安排，霁野智能先向鹭岭科技支付定金，再分两期收购其30%股权。",
    # the other firm named as an object, the clause opened by modals
    "霁野智能看好鹭岭科技的液冷技术，并拟买入其约11%的股票。",
    # money put in first, the shares bought in a clause with no subject
    "霁野智能通过旗下基金向鹭岭科技注资，认购其新增注册资本约8000万元。",
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


@pytest.mark.parametrize("body", [
    # a negated verb
    "霁野智能与鹭岭科技签署协议，但霁野智能不会收购其任何股权。",
    # a subject that is no firm opens the clause
    "霁野智能向鹭岭科技采购了一批服务器，多家机构投资者近期买入其股票。",
    # the holder's own part opens the clause (其 may be the holder itself)
    "霁野智能与鹭岭科技签约后，霁野智能的员工持股平台买入其股票。",
])
def test_no_stake_of_the_pair_told(tmp_path, body):
    assert _STAKE not in _stakes(tmp_path, body), _stakes(tmp_path, body)
