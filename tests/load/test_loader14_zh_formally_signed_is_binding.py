"""Issue 10, fourteenth pass: a Chinese contract told as formally signed (X与Y正式签署租赁合同, 双方正式签订
了采购合同, 上月…正式签署《智能算力服务合同》) is binding, also without 已; not when a plan or modal
comes before it (计划下月正式签署, 拟正式签订) nor for a framework agreement or memorandum (正式签署
合作框架协议). Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_INTRO = "霁岚数据是一家数据中心运营商。澈川科技是一家大模型公司。"


def _deals(out):
    return [f for f in out.frames if f.merged_into is None and f.family not in ("Loan", "Facility")]


@pytest.mark.parametrize("body", [
    "上个月，澈川科技同霁岚数据正式签订为期12年的租赁合同，租用其园区二期450兆瓦。",
    "霁岚数据与澈川科技正式签订了算力服务合同，服务期五年，合同金额约6.7亿美元。",
    "上月，霁岚数据与澈川科技正式签署《智能算力服务合同》，由霁岚数据为澈川科技提供算力服务，期限5年。",
    "霁岚数据与澈川科技于10月正式签署为期八年的租赁合同，澈川科技承租300兆瓦。",
    "澈川科技与霁岚数据正式签署GPU云服务合同，霁岚数据将为其提供GPU算力，期限4年。",
])
def test_a_formally_signed_contract_is_binding(tmp_path, body):
    _, out = run(tmp_path, _INTRO + body)
    deals = _deals(out)
    assert deals and all(f.binding is True for f in deals)


@pytest.mark.parametrize("body", [
    "霁岚数据计划下月与澈川科技正式签署算力服务合同，服务期五年。",
    "霁岚数据拟与澈川科技正式签订算力服务合同，金额约6.7亿美元。",
    "霁岚数据与澈川科技正式签署合作框架协议，拟为其提供算力服务。",
])
def test_a_plan_or_a_framework_is_not_binding(tmp_path, body):
    _, out = run(tmp_path, _INTRO + body)
    assert all(f.binding is not True for f in _deals(out))
