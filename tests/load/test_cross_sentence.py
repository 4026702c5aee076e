"""Issue 10: facts that span clauses and sentences — pledged deals, several documents (invented)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_deal_named_in_what_secures_a_loan_is_a_deal_and_the_collateral(tmp_path):
    ents, out = run(tmp_path, "Pellwood Compute, a GPU cloud operator, borrowed $1.2 billion "
                    "from Ashgrove Capital. The loan is secured by Pellwood's letter of intent "
                    "with Anthropic, under which Anthropic would rent 300 MW of capacity.",
                    language="en")
    loi = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, loi) == {"provider": ["Pellwood Compute"], "customer": ["Anthropic"]}
    assert loi.binding is False and float(loi.figures["capacityGW"].value) == 0.3
    loan = next(f for f in out.frames if f.family == "Loan")
    assert loi in loan.collateral and float(loan.figures["amountUSD"].value) == 1.2e9


def test_neither_document_is_binding_reaches_both_deals(tmp_path):
    _, out = run(tmp_path, "Broadcom and Anthropic signed a term sheet for 2 gigawatts of custom "
                 "accelerators. Separately, Anthropic signed a letter of intent with Nvidia "
                 "covering up to 1 gigawatt of systems. Neither document is binding.",
                 language="en")
    computes = [f for f in out.frames if f.family == "Compute"]
    assert len(computes) == 2 and all(f.binding is False for f in computes)


def test_signed_a_multi_year_amount_agreement_with_commas(tmp_path):
    _, out = run(tmp_path, "Amazon Web Services and Anthropic have signed a six-year, $14 "
                 "billion agreement for cloud capacity.", language="en")
    cloud = next(f for f in out.frames if f.family == "Cloud")
    assert float(cloud.figures["amountUSD"].value) == 14e9
    assert float(cloud.figures["termYears"].value) == 6


def test_letter_of_intent_told_before_its_signer_is_the_collateral(tmp_path):
    ents, out = run(tmp_path, "Marlow Data, a data-centre operator, has taken a $300 million loan "
                    "from Redfern Bank. The lender accepted as collateral a letter of intent Marlow "
                    "Data signed last month with Anthropic for 100 megawatts of capacity.",
                    language="en")
    loi = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, loi) == {"provider": ["Marlow Data"], "customer": ["Anthropic"]}
    loan = next(f for f in out.frames if f.family == "Loan")
    assert loi in loan.collateral


def test_lend_is_a_loan_and_serve_under_a_contract_is_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "Ashgrove Capital will lend $900 million to Tallis Cloud, the GPU "
                    "cloud provider said. Tallis will use it for a site that will serve Anthropic "
                    "under a four-year contract worth $2 billion.", language="en")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"lender": ["Ashgrove Capital"], "borrower": ["Tallis Cloud"]}
    cloud = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, cloud) == {"provider": ["Tallis Cloud"], "customer": ["Anthropic"]}
    assert float(cloud.figures["amountUSD"].value) == 2e9
    assert not any(f.family == "Supply" for f in out.frames)


def test_zh_collateral_letter_told_in_the_next_sentence(tmp_path):
    _, out = run(tmp_path, "数据中心运营商盐湾数据获得北辰银行提供的5亿美元贷款，抵押物是其与Anthropic签署的"
                 "意向书。根据该意向书，Anthropic拟租用盐湾数据200兆瓦算力。该意向书不具法律约束力。",
                 language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    loi = next(f for f in out.frames if f.family == "Cloud")
    assert loi in loan.collateral and loi.binding is False


def test_share_of_the_company_told_after_a_warrant(tmp_path):
    _, out = run(tmp_path, "Nvidia granted Anthropic the right to buy up to 50 million Nvidia "
                 "shares. At current share counts that would amount to about 2% of the company.",
                 language="en")
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert float(warrant.figures["stakePercent"].value) == 2
