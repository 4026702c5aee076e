"""Issue 10, twenty-first pass: a Chinese loan or debt financing told as the borrower's object or
possession, then "，由A牵头" (``zh.loan.led.by.told`` in lexicon/relations.yaml), and "担保" used as
a loan's attribute (担保贷款, "a secured loan") is no statement of what secures it (``secured`` in
lexicon/cues.yaml).

The borrower opens the clause and its own verb (or 的 with an amount right after) comes before the
loan noun (贷款 or 债务融资); the firms after "，由" that lead or steer it lend (and arrange). Not
done: an equity round (股权融资, 领投), a bond (债券), a bare 融资 with no debt word, a possession with no
amount (X的贷款需求). A "担保贷款" or "有担保票据" names no collateral; "以…作担保" still does.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body):
    ents, out = run(tmp_path, body)
    return ents, [f for f in financings(out) if f.merged_into is None]


def test_loan_object_of_the_borrowers_verb_led_by_two_banks(tmp_path):
    ents, found = _loans(tmp_path, "栎屿科技于四月拿到这笔12亿美元的建设贷款，由恒沐银行和北垣银行牵头，资金将用于二期机房。")
    assert len(found) == 1
    roles = named_roles(ents, found[0])
    assert roles["borrower"] == ["栎屿科技"]
    assert roles["lender"] == ["北垣银行", "恒沐银行"]
    assert found[0].figures["amountUSD"].value == 1_200_000_000


def test_debt_financing_after_a_comma_and_a_verb(tmp_path):
    ents, found = _loans(tmp_path, "总部位于成都的算力运营商栎屿科技，本周签下首笔7亿美元债务融资，由霁垣银行主导。")
    assert len(found) == 1
    roles = named_roles(ents, found[0])
    assert roles["borrower"] == ["栎屿科技"] and roles["lender"] == ["霁垣银行"]


def test_loan_told_as_the_borrowers_possession_with_an_amount(tmp_path):
    ents, found = _loans(tmp_path, "据悉，汐岑智能的9亿美元并购贷款目前已获批，由榆桥银行牵头。")
    assert len(found) == 1
    roles = named_roles(ents, found[0])
    assert roles["borrower"] == ["汐岑智能"] and roles["lender"] == ["榆桥银行"]


def test_equity_round_led_by_an_investor_is_no_loan(tmp_path):
    _, found = _loans(tmp_path, "栎屿科技完成了一笔8亿美元的股权融资，由恒沐资本领投。")
    assert not [f for f in found if f.family == "Loan"]


def test_bond_led_by_an_underwriter_is_no_loan(tmp_path):
    _, found = _loans(tmp_path, "栎屿科技计划发行一笔5亿美元的债券，由恒沐证券牵头承销。")
    assert not [f for f in found if f.family == "Loan"]


def test_possession_with_no_amount_is_no_loan(tmp_path):
    _, found = _loans(tmp_path, "汐岑智能的贷款需求持续上升，由榆桥银行牵头的调研组本周进场。")
    assert not [f for f in found if f.family == "Loan"]


def test_secured_loan_as_an_attribute_names_no_collateral(tmp_path):
    _, found = _loans(tmp_path, "汐岑智能从榆桥银行获得了一笔6亿美元的有担保贷款，资金用于扩建其在贵阳的园区。")
    assert len(found) == 1 and found[0].collateral == []


def test_pledge_of_an_asset_still_names_collateral(tmp_path):
    _, found = _loans(tmp_path, "汐岑智能从榆桥银行获得了一笔6亿美元贷款，并以其在贵阳的园区作担保。")
    assert len(found) == 1 and [c[1] for c in found[0].collateral] == ["DataCenter"]


# Review probes (twenty-second pass): only a verb of getting or closing the loan makes the firm
# its borrower, and 牵头 must end its clause ("由A牵头的银团…" is A's syndicate doing something else).
@pytest.mark.parametrize("body", [
    "岚汀科技，拒绝了一笔5亿美元的贷款，由恒岳银行牵头的银团曾多次游说。",
    "岚汀科技，正在寻求一笔5亿美元的贷款，由恒岳银行牵头的银团仍在评估。",
    "岚汀科技，为子公司担保了一笔5亿美元的贷款，由恒岳银行牵头。",
    "岚汀科技的5亿美元贷款申请被否决，由恒岳银行牵头的银团拒绝放款。",
    "岚汀科技，本周提前偿还了一笔5亿美元的贷款，由恒岳银行牵头的新银团提供再融资。",
])
def test_a_loan_refused_sought_guaranteed_or_repaid_is_no_led_loan(tmp_path, body):
    ents, found = _loans(tmp_path, body)
    assert not [f for f in found if "恒岳银行" in named_roles(ents, f).get("lender", [])]


@pytest.mark.parametrize("body", [
    "恒岳银行向岚汀科技提供5亿美元贷款，岚汀科技以其数据中心为担保贷款获得资金。",
    "恒岳银行向岚汀科技提供5亿美元贷款，岚汀科技以园区作担保贷款。",
])
def test_a_pledge_told_as_为_or_作担保贷款_still_names_collateral(tmp_path, body):
    _, found = _loans(tmp_path, body)
    assert len(found) == 1 and [c[1] for c in found[0].collateral] == ["DataCenter"]
