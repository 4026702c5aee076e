"""Issue 10, fourth pass: bindingness and collateral told across sentences (invented text)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_zh_loan_agreement_signed_with_lenders_is_a_loan_secured_by_a_contract_told_next(tmp_path):
    ents, out = run(tmp_path, "云厂商松岭云公告称，公司已与云杉银行、北岸资本签署20亿美元银团贷款协议，"
                    "以公司与人工智能公司青禾签订的算力服务合同作为抵押。"
                    "据公告，松岭云将在未来三年内向青禾提供1吉瓦算力，合同金额约80亿美元。",
                    language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"borrower": ["松岭云"], "lender": ["云杉银行", "北岸资本"]}
    assert not any(f.family == "Cloud" and "云杉银行" in named_roles(ents, f).get("customer", [])
                   for f in out.frames)
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert deal in loan.collateral


def test_zh_asset_joined_to_a_pledged_contract_told_next_is_collateral_too(tmp_path):
    ents, out = run(tmp_path, "云厂商松岭云公告称，公司已与云杉银行签署20亿美元贷款协议，"
                    "以公司与人工智能公司青禾签订的算力服务合同以及相应的GPU集群作为抵押。"
                    "据公告，松岭云将在未来三年内向青禾提供1吉瓦算力。", language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert any(isinstance(c, tuple) and c[1] == "GPUFleet" for c in loan.collateral)


def test_zh_asset_the_collateral_is_not_is_no_collateral(tmp_path):
    ents, out = run(tmp_path, "私募信贷基金北岸资本向云服务商松岭云提供了一笔5亿美元的贷款。"
                    "这笔贷款的担保并非厂房或设备，而是松岭云与青禾智能签署的一份框架协议。",
                    language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert not any(isinstance(c, tuple) for c in loan.collateral)


def test_zh_warrant_agreement_signed_formally_the_same_day_is_binding(tmp_path):
    ents, out = run(tmp_path, "青禾半导体与人工智能企业松岭智能签署正式的芯片供货协议，未来四年向对方供应2吉瓦加速卡。"
                    "青禾半导体同意向松岭智能发行认股权证，后者可认购至多五千万股公司股份。"
                    "认股权证协议已与供货协议同日正式签署。", language="zh")
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert warrant.binding is True


def test_a_firms_commitment_in_a_term_sheet_is_its_investment_not_its_later_supply_deal(tmp_path):
    ents, out = run(tmp_path, "Corvane, the chipmaker, said it would invest up to $3bn in Miraleth, "
                    "a model developer. Miraleth signed a contract with Tessen Cloud last month. "
                    "Tessen has ordered $2bn of Corvane's processors. Corvane's commitment is set "
                    "out in a non-binding term sheet.", language="en")
    invest = next(f for f in out.frames if f.family == "Investment")
    assert invest.binding is False
    assert all(f.binding is not False for f in out.frames if f.family == "Supply")
