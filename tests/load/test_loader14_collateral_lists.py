"""Issue 10, fourteenth pass: what secures a financing told as a list whose parts a semicolon
divides ("担保安排包括两部分：一是…GPU；二是…合同项下的应收账款", "secured by two things: its GPUs; and
the receivables of its contract with X"). The later part has no collateral cue of its own; opening
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
    ("同一周，鼎川算力完成了一笔融资。北岸资本向其提供4亿美元贷款，期限3年。担保安排包括两部分："
     "一是鼎川算力持有的约1.2万张GPU；二是鼎川算力与大模型公司元启智能所签算力租赁合同项下的应收账款。",
     "Cloud", "customer"),
    ("青岚云是一家云服务商。青岚云从华成银行获得一笔6亿美元的贷款。该笔贷款的担保有两层：一方面，青岚云以其"
     "数据中心设定抵押；另一方面，公司将其与模型公司星河智能签订的算力服务合同项下的收费权质押给华成银行。",
     "Cloud", "customer"),
    ("Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank. The loan is "
     "secured by two things: 9,000 GPUs it owns; and the receivables of its cloud contract with "
     "Ostwind AI.", "Cloud", "customer"),
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
    assert list(deals[0][1][customer_role])[0] in ("元启智能", "星河智能", "Ostwind AI")
    assert assets            # the asset of the first part stays


@pytest.mark.parametrize("body", [
    "Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank. The loan is "
    "secured by a mortgage on its Ohio campus; separately, Ostwind AI signed a lease with Hallam "
    "Realty.",
    "青岚云是一家云服务商。青岚云从华成银行获得一笔6亿美元的贷款，以其数据中心作抵押；公司另与星河智能"
    "洽谈算力服务合同。",
    "Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank; Ostwind AI said "
    "its contract with Ferrow Compute runs for five years.",
])
def test_a_part_without_a_list_marker_pledges_nothing(tmp_path, body):
    ents, out = run(tmp_path, body)
    (f,) = financings(out)
    deals, _ = _pledged(ents, f)
    assert deals == []
