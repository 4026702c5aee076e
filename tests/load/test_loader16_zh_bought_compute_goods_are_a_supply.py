"""Issue 10, sixteenth pass: compute words that measure or modify goods. Buying (采购, 购买) from a
firm hardware whose noun a compute word modifies ("算力加速卡", "云服务器", "算力芯片") is a supply, no
cloud deal (``zh.cloud.from``, ``zh.cloud.buy.of.bought``, ``cloud_goods_zh``); and a bare signing
between the same pair, which would default to a cloud deal, yields to the purchase of goods told
in the same sentence (``guards._goods_told``). Buying compute itself (采购…算力) or renting servers
(租用…服务器) stays a cloud deal. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _by_family(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    found = {}
    for f in out.frames:
        found.setdefault(f.family, []).append(named_roles(ents, f))
    return found


@pytest.mark.parametrize("body, buyer, seller", [
    ("雁汐智能此前已向鹭岭科技采购第二代算力加速卡约两万张。", "雁汐智能", "鹭岭科技"),
    ("雁汐智能采购鹭岭科技的云服务器，首批交付800台。", "雁汐智能", "鹭岭科技"),
    ("按协议，雁汐智能向鹭岭科技购买算力芯片，价值约9亿元。", "雁汐智能", "鹭岭科技"),
    ("依据大模型公司霁野智能与鹭岭科技签订的框架协议，霁野智能将在两年内从鹭岭科技分批购买0.15吉瓦的整机柜服务器。",
     "霁野智能", "鹭岭科技"),
    ("为扩充训练集群，霁野智能决定向鹭岭科技采购一批算力一体机。", "霁野智能", "鹭岭科技"),
])
def test_bought_hardware_named_by_a_compute_word_is_no_cloud_deal(tmp_path, body, buyer, seller):
    found = _by_family(tmp_path, body)
    assert "Cloud" not in found, found
    goods = found.get("Supply", []) + found.get("Compute", [])
    assert {"buyer": [buyer], "supplier": [seller]} in goods, found


@pytest.mark.parametrize("body", [
    "雁汐智能向鹭岭科技采购约50亿元的算力。",
    "雁汐智能计划向鹭岭科技租用GPU服务器三百台。",
    # a service word after the hardware noun: the hardware is what the service runs on
    "雁汐智能将向鹭岭科技采购云GPU服务，按小时计费。",
    "雁汐智能改为向鹭岭科技采购算力卡时服务，不再自建机房。",
    "雁汐智能今年起向鹭岭科技采购云服务器租用服务。",
    # a service agreement named, and goods bought besides
    "雁汐智能与鹭岭科技签订云服务合同后，又向鹭岭科技采购了少量服务器。",
])
def test_bought_compute_or_rented_servers_stay_a_cloud_deal(tmp_path, body):
    found = _by_family(tmp_path, body)
    assert {"customer": ["雁汐智能"], "provider": ["鹭岭科技"]} in found.get("Cloud", []), found


@pytest.mark.parametrize("body", [
    "雁汐智能向鹭岭科技采购的八百张加速卡将用于其智算服务。",
    "雁汐智能向鹭岭科技采购显卡供其云服务平台扩容。",
])
def test_goods_bought_for_a_service_are_no_cloud_deal(tmp_path, body):
    """A service word after 用于, 用作 or 供其 is what the bought goods serve: the purchase is a
    supply, no cloud deal (the gap of ``zh.cloud.from``'s 采购 branch stops there)."""
    found = _by_family(tmp_path, body)
    assert "Cloud" not in found, found
    assert {"buyer": ["雁汐智能"], "supplier": ["鹭岭科技"]} in found.get("Supply", []), found
