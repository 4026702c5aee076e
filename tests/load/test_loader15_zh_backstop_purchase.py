"""Issue 10, fifteenth pass: a backstop of capacity its owner cannot sell ("X承诺，若Y的算力未能
售出，X将按约定价格购买剩余算力", "由X兜底采购") is a cloud deal that X buys and Y provides
(``zh.cloud.backstop*`` in relations.yaml), and its condition (若/一旦 + capacity unsold) is the
deal's own term, not a what-if that makes the deal hypothetical (rules/cues.py). Invented
sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _clouds(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [(named_roles(ents, f), f.status) for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("body, customer, provider", [
    # subject first, a condition opened by 若, a buy verb that names the unsold part
    ("霁川科技今年扩建了两座机房。翠微半导体表示，若霁川科技的云算力在2027年前未能售出，"
     "翠微半导体将以不超过3亿美元的价格购买剩余部分。",
     "翠微半导体", "霁川科技"),
    # 一旦 and a rent verb at an agreed price
    ("作为交换，汀兰智能同意：一旦鹭岛科技新建集群闲置超过一个季度，汀兰智能将按协议价格租下，总额最多5亿美元。",
     "汀兰智能", "鹭岛科技"),
    # the owner told by 其 after the pledge made to it
    ("秋实半导体向澄湾科技出具保函，若其算力卖不出去，秋实半导体负责接盘，上限约2.2亿美元。",
     "秋实半导体", "澄湾科技"),
    # no subject before the owner: the backstopper follows 由
    ("双方约定，晴岚科技机房里无法出租的那部分算力，由朔帆半导体兜底采购，期限三年，额度1.6亿美元上下。",
     "朔帆半导体", "晴岚科技"),
    # 包销 of the remaining capacity
    ("檀杉集团还承诺在白鹭科技的剩余容量未售出时予以包销，金额不低于1.2亿美元。",
     "檀杉集团", "白鹭科技"),
    # a second mention by the owner's short name
    ("苍梧资本与峦汐科技签了合作框架。苍梧资本补充说，在峦汐科技算力无法售出时将兜底，额度约4亿美元。",
     "苍梧资本", "峦汐科技"),
])
def test_backstop_of_unsold_capacity_is_a_cloud_deal_the_backstopper_buys(
        tmp_path, body, customer, provider):
    clouds = _clouds(tmp_path, body)
    assert ({"customer": [customer], "provider": [provider]}, "Announced") in clouds, clouds


@pytest.mark.parametrize("body", [
    # capacity lying idle, told with no one to buy it
    "翠微半导体的分析师认为，霁川科技的算力出现闲置后，收入可能明显下滑。",
    # a firm buying chips of its own in the same sentence as another's idle capacity
    "翠微半导体称，霁川科技的算力闲置率偏高，自己仍在采购新一代芯片。",
])
def test_idle_capacity_without_a_backstop_is_no_deal(tmp_path, body):
    assert _clouds(tmp_path, body) == []


def test_a_what_if_about_something_else_stays_hypothetical(tmp_path):
    ents, out = run(tmp_path, "若监管部门点头，翠微半导体将向霁川科技注资8亿美元。", language="zh")
    assert out.frames and all(f.status == "Hypothetical" for f in out.frames), \
        [(f.family, f.status) for f in out.frames]
