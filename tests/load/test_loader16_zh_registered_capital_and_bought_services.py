"""Issue 10, sixteenth pass: two readings of what changes hands.

- Registered capital (注册资本) is a firm's equity: an investor subscribing a firm's new registered
  capital ("认购Y新增注册资本") takes a stake in it (``stake_zh`` in relations.yaml).
- A purchase of a service ("向Y采购GPU算力服务", "提供GPU智算服务") is a cloud deal, no supply of
  goods, even when a chip word modifies the service; buying compute servers (算力服务器) stays a
  supply (``zh.supply.from``, ``zh.supply.sell``).
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_STAKE = {"investor": ["汀兰资本"], "investee": ["栎川智能"]}


def _roles(tmp_path, body, family):
    ents, out = run(tmp_path, body, language="zh")
    return [named_roles(ents, f) for f in out.frames if f.family == family]


@pytest.mark.parametrize("body", [
    "经董事会批准，汀兰资本将认购栎川智能新增注册资本2000万元，增资款已到位。",
    "根据协议，汀兰资本将以现金认购栎川智能新增的注册资本1200万元。",
    "本轮由汀兰资本领投，认购栎川智能约5%的注册资本，对价6亿元。",
    "汀兰资本去年已认购栎川智能部分注册资本，成为其第四大股东。",
    "汀兰资本此番认购了栎川智能四分之一的新增注册资本，交割安排在下月。",
])
def test_subscribing_new_registered_capital_is_a_stake(tmp_path, body):
    assert _STAKE in _roles(tmp_path, body, "Stake"), _roles(tmp_path, body, "Stake")


@pytest.mark.parametrize("body", [
    "为了赶在年底前上线新模型，雁汐智能临时向鹭岭科技追加采购了一批GPU算力服务。",
    "雁汐智能这回改为向鹭岭科技购买GPU智算服务，不再自购整机。",
    "鹭岭科技表示，向雁汐智能提供的将是GPU智算服务而非裸机。",
    "雁汐智能表示，将向鹭岭科技订购云服务，首期三个月。",
    "按约定，雁汐智能每年从鹭岭科技采购约2亿元的云服务。",
])
def test_a_bought_service_is_no_supply_of_goods(tmp_path, body):
    assert _roles(tmp_path, body, "Supply") == []


@pytest.mark.parametrize("body", [
    "雁汐智能向鹭岭科技订购加速卡两千张及配套的云服务。",
    "雁汐智能计划向鹭岭科技采购三千片芯片供其智算服务使用。",
    "雁汐智能向鹭岭科技采购整机柜服务器和云服务，合同分两期执行。",
])
def test_goods_bought_for_a_service_stay_a_supply(tmp_path, body):
    """Goods named before the service word (their use, or a second item) are still bought."""
    assert {"buyer": ["雁汐智能"], "supplier": ["鹭岭科技"]} in _roles(tmp_path, body, "Supply")


def test_bought_compute_servers_stay_a_supply(tmp_path):
    body = "雁汐智能向鹭岭科技采购算力服务器，首批500台下月交付。"
    assert {"buyer": ["雁汐智能"], "supplier": ["鹭岭科技"]} in _roles(tmp_path, body, "Supply")
