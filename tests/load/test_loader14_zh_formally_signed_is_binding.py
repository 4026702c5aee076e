"""Issue 10, fourteenth pass: a Chinese contract told as formally signed (X与Y正式签署租赁合同, 双方正式签订
了采购合同, 今年9月…正式签署《算力服务合同》) is binding, also without 已; not when a plan or modal
comes before it (计划下月正式签署, 拟正式签订) nor for a framework agreement or memorandum (正式签署
合作框架协议). Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_INTRO = "朔岭数据是一家数据中心运营商。灵犀智能是一家大模型公司。"


def _deals(out):
    return [f for f in out.frames if f.merged_into is None and f.family not in ("Loan", "Facility")]


@pytest.mark.parametrize("body", [
    "今年9月，灵犀智能与朔岭数据正式签署租赁合同，整体承租园区一期600兆瓦容量，租期10年。",
    "朔岭数据与灵犀智能正式签订了算力服务合同，服务期五年，合同金额约6.7亿美元。",
    "上月，朔岭数据与灵犀智能正式签署《智能算力服务合同》，由朔岭数据为灵犀智能提供算力服务，期限5年。",
    "朔岭数据与灵犀智能于10月正式签署为期八年的租赁合同，灵犀智能承租300兆瓦。",
    "灵犀智能与朔岭数据正式签署一份算力服务合同，朔岭数据将为其提供GPU算力，期限4年。",
])
def test_a_formally_signed_contract_is_binding(tmp_path, body):
    _, out = run(tmp_path, _INTRO + body)
    deals = _deals(out)
    assert deals and all(f.binding is True for f in deals)


@pytest.mark.parametrize("body", [
    "朔岭数据计划下月与灵犀智能正式签署算力服务合同，服务期五年。",
    "朔岭数据拟与灵犀智能正式签订算力服务合同，金额约6.7亿美元。",
    "朔岭数据与灵犀智能正式签署合作框架协议，拟为其提供算力服务。",
])
def test_a_plan_or_a_framework_is_not_binding(tmp_path, body):
    _, out = run(tmp_path, _INTRO + body)
    assert all(f.binding is not True for f in _deals(out))
