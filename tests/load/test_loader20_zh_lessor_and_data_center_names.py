"""Issue 10, twentieth pass: a Chinese name may end with 租赁 or 数据中心 (weak suffixes in
``org_suffixes.zh_weak`` of lexicon/core.yaml), so a lessor after its role word ("融资租赁公司X租赁"),
the party servers are sold to ("出售给X租赁") and a data-center firm after its role word
("数据中心运营商X数据中心") keep their whole name and take their deal's role. Both endings also end
common nouns ("服务器租赁", "大型数据中心"), so recurring alone makes no such firm
(``zh_weak_told_only``; rules/zh_names.zh_weak_recurring). Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _leases(tmp_path, body):
    ents, out = run(tmp_path, body)
    return ents, [f for f in out.frames if f.family == "Lease" and f.merged_into is None]


@pytest.mark.parametrize("body, lessor, lessee", [
    ("今年7月，GPU云服务商峦石算力把约8千张GPU卖给融资租赁公司溪桥租赁，再以两年期租约租回，"
     "融得资金4亿美元。", "溪桥租赁", "峦石算力"),
    ("峦石算力还和溪桥租赁做了一笔GPU回租：峦石算力把部分在用服务器出售给溪桥租赁，再租回使用，"
     "融资约2亿美元，租期4年。", "溪桥租赁", "峦石算力"),
    ("数据中心运营商岚屿数据中心将其0.2吉瓦园区整体出租给朔望模型，租期12年。", "岚屿数据中心", "朔望模型"),
])
def test_the_whole_name_is_the_lessor(tmp_path, body, lessor, lessee):
    ents, leases = _leases(tmp_path, body)
    assert len(leases) == 1
    roles = named_roles(ents, leases[0])
    assert roles["lessor"] == [lessor] and roles["lessee"] == [lessee]


@pytest.mark.parametrize("body, noun", [
    ("峦石算力的服务器租赁和设备租赁都在增长，服务器租赁的占比已过半。", "服务器租赁"),
    ("朔望模型在贵州的大型数据中心已投运，大型数据中心的订单仍然旺盛。", "大型数据中心"),
    ("GPU租赁价格回落，GPU租赁的毛利率随之下降。", "GPU租赁"),
])
def test_a_common_noun_recurring_is_no_firm(tmp_path, body, noun):
    ents, _ = run(tmp_path, body)
    assert noun not in set(ents.names.values())


def test_a_finance_lessor_still_recurs(tmp_path):
    ents, _ = run(tmp_path, "峦石算力以其GPU为租赁物，和溪桥融资租赁做了一笔回租；回租期内，"
                            "这批GPU归溪桥融资租赁所有。")
    assert "溪桥融资租赁" in set(ents.names.values())


@pytest.mark.parametrize("body, noun", [
    ("澈川智能与庆阳数据中心签署了为期六年的算力托管协议，金额约2亿美元。", "庆阳数据中心"),
    ("澈川智能与贵安新区数据中心签署供电协议，规模150兆瓦。", "贵安新区数据中心"),
    ("澈川智能将1万张GPU出租给乌兰察布数据中心，租期两年。", "乌兰察布数据中心"),
    ("澈川智能与汽车租赁签署车辆采购协议，金额5000万美元。", "汽车租赁"),
])
def test_pin_a_place_or_trade_before_the_ending_is_no_firm(tmp_path, body, noun):
    """Twenty-first pass, after review: a head that is a place or a common noun in jieba's
    dictionary (乌兰察布, 贵安新区, 汽车) makes a facility or a trade, not a firm; a coined head
    (溪桥, 岚屿) still takes the ending."""
    ents, _ = run(tmp_path, body)
    assert noun not in set(ents.names.values())
