"""Review of a342fa4 (issue 10, twenty-third pass): a supply agreement for capacity (算力供应协议,
算力供应框架协议, "a compute supply agreement") is a cloud deal the cloud provider provides, not a
supply of chips from its customer (rules/frames.py ``_CAPACITY_SUPPLY``). A supply or purchase
agreement for goods stays a supply deal."""
from tests.load.helpers import named_roles, run

_LEDE = "芯片设计公司澄岫半导体与GPU云服务商岷峰云今年往来密切。\n\n"


def _by_family(out, ents):
    return {f.family: named_roles(ents, f) for f in out.frames}


def test_a_capacity_supply_framework_is_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, _LEDE + "岷峰云与大模型公司澜舟智能签订算力供应框架协议，规模1吉瓦。")
    assert _by_family(out, ents) == {"Cloud": {"provider": ["岷峰云"], "customer": ["澜舟智能"]}}


def test_a_capacity_supply_agreement_is_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, _LEDE + "岷峰云与大模型公司澜舟智能签订算力供应协议，规模1吉瓦。")
    assert _by_family(out, ents) == {"Cloud": {"provider": ["岷峰云"], "customer": ["澜舟智能"]}}


def test_a_gpu_purchase_framework_stays_supply(tmp_path):
    ents, out = run(tmp_path, _LEDE + "岷峰云与澄岫半导体签订GPU采购框架协议，总价4亿美元。")
    assert _by_family(out, ents) == {"Supply": {"supplier": ["澄岫半导体"], "buyer": ["岷峰云"]}}
