"""Issue 10, twenty-second pass: a purchase contract (采购合同, 采购协议, purchase agreement) that a
generic deal rule reads between two firms, exactly one of them a chipmaker by its name or type
("…微电子", "…半导体", "X Semiconductor"), is a supply deal the chipmaker supplies, even when the
sentence names no goods (`rules/frames.py`, `_by_deal_noun`). It leaves a capacity purchase
(算力采购合同) a cloud deal, and a purchase contract with a firm of no chipmaker type as before."""
from tests.load.helpers import run, named_roles

_LEDE = "GPU云服务商岷峰云今年扩张很快。\n\n"


def _by_family(out, ents):
    return {f.family: named_roles(ents, f) for f in out.frames}


def test_purchase_contract_with_a_microelectronics_maker_is_supply(tmp_path):
    ents, out = run(tmp_path, _LEDE + "据悉，岷峰云已同澄岫微电子签订正式采购合同，合同金额为6.5亿美元。")
    assert _by_family(out, ents).get("Supply") == {"supplier": ["澄岫微电子"], "buyer": ["岷峰云"]}
    assert "Cloud" not in _by_family(out, ents)


def test_chipmaker_named_first_still_supplies(tmp_path):
    ents, out = run(tmp_path, _LEDE + "澄岫半导体和岷峰云上周签署一项为期两年的采购协议，总价4亿美元。")
    assert _by_family(out, ents).get("Supply") == {"supplier": ["澄岫半导体"], "buyer": ["岷峰云"]}


def test_capacity_purchase_stays_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, _LEDE + "岷峰云与澄岫半导体签订了一份算力采购合同，总价4亿美元。")
    assert "Supply" not in _by_family(out, ents)


def test_purchase_contract_with_no_chipmaker_is_left_alone(tmp_path):
    ents, out = run(tmp_path, _LEDE + "岷峰云与瀚樾科技签订了一份采购合同，总价4亿美元。")
    assert "Supply" not in _by_family(out, ents)


def test_a_chipmaker_buying_what_the_contract_names_supplies_nothing(tmp_path):
    """Review of 703d618: a purchase contract that goes on to say what the chipmaker buys
    (hosting, compute) makes the chipmaker no supplier."""
    ents, out = run(tmp_path, _LEDE + "澄岫半导体与岷峰云签订采购合同，将采购岷峰云的机房托管服务，总价2亿美元。")
    assert "Supply" not in _by_family(out, ents), _by_family(out, ents)
