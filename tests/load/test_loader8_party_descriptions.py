"""Issue 10, eighth pass: parties told by a description — "the Japanese group", and a bare 公司 in
a Chinese announcement meaning the listed firm that announces (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("second", [
    "The Japanese group then borrowed $15 billion from Gullane Bank under a one-year bridge loan agreed in May.",
    "Last month the group took out a one-year bridge loan of $15 billion from Gullane Bank.",
    "Gullane Bank has lent the Korean conglomerate $15 billion for one year.",
])
def test_a_nationality_group_means_the_firm_named_before(tmp_path, second):
    ents, out = run(tmp_path, "Kaito Holdings has spent the year raising cash for its AI bets. "
                    + second)
    loan = next(f for f in out.frames if f.family in ("Loan", "Facility", "Financing"))
    assert named_roles(ents, loan) == {"borrower": ["Kaito Holdings"], "lender": ["Gullane Bank"]}
    assert loan.figures["amountUSD"].value == 15_000_000_000


def test_the_group_of_lenders_is_no_firm(tmp_path):
    ents, out = run(tmp_path, "Kaito Holdings has spent the year raising cash. The group of "
                    "lenders led by Gullane Bank met on Monday.")
    assert not [f for f in out.frames if "Kaito Holdings" in named_roles(ents, f).get("lender", [])]


_ANNOUNCEMENT = ("星岩科技晚间发布公告，公司全资子公司星岩智算与人工智能企业启明智能签署算力服务合同，"
                 "由星岩智算向启明智能提供算力服务，合同金额为12亿元（约合1.7亿美元）。\n\n"
                 "同日，公司董事会审议通过了两项议案。\n\n{credit}")


@pytest.mark.parametrize("credit", [
    "其二，公司拟以上述合同项下的应收账款作为质押，向丰泰银行申请总额不超过8亿元（约合1.1亿美元）的综合授信，授信期限3年。",
    "此外，公司拟向丰泰银行申请不超过8亿元（约合1.1亿美元）的授信额度，期限三年，可循环使用。",
    "其二，丰泰银行拟向公司提供总额不超过8亿元（约合1.1亿美元）的综合授信，在额度内可循环使用。",
])
def test_zh_bare_company_in_an_announcement_is_the_announcer(tmp_path, credit):
    ents, out = run(tmp_path, _ANNOUNCEMENT.format(credit=credit), language="zh")
    line = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    assert named_roles(ents, line) == {"borrower": ["星岩科技"], "lender": ["丰泰银行"]}
    assert line.kinds == {"CreditFacility"}       # a revolving line with a limit, no loan


def test_zh_credit_without_a_limit_is_a_credit_facility_alone(tmp_path):
    # tenth pass: 授信 is a credit facility, not also a loan (the ontology's dg:CreditFacility;
    # the convention settled in docs/loader.md)
    ents, out = run(tmp_path, "星岩科技以其持有的GPU为抵押，从丰泰银行获得8亿美元授信。", language="zh")
    line = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    assert named_roles(ents, line) == {"borrower": ["星岩科技"], "lender": ["丰泰银行"]}
    assert line.kinds == {"CreditFacility"}


def test_zh_bare_company_without_an_announcement_is_not_forced(tmp_path):
    ents, out = run(tmp_path, "星岩科技表示需求旺盛。丰泰银行称，公司将向启明智能提供8亿美元贷款。",
                    language="zh")
    assert not any("星岩科技" in named_roles(ents, f).get("lender", []) for f in out.frames)
