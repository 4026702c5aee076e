"""Issue 10, fourteenth pass: what secures a financing told as a list whose parts a semicolon
divides ("担保分为两块：其一是…GPU；其二是…合同所产生的应收款", "backed by its GPUs; and the
receivables of its contract with X"). The later part has no collateral cue of its own; opening
with a list marker it still tells what secures the financing (rules/collateral_lists.py). A part
that opens with no list marker ("separately, …") tells no collateral. Compute rented as a service
(算力租赁合同) pledged is a cloud contract, not a lease. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _pledged(ents, f):
    deals = [c for c in f.collateral if not isinstance(c, tuple)]
    assets = [c[1] for c in f.collateral if isinstance(c, tuple)]
    return [(d.family, named_roles(ents, d)) for d in deals], assets


@pytest.mark.parametrize("body,family,customer_role", [
    ("澈峰算力是一家算力服务商。南汀资本向澈峰算力发放了3.5亿美元贷款，期限两年。这笔借款的担保分为两块："
     "其一是澈峰算力名下的9000余块GPU；其二是澈峰算力与模型企业溪语智能签订的GPU租赁合同所产生的应收款。",
     "Cloud", "customer"),
    ("砚秋云是一家云服务商。砚秋云向丰禾银行借入5亿美元。至于抵质押安排，一方面砚秋云抵押了其位于乌兰察布的"
     "机房；另一方面是砚秋云与模型公司溪语智能所签算力服务合同的全部应收账款。",
     "Cloud", "customer"),
    ("Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank. The loan is "
     "backed by 9,000 GPUs it owns; and the receivables of its cloud contract with Ostwind AI.",
     "Cloud", "customer"),
    ("Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank. Collateral "
     "includes a mortgage on its Ohio campus; second, its lease with Ostwind AI.", "Lease", "lessee"),
    ("Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank. The lenders hold "
     "a lien on its servers; the other leg is its compute contract with Ostwind AI.",
     "Cloud", "customer"),
])
def test_a_later_part_of_a_collateral_list_pledges_its_contract(tmp_path, body, family,
                                                                customer_role):
    ents, out = run(tmp_path, body)
    (f,) = financings(out)
    deals, assets = _pledged(ents, f)
    assert len(deals) == 1 and deals[0][0] == family
    assert list(deals[0][1][customer_role])[0] in ("溪语智能", "Ostwind AI")
    assert assets            # the asset of the first part stays


@pytest.mark.parametrize("body", [
    "Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank. The loan is "
    "secured by a mortgage on its Ohio campus; separately, Ostwind AI signed a lease with Hallam "
    "Realty.",
    "砚秋云是一家云服务商。丰禾银行向砚秋云提供6亿美元贷款，砚秋云以机房设备作抵押；溪语智能则表示，"
    "与砚秋云的算力服务合同尚在谈判。",
    "Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank; Ostwind AI said "
    "its contract with Ferrow Compute will last until 2030.",
])
def test_a_part_without_a_list_marker_pledges_nothing(tmp_path, body):
    ents, out = run(tmp_path, body)
    (f,) = financings(out)
    deals, _ = _pledged(ents, f)
    assert deals == []
