"""Issue 10, ninth pass: a customer contract told only as what secures a financing is a deal of
its own (borrower → provider/lessor, the named firm → customer/lessee), pledged to that
financing, with the figures a later sentence about it gives — invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _pledged(out):
    fin = [f for f in out.frames if f.family in ("Loan", "Facility", "Bond", "Financing")]
    deals = [f for f in out.frames if f.family not in ("Loan", "Facility", "Bond", "Financing")]
    return fin, deals


@pytest.mark.parametrize("body", [
    "云厂商青川云本周发行了12亿美元债券，担保物有两项：一是其位于安顺的数据中心，二是其与模型公司沐风智能签订的云服务合同。"
    "后者约定，沐风智能在四年内向青川云支付25亿美元。",
    "青川云周二获得中岳银行提供的12亿美元贷款。青川云与沐风智能之间的算力合同，被作为这笔贷款的担保。"
    "按照该合同，沐风智能须在四年内向青川云支付25亿美元。",
    "青川云获得海川资本提供的12亿美元信贷额度，海川资本接受的抵押物是青川云与沐风智能之间的算力服务协议。"
    "合同金额25亿美元，为期四年。",
])
def test_zh_contract_told_only_as_collateral_becomes_pledged_deal_with_later_figures(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    fin, deals = _pledged(out)
    cloud = [f for f in deals if f.family == "Cloud"]
    assert len(cloud) == 1
    assert named_roles(ents, cloud[0]) == {"customer": ["沐风智能"], "provider": ["青川云"]}
    assert cloud[0].figures["amountUSD"].value == 2_500_000_000
    assert cloud[0].figures["termYears"].value == 4
    assert cloud[0] in fin[0].collateral
    assert fin[0].figures["amountUSD"].value == 1_200_000_000
    assert "termYears" not in fin[0].figures


@pytest.mark.parametrize("security", [
    "The lenders' collateral comes in two parts: the GPUs Brantley owns and the Mossgiel contract.",
    "The loan is secured by its GPUs and by its capacity agreement with Mossgiel.",
    "The lenders hold as security the GPUs and Brantley's computing contract with Mossgiel Labs.",
])
def test_en_contract_named_only_as_security_links_to_loan(tmp_path, security):
    body = ("Brantley Compute, a cloud provider, has borrowed $1.4bn from Pellham Bank. "
            + security.replace("Mossgiel Labs", "Mossgiel").replace("Mossgiel", "Mossgiel Labs", 1)
            + " The contract runs for six years and is worth $3.3bn.")
    ents, out = run(tmp_path, body)
    fin, deals = _pledged(out)
    cloud = [f for f in deals if f.family == "Cloud"]
    assert len(cloud) == 1 and cloud[0] in fin[0].collateral
    assert named_roles(ents, cloud[0]) == {"customer": ["Mossgiel Labs"], "provider": ["Brantley Compute"]}
    assert cloud[0].figures["amountUSD"].value == 3_300_000_000
    assert cloud[0].figures["termYears"].value == 6


def test_zh_lease_told_only_as_collateral_is_a_lease(tmp_path):
    ents, out = run(tmp_path, "数据中心开发商岩川数据获得中岳银行的20亿美元贷款，以其与沐风智能签订的园区租赁合同作为抵押。",
                    language="zh")
    _, deals = _pledged(out)
    assert [named_roles(ents, f) for f in deals] == [{"lessee": ["沐风智能"], "lessor": ["岩川数据"]}]


@pytest.mark.parametrize("body", [
    # the contract is told as a deal of its own: no second deal
    "青川云与沐风智能签署了一份25亿美元的云服务合同。青川云随后获得中岳银行提供的12亿美元贷款，以其与沐风智能签订的云服务合同作为抵押。",
    # a negated pledge pledges nothing
    "青川云获得中岳银行提供的12亿美元贷款，该贷款并未以其与沐风智能签订的云服务合同作抵押。",
    # the lender's own contract is no customer contract
    "Brantley Compute has borrowed $1.4bn from Pellham Bank, secured by its GPUs and its agreement with Pellham Bank.",
])
def test_no_extra_contract_when_told_as_deal_or_not_pledged(tmp_path, body):
    _, out = run(tmp_path, body, language="zh" if "青川云" in body else None)
    _, deals = _pledged(out)
    assert len(deals) <= 1
    assert not any(f.rule == "pledged.contract" for f in deals)


def test_retold_pledge_does_not_secure_the_next_loan(tmp_path):
    ents, out = run(tmp_path, "青川云披露已拿到两笔融资。第一笔是私募信贷基金海川资本提供的10亿美元信贷额度，海川资本接受的抵押物是青川云与沐风智能之间的算力合同。"
                    "第二笔是中岳银行发放的5亿美元贷款，以自有GPU集群作抵押。作为抵押物的那份合同，对手方沐风智能是一家大模型公司。",
                    language="zh")
    fin, deals = _pledged(out)
    cloud = next(f for f in deals if f.family == "Cloud")
    holders = [f for f in fin if cloud in f.collateral]
    assert [named_roles(ents, f)["lender"] for f in holders] == [["海川资本"]]
