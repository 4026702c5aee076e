"""Issue 10, twenty-third pass: a supply or purchase agreement told as a framework (供货框架协议,
供应框架合同, 采购框架协议) is the same deal noun as 供货协议 or 采购协议: the generic deal rule's
cloud reading gives way to a supply deal the chipmaker supplies, also when the sentence names
watts (`rules/frames.py`, `_SUPPLY_NOUN`, `_PURCHASE_NOUN`). A framework agreement for compute
or capacity (算力服务框架协议, 算力采购框架协议) and a bare 框架协议 stay cloud deals."""
import pytest

from tests.load.helpers import named_roles, run

_LEDE = "芯片设计公司澄岫半导体与GPU云服务商岷峰云今年往来密切。\n\n"


def _by_family(out, ents):
    return {f.family: named_roles(ents, f) for f in out.frames}


@pytest.mark.parametrize("body", [
    "澄岫半导体宣布与云服务商岷峰云签订1吉瓦供货框架协议。",
    "澄岫半导体与算力服务商岷峰云签署了一份供应框架合同，规模约0.5吉瓦。",
    "岷峰云与芯片商澄岫半导体签订采购框架协议，总金额约9亿美元。",
    "据公告，澄岫半导体已和岷峰云签订为期三年的供货框架协议，合计约1.2吉瓦。",
])
def test_a_framework_supply_agreement_is_supply(tmp_path, body):
    ents, out = run(tmp_path, _LEDE + body)
    found = _by_family(out, ents)
    supply = found.get("Supply") or found.get("Compute")
    assert supply == {"supplier": ["澄岫半导体"], "buyer": ["岷峰云"]}
    assert "Cloud" not in found


@pytest.mark.parametrize("body", [
    "岷峰云与大模型公司澜舟智能签订算力服务框架协议，规模1吉瓦。",
    "岷峰云与澄岫半导体签订了一份算力采购框架协议，总价4亿美元。",
])
def test_a_framework_agreement_for_capacity_stays_a_cloud_deal(tmp_path, body):
    ents, out = run(tmp_path, _LEDE + body)
    found = _by_family(out, ents)
    assert "Supply" not in found and "Compute" not in found
