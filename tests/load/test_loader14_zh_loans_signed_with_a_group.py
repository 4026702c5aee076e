"""Issue 10, fourteenth pass: a Chinese loan signed with lenders told only as a group ("与银行团签署
贷款合同：由X牵头，Y、Z参贷", "和多家银行签订了一份银团贷款协议"): the subject (also one told by
description, 这家数据中心开发商) borrows; the lenders and the arranger are those the next clauses
mark. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body,borrower,lenders,arranger", [
    ("峦石数据是一家数据中心运营商。上周五，峦石数据同银行团签订了贷款合同：由澧阳银行牵头，潼关银行、桐乡农商银行"
     "参贷，合计95亿元，贷款期为7年。",
     "峦石数据", {"澧阳银行", "潼关银行", "桐乡农商银行"}, "澧阳银行"),
    ("峦石数据的智算基地一期已封顶。峦石数据总裁对进度表示满意。据透露，这家数据中心开发商日前与银行团签署了"
     "贷款合同，牵头行是澧阳银行，潼关银行参贷，金额约合14亿美元。",
     "峦石数据", {"澧阳银行", "潼关银行"}, "澧阳银行"),
    ("翠屏云是一家云服务商。翠屏云和多家银行签署了一份总额36亿元的银团贷款协议，澧阳银行为牵头行。",
     "翠屏云", {"澧阳银行"}, "澧阳银行"),
    ("砾岩数据是一家数据中心运营商。砾岩数据本月与银团签订项目贷款合同，金额75亿元，由桐乡农商银行牵头，潼关银行参贷。",
     "砾岩数据", {"桐乡农商银行", "潼关银行"}, "桐乡农商银行"),
    ("砾岩数据是一家数据中心运营商。据公告，砾岩数据已与四家银行签署银团贷款协议，澧阳银行牵头。",
     "砾岩数据", {"澧阳银行"}, "澧阳银行"),
])
def test_a_loan_signed_with_a_bank_group_is_the_subjects(tmp_path, body, borrower, lenders, arranger):
    ents, out = run(tmp_path, body)
    (f,) = financings(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] == [borrower]
    assert set(roles["lender"]) == lenders
    assert roles["arranger"] == [arranger]


@pytest.mark.parametrize("body", [
    "砾岩数据是一家数据中心运营商。砾岩数据仍在同银行团磋商贷款，贷款合同暂未签署。",
    "砾岩数据是一家数据中心运营商。砾岩数据与银行团就利率安排进行了沟通。",
])
def test_no_loan_when_nothing_is_signed_with_the_group(tmp_path, body):
    _, out = run(tmp_path, body)
    assert financings(out) == []
