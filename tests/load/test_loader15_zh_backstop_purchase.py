"""Issue 10, fifteenth pass: a backstop of capacity its owner cannot sell ("Y的集群只要卖不出去，
差额由X包销", "一旦Y的机房出租不出去，X须以固定价格租用") is a cloud deal that X buys and Y provides
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
    # the backstopper opens the sentence, the owner's unsold cluster in a clause after a colon
    ("雩山半导体去年开出的条件相当罕见：桦汀科技的推理集群只要卖不出去，差额一律由它包销，期限到2029年。",
     "雩山半导体", "桦汀科技"),
    # a clause opened by 凡是 and the backstopper after 由, the price left open
    ("根据两家公司披露的条款，凡是桦汀科技在2028年以前闲置的GPU时长，均由雩山半导体全额接盘，单价另行商定。",
     "雩山半导体", "桦汀科技"),
    # the owner told by 其 after a guarantee given to it; the take verb with 剩余 after it
    ("去年秋天，雩山半导体对桦汀科技作出的另一项保证很少被提及——其GPU集群一旦无法售出，前者便买下剩余的全部时长。",
     "雩山半导体", "桦汀科技"),
    # the figure told before the clause, a fixed price and a rent verb
    ("濉溪半导体签下的附加协议设了3.6亿美元上限：一旦蔺川科技新建的机房出租不出去，濉溪半导体须以固定价格租用。",
     "濉溪半导体", "蔺川科技"),
    # no condition word: capacity not rented out, taken up by 承接这部分
    ("濉溪半导体已经同意，蔺川科技明年投产的机房中未能对外出租的容量，将分季度承接这部分，价款约1.9亿美元。",
     "濉溪半导体", "蔺川科技"),
    # the owner's short name, the backstop told as a noun after the idle part
    ("濉溪半导体与蔺川科技的合作还有后手：蔺川科技哪怕有一成算力出现闲置，濉溪半导体也会兜底，这笔义务每年封顶5000万美元。",
     "濉溪半导体", "蔺川科技"),
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


# Review fix: a condition of idle or unsold capacity makes only a backstop's own frame a fact;
# any other deal told under it (a loan, an investment) stays a what-if.
@pytest.mark.parametrize("body", [
    "砚川银行表示，一旦鹤汀科技新建机房的算力出现闲置，砚川银行将向鹤汀科技发放一笔过桥贷款。",
    "若鹤汀科技的算力未能售出，砚川银行会向鹤汀科技提供不超过8亿美元的贷款。",
    "据悉，若鹤汀科技的GPU集群长期闲置，苍岩资本将向鹤汀科技注资5亿元。",
])
def test_idle_capacity_condition_of_another_deal_stays_hypothetical(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    assert out.frames and all(f.status == "Hypothetical" for f in out.frames), \
        [(f.family, f.rule, f.status) for f in out.frames]
