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

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body):
    ents, out = run(tmp_path, body)
    return ents, [f for f in financings(out) if f.merged_into is None]


def test_loan_object_of_the_borrowers_verb_led_by_two_banks(tmp_path):
    ents, found = _loans(tmp_path, "栎屿科技上周谈妥了一笔12亿美元的项目贷款，由恒沐银行和北垣银行牵头，期限五年。")
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
