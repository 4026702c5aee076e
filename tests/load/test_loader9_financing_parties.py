"""Issue 10, ninth pass: financings and their parties in other words — invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_LEAD = "（本文为虚构报道。）\n\n"


@pytest.mark.parametrize("body, years, amount", [
    ("数据中心开发商青川科技已拿到一笔六年期建设贷款，金额9亿美元，用于其第三座园区。贷款由南枫银行牵头，华信资产管理参与出资。",
     6, 900_000_000),
    ("青川科技拿下一笔银团贷款，总额八亿美元，期限五年，南枫银行担任牵头行，华信资产管理参与出资。", 5, 800_000_000),
    ("青川科技获得一笔为期五年的银团贷款，规模8亿美元。南枫银行为牵头行，华信资产管理参与出资。", 5, 800_000_000),
])
def test_zh_counted_loan_with_amount_after_the_noun_and_lenders_after(tmp_path, body, years, amount):
    ents, out = run(tmp_path, _LEAD + body, language="zh")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"arranger": ["南枫银行"], "borrower": ["青川科技"],
                                           "lender": ["华信资产管理", "南枫银行"]}
    assert loans[0].figures["amountUSD"].value == amount
    assert loans[0].figures["termYears"].value == years


@pytest.mark.parametrize("body", [
    "青川科技表示，获得一笔贷款并不容易。",
    "青川科技认为，中小云厂商要拿到一笔银行贷款越来越难。",
])
def test_zh_loan_talk_without_a_figure_is_no_loan(tmp_path, body):
    _, out = run(tmp_path, _LEAD + body, language="zh")
    assert not [f for f in out.frames if f.family == "Loan"]


@pytest.mark.parametrize("syndicate, lenders", [
    ("Besides lead arranger Tallow Bank, the lenders are Corran Bank and Ledbury Credit, "
     "a private credit fund.", ["Corran Bank", "Ledbury Credit", "Tallow Bank"]),
    ("Tallow Bank arranged the loan and is one of the lenders; the private credit firm Ledbury Credit is the other.",
     ["Ledbury Credit", "Tallow Bank"]),
    ("The lenders include Tallow Bank, Corran Bank and Ledbury Credit.", ["Corran Bank", "Ledbury Credit", "Tallow Bank"]),
])
def test_en_syndicate_members_told_after_the_loan_are_its_lenders(tmp_path, syndicate, lenders):
    ents, out = run(tmp_path, "Brightmoss Data has closed a $2.1 billion construction loan for its campus. " + syndicate)
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0])["lender"] == lenders
    assert named_roles(ents, loans[0])["borrower"] == ["Brightmoss Data"]


def test_en_lenders_are_secured_by_names_no_lender(tmp_path):
    ents, out = run(tmp_path, "Brightmoss Data has signed a $2.1 billion loan with Tallow Bank. "
                    "Lenders are secured by the Corran Power contract and the campus.")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan)["lender"] == ["Tallow Bank"]


@pytest.mark.parametrize("headline", [
    "# Tallow, Ledbury lend Brightmoss Data $2.1bn; customer contract pledged",
    "# Tallow Bank and Ledbury Credit lend Brightmoss Data $2.1bn",
])
def test_headline_lenders_join_the_body_loan_of_the_same_amount(tmp_path, headline):
    body = (headline + "\n\nFiction: every firm here is invented.\n\n"
            "Brightmoss Data has closed a senior secured loan of $2.1 billion, people familiar said. "
            "Tallow Bank arranged the loan and leads it.")
    ents, out = run(tmp_path, body.replace("Tallow, Ledbury", "Tallow Bank, Ledbury Credit"))
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0])["lender"] == ["Ledbury Credit", "Tallow Bank"]
    assert named_roles(ents, loans[0])["borrower"] == ["Brightmoss Data"]


def test_zh_headline_credit_line_lends_nothing_from_the_contract_partner(tmp_path):
    body = ("青川科技：与沐风智能签署算力服务框架协议，同步获15亿元授信\n\n（本文为虚构。）\n\n"
            "青川科技11月20日晚间公告，公司与人工智能公司沐风智能签署算力服务框架协议，拟向其提供算力服务，总金额不超过48亿元人民币（约合6.76亿美元）。"
            "资金方面，公司已与东岭银行签署授信协议，获得不超过15亿元人民币（约合2.11亿美元）的综合授信额度，期限三年。")
    ents, out = run(tmp_path, body, language="zh")
    fin = [f for f in out.frames if f.family in ("Loan", "Facility")]
    assert [named_roles(ents, f) for f in fin] == [{"borrower": ["青川科技"], "lender": ["东岭银行"]}]


@pytest.mark.parametrize("lead", [
    "Brightmoss Data, the GPU cloud operator, has lined up $4.2 billion of debt to expand its fleet.",
    "Brightmoss Data has lined up $4.2bn of new debt.",
])
def test_en_debt_lined_up_is_a_loan_its_lenders_told_next(tmp_path, lead):
    ents, out = run(tmp_path, lead + " Tallow Bank arranged the loan and lends part of the money alongside "
                    "Ledbury Credit, a private credit fund.")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"arranger": ["Tallow Bank"], "borrower": ["Brightmoss Data"],
                                           "lender": ["Ledbury Credit", "Tallow Bank"]}
    assert loans[0].figures["amountUSD"].value == 4_200_000_000
