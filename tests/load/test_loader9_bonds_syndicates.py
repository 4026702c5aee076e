"""Issue 10, ninth pass: buyers of part of an issue told after it, zh loans from a syndicate its
arranger leads, and asset words inside a firm's name — invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_LEAD = "（本文为虚构报道。）\n\n"


@pytest.mark.parametrize("buyer", [
    "据悉，保险机构安泰人寿认购了其中3亿美元。",
    "安泰人寿买入了其中约3亿美元。",
    "另据了解，华鼎信托也认购了其中2亿美元。",
])
def test_zh_buyer_of_part_of_an_issue_told_later_holds_it(tmp_path, buyer):
    ents, out = run(tmp_path, _LEAD + "云杉科技本周完成发行8亿美元绿色债券，期限七年。这笔债券以园区作抵押。" + buyer,
                    language="zh")
    bonds = [f for f in out.frames if f.family == "Bond"]
    assert len(bonds) == 1
    assert named_roles(ents, bonds[0])["issuer"] == ["云杉科技"]
    assert len(bonds[0].roles["holder"]) == 1
    assert bonds[0].figures["amountUSD"].value == 800_000_000


@pytest.mark.parametrize("buyer", [
    "Dorrance Asset Management bought roughly $2bn of the bonds, people said.",
    "People familiar said Dorrance Asset Management took about $2bn of the notes.",
])
def test_en_buyer_of_part_of_an_issue_told_later_holds_it(tmp_path, buyer):
    ents, out = run(tmp_path, "Tarrington Digital sold $6.4bn of senior secured notes on Tuesday. "
                    "The notes are secured on the campus. " + buyer)
    bonds = [f for f in out.frames if f.family == "Bond"]
    assert len(bonds) == 1
    assert named_roles(ents, bonds[0]) == {"holder": ["Dorrance Asset Management"], "issuer": ["Tarrington Digital"]}
    assert bonds[0].figures["amountUSD"].value == 6_400_000_000


@pytest.mark.parametrize("body", [
    "云杉科技已从以东港银行为牵头行的银团获得8亿美元贷款，用于扩充产能。",
    "云杉科技于三季度获得由东港银行牵头的银团贷款，金额8亿美元，期限五年。",
    "云杉科技从一个由东港银行牵头的银团借入8亿美元贷款。",
])
def test_zh_loan_from_a_syndicate_its_arranger_leads(tmp_path, body):
    ents, out = run(tmp_path, _LEAD + body, language="zh")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"arranger": ["东港银行"], "borrower": ["云杉科技"], "lender": ["东港银行"]}
    assert loans[0].figures["amountUSD"].value == 800_000_000


def test_asset_word_inside_a_firm_name_is_no_collateral(tmp_path):
    ents, out = run(tmp_path, "Tollan Cloud has borrowed $900m from Pellham Bank to expand its sites. "
                    "The loan is secured by its supply arrangement with Ardent Chips Inc.")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert not [c for c in loan.collateral if isinstance(c, tuple)]
