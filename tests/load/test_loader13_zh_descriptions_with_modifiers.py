"""Issue 10, thirteenth pass: a Chinese description of a firm with a place or a clause before its
role word ("这家美国模型开发商", "该日本银行", "这家总部位于深圳的芯片厂商") names the firm it
describes, as the bare one does ("这家模型开发商"); compute rented under a 算力租赁合同 is a cloud
service, not a lease (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, fact", [
    ("Quorra AI本周宣布完成一轮融资。这家美国模型开发商随后与澜岳云签署了一份三年期算力合同，金额约9亿美元。",
     ("Cloud", {"customer": ["Quorra AI"], "provider": ["澜岳云"]})),
    ("赫川半导体昨日股价大涨。这家总部位于深圳的芯片厂商周三宣布，已与北屿智能签署供货协议，向其供应GPU芯片，金额约2亿美元。",
     ("Supply", {"buyer": ["北屿智能"], "supplier": ["赫川半导体"]})),
    ("澜岳云与扶川银行的合作由来已久。该日本银行周二宣布向澜岳云提供一笔5亿美元贷款，期限五年。",
     ("Loan", {"borrower": ["澜岳云"], "lender": ["扶川银行"]})),
    ("北屿智能的算力主要来自澜岳云。这家成立不到五年的大模型公司上月又与澜岳云签订了一份两年期算力服务合同，金额约3亿美元。",
     ("Cloud", {"customer": ["北屿智能"], "provider": ["澜岳云"]})),
])
def test_description_with_place_or_clause_names_the_firm(tmp_path, body, fact):
    assert fact in _facts(tmp_path, body)


_INTERVIEW = ("# 访谈｜澜岳算力CFO：我们不赌未来\n\n总部位于新加坡的GPU云公司澜岳算力近日完成融资。"
              "本报记者专访了澜岳算力首席财务官许文。\n\n**记者：Quorra AI是你们的锚定租户？**\n\n许文：{answer}"
              "\n\n**记者：还有呢？**\n\n许文：没有了。")


@pytest.mark.parametrize("answer", [
    "对。今年夏天，这家美国模型开发商与我们签下一份为期3年的算力租赁合同，总金额约7亿美元。",
    "对，我们和这家美国模型开发商签的是一份三年期算力租赁合同，总额约9亿美元。",
    "是的。6月份这家硅谷的模型公司跟我们签署了算力租赁合同，三年总额约9亿美元。",
])
def test_compute_rental_contract_with_a_described_customer_is_a_cloud_deal(tmp_path, answer):
    facts = _facts(tmp_path, _INTERVIEW.format(answer=answer))
    assert ("Cloud", {"customer": ["Quorra AI"], "provider": ["澜岳算力"]}) in facts, facts
    assert not [f for f in facts if f[0] == "Lease"], facts


def test_gpu_rental_contract_stays_a_lease(tmp_path):
    facts = _facts(tmp_path, "算力租赁公司澜岳数据公告，已与人工智能公司北屿智能签订为期三年的GPU租赁合同，"
                             "向后者出租8000张GPU。澜岳数据称合同金额约2亿美元。")
    assert ("Lease", {"lessee": ["北屿智能"], "lessor": ["澜岳数据"]}) in facts, facts
