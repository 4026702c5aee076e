"""Issue 10, fourteenth pass: two Chinese structures. (1) A name with a weak ending (also 通信, 电力)
told once right before its shares' move, a bare 涨/跌 and a percentage included ("X涨5.6%"), is a
listed firm; 归 ends the words before a name ("所有权归X"). (2) A finance lease (融资租赁) is a lease,
not a loan: the firm that provides it lets ("由Y为X提供…融资租赁"), and a pair that signs a
《融资租赁合同》 has the leasing firm as lessor (roles by type). Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _run(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return ents, [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, name", [
    ("电力板块中，坤远电力涨3.6%，市场关注其绿电业务。", "坤远电力"),
    ("通信方向，远岚通信跌2.1%，此前订单放缓。", "远岚通信"),
    ("锐星通信今日大涨9%，成交放量。", "锐星通信"),
    ("午后，澄海电力收涨5.2%。", "澄海电力"),
    ("板块内，启衡通信盘中跌停。", "启衡通信"),
])
def test_weak_suffix_name_before_its_share_move_is_a_firm(tmp_path, body, name):
    ents, _ = _run(tmp_path, body)
    assert name in set(ents.names.values()), ents.names


@pytest.mark.parametrize("body", [
    "电力方向的龙头股今日涨3%。",
    "通信板块整体涨1.2%，电力板块跌0.8%。",
])
def test_sector_move_names_no_firm(tmp_path, body):
    ents, _ = _run(tmp_path, body)
    assert not [n for n in ents.names.values() if n.endswith(("电力", "通信"))], ents.names


@pytest.mark.parametrize("body, lessee, lessor", [
    ("北辰科技以自有GPU为租赁物，与远川融资租赁开展售后回租业务，融资金额约3亿美元。租赁期内，设备所有权归远川融资租赁。",
     "北辰科技", "远川融资租赁"),
    ("澜石科技与东岳融资租赁签订《融资租赁合同》，租赁物为GPU服务器，融资金额约2亿美元，期限3年。",
     "澜石科技", "东岳融资租赁"),
    ("根据合作备忘录，南屿融资租赁将为星海科技提供最多1亿美元的设备融资租赁。南屿融资租赁成立于2015年。",
     "星海科技", "南屿融资租赁"),
    ("星海科技表示，南屿融资租赁为其提供的是设备融资租赁，期限五年。南屿融资租赁是地方国资企业。",
     "星海科技", "南屿融资租赁"),
    ("青岚科技已同西陵融资租赁签署融资租赁协议，金额约5000万美元。西陵融资租赁称交易已完成。",
     "青岚科技", "西陵融资租赁"),
])
def test_finance_lease_is_a_lease_let_by_the_leasing_firm(tmp_path, body, lessee, lessor):
    _, facts = _run(tmp_path, body)
    assert ("Lease", {"lessee": [lessee], "lessor": [lessor]}) in facts, facts
    assert not [f for f in facts if f[0] in ("Loan", "Financing", "Facility")], facts


def test_bank_loan_beside_a_finance_lease_stays_a_loan(tmp_path):
    _, facts = _run(tmp_path, "青岚科技向北极星银行申请贷款，北极星银行将为青岚科技提供5亿元融资，期限3年。")
    assert not [f for f in facts if f[0] == "Lease"], facts
