"""Issue 10, second pass: bindingness and collateral told across sentences (invented text)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_loan_secured_by_a_letter_and_formally_signed_is_binding(tmp_path):
    ents, out = run(tmp_path, "大模型公司青禾智能与云厂商松岭云签署算力采购意向书，拟向松岭云采购1吉瓦算力。"
                    "青禾智能已从云杉银行获得一笔约20亿美元的贷款，贷款以这份意向书作为抵押，"
                    "贷款合同已正式签署。", language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert loan.binding is True
    assert deal.binding is False
    assert deal in loan.collateral


def test_both_financings_backed_by_chips_and_a_lease(tmp_path):
    ents, out = run(tmp_path, "Corbel, a GPU leasing company, has secured a $1bn term loan from "
                    "Ashby Bank and a $400m credit facility from Vale Credit Partners. Both "
                    "financings are backed by the 9,000 GPUs Corbel owns and by its lease with "
                    "Mirelle AI.", language="en")
    financings = [f for f in out.frames if f.family in ("Loan", "Facility")]
    lease = next(f for f in out.frames if f.family == "Lease")
    assert len(financings) == 2
    for f in financings:
        assert lease in f.collateral
        assert any(isinstance(c, tuple) and c[1] == "GPUFleet" for c in f.collateral)


def test_memorandum_with_a_firm_for_megawatts_is_a_compute_deal(tmp_path):
    ents, out = run(tmp_path, "Corbel, a GPU leasing company, rents chips to Mirelle AI, an AI "
                    "developer. Mirelle also has a memorandum of understanding with Corbel for a "
                    "further 150 megawatts, which is not binding.", language="en")
    deal = next(f for f in out.frames if "ComputeCommitment" in f.kinds)
    assert named_roles(ents, deal) == {"provider": ["Corbel"], "customer": ["Mirelle AI"]}
    assert deal.binding is False and float(deal.figures["capacityGW"].value) == 0.15


def test_cue_word_inside_a_firm_name_is_no_cue(tmp_path):
    ents, out = run(tmp_path, "云服务商松岭云与大模型公司若川智能签署一份价值30亿美元的云服务合同。",
                    language="zh")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert deal.status != "Hypothetical"


def test_coordinated_loan_after_a_revenue_figure(tmp_path):
    ents, out = run(tmp_path, "Corbel, a cloud provider, said revenue doubled to $1.1bn and "
                    "announced a $2bn loan backed by its GPU fleet. Two more paragraphs follow. "
                    "Analysts were pleased. Demand is strong. The loan, arranged by Ashby Bank, "
                    "runs for five years.", language="en")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert [float(loans[0].figures["amountUSD"].value)] == [2e9]
    assert named_roles(ents, loans[0])["borrower"] == ["Corbel"]
    assert named_roles(ents, loans[0])["lender"] == ["Ashby Bank"]


def test_zh_loan_under_negotiation_secured_by_the_supply_contract_told_before(tmp_path):
    ents, out = run(tmp_path, "芯片公司松涛半导体公告，公司与大模型公司青禾智能签署芯片供货协议，未来三年向对方供应"
                    "2吉瓦AI加速卡。知情人士称，青禾智能正与云杉银行洽谈一笔至多10亿美元的贷款，拟以上述供货"
                    "协议作为抵押，目前双方仅签署了贷款条款清单。", language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    supply = next(f for f in out.frames if f.family in ("Compute", "Supply"))
    assert named_roles(ents, loan) == {"lender": ["云杉银行"], "borrower": ["青禾智能"]}
    assert supply in loan.collateral and loan.binding is False


def test_zh_bond_issue_completed_and_the_pledged_contracts_figure_is_not_its_own(tmp_path):
    ents, out = run(tmp_path, "云服务商松岭云以若川智能80亿美元云合同为担保发行15亿美元债券", language="zh")
    bonds = [f for f in out.frames if f.family == "Bond"]
    assert {float(f.figures["amountUSD"].value) for f in bonds} == {1.5e9}
    _, out = run(tmp_path, "云服务商松岭云5月20日完成一笔15亿美元的债券发行，期限五年。", language="zh",
                 name="b")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert float(bond.figures["amountUSD"].value) == 1.5e9
