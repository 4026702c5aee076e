"""Issue 10, thirteenth pass (financing parties across sentences): a sentence naming the loan back
("X arranged the loan", 该笔贷款由X牵头) reaches the loan told up to eight sentences before (a loan,
then a paragraph on what secures it, then its banks); a lender sentence right after one that named
the loan's banks goes on about the same loan ("Y and Z also took part"); a sentence telling a deal
of its own names no arranger of an earlier loan (由X向Y供应GPU); "X extended a loan to its
customer" makes X no borrower. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run

_FILLER_EN = ("The anchor tenant is Hollin AI. The lab agreed to reserve 200 megawatts for ten years. "
              "People familiar with the terms put its value at about $2 billion. Both companies call "
              "the contract firm. That commitment is what the banks are lending against. ")
_FILLER_ZH = ("主要租户是霍林智能。该公司承诺租用200兆瓦、为期十年。知情人士称合同总价值约20亿美元。"
              "双方均表示合同不可撤销。银行正是看中了这份合同。")


@pytest.mark.parametrize("body", [
    "Redmere Data, a data-centre developer, has raised a $1 billion term loan. " + _FILLER_EN +
    "Saltmarsh Bank arranged the loan and is the largest lender; Ferrow Mutual Bank and Oxley Credit, a "
    "private credit fund, also took part.",
    "Redmere Data, a data-centre developer, signed a $1 billion term loan. " + _FILLER_EN +
    "Saltmarsh Bank, which led the loan, is the largest lender. Ferrow Mutual Bank and Oxley Credit "
    "also participated.",
    "数据中心公司瑞米科技从萨尔特银行获得10亿美元定期贷款。" + _FILLER_ZH +
    "该笔贷款由萨尔特银行牵头，费罗银行和奥克斯利银行参与。",
])
def test_banks_told_after_a_paragraph_join_the_loan_they_name_back(tmp_path, body):
    ents, out = run(tmp_path, body)
    (f,) = financings(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] in (["Redmere Data"], ["瑞米科技"])
    assert len(roles["lender"]) == 3 and len(roles["arranger"]) == 1


@pytest.mark.parametrize("body", [
    "算力服务商青岚云获得芯片公司朔川科技提供的8亿美元贷款。这笔贷款以青岚云采购的GPU作抵押。双方还签订了长期供货协议，由朔川向青岚云供应价值20亿美元的GPU。",
    "算力服务商青岚云从芯片公司朔川科技借入8亿美元。该贷款以GPU作抵押。此外，双方签订供货协议，由朔川科技向青岚云供应GPU。",
    "Qinglan Cloud, a GPU cloud, borrowed $800 million from Shuochuan Chips, a chipmaker. The loan is "
    "secured by the GPUs. Separately, the two signed a supply agreement under which Shuochuan Chips, led "
    "by its chief executive, will deliver $2 billion of GPUs to Qinglan Cloud.",
])
def test_sentence_telling_its_own_deal_names_no_arranger_of_an_earlier_loan(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert financings(out)
    assert all(not f.roles.get("arranger") for f in financings(out))


@pytest.mark.parametrize("body", [
    "Corrin Chips, a chipmaker, has extended a $600 million five-year loan to its customer, secured by "
    "the accelerators the customer is buying.",
    "Corrin Chips, a chipmaker, extended a $600 million loan to the buyer of its accelerators.",
    "Corrin Chips, a chipmaker, has also made a $600 million loan to their GPU cloud customer.",
])
def test_lender_extending_a_loan_to_a_described_customer_is_no_borrower(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert all(named_roles(ents, f).get("borrower") != ["Corrin Chips"] for f in financings(out))
