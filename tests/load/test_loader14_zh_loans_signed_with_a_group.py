"""Issue 10, fourteenth pass: a Chinese loan signed with lenders told only as a group ("与银行团签署
贷款合同：由X牵头，Y、Z参贷", "和多家银行签订了一份银团贷款协议"): the subject (also one told by
description, 这家数据中心开发商) borrows; the lenders and the arranger are those the next clauses
mark. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body,borrower,lenders,arranger", [
    ("长岭数据是一家数据中心运营商。长岭数据已于上周与银行团签署贷款合同：由江陵银行牵头，东岳银行、北川农商银行"
     "参贷，银团贷款总额180亿元，约合25.2亿美元，期限8年。",
     "长岭数据", {"江陵银行", "东岳银行", "北川农商银行"}, "江陵银行"),
    ("长岭数据在内蒙古的智算园区，终于等来了一笔钱。长岭数据CEO表示很满意。据悉，这家数据中心开发商已于上周与"
     "银行团签署贷款合同：由江陵银行牵头，东岳银行参贷，总额约合25亿美元。",
     "长岭数据", {"江陵银行", "东岳银行"}, "江陵银行"),
    ("青屿云是一家云服务商。青屿云与多家银行签订了一份银团贷款协议，金额50亿元，由华成银行牵头。",
     "青屿云", {"华成银行"}, "华成银行"),
    ("墨川数据是一家数据中心运营商。墨川数据近日和银团签署了120亿元的项目贷款合同，牵头行为南岳银行，西江银行参贷。",
     "墨川数据", {"南岳银行", "西江银行"}, "南岳银行"),
    ("墨川数据是一家数据中心运营商。墨川数据同五家银行签订了银团贷款协议，由南岳银行牵头。",
     "墨川数据", {"南岳银行"}, "南岳银行"),
])
def test_a_loan_signed_with_a_bank_group_is_the_subjects(tmp_path, body, borrower, lenders, arranger):
    ents, out = run(tmp_path, body)
    (f,) = financings(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] == [borrower]
    assert set(roles["lender"]) == lenders
    assert roles["arranger"] == [arranger]


@pytest.mark.parametrize("body", [
    "墨川数据是一家数据中心运营商。墨川数据与银行团的贷款谈判仍在进行，双方尚未签署贷款合同。",
    "墨川数据是一家数据中心运营商。墨川数据与银行团就贷款条款交换了意见。",
])
def test_no_loan_when_nothing_is_signed_with_the_group(tmp_path, body):
    _, out = run(tmp_path, body)
    assert financings(out) == []
