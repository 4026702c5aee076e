"""Issue 10, sixteenth pass: a lender that gives or hands the borrower a loan (``triggers.give`` in
relations.yaml): "X is giving Y a term loan", "X has handed Y a construction loan", in an
interview's answer "X gave us …" (us: the interviewee's firm), X给了我们…贷款, X批给Y…借款: X lends,
Y borrows. The borrower stands right after the verb and the financing noun heads what is given:
"gave up its right", "gives X the right to buy shares", "gave Y a discount on the loan", "a
guarantee for its loan", "a loan-to-value limit", 贷款利率上的优惠, 贷款担保 tell no loan. Invented
sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [named_roles(ents, f) for f in financings(out)]


@pytest.mark.parametrize("body, lender, borrower", [
    ("Oakmere Bank, which has known the founders since 2019, is now giving Quarry Hill Compute a "
     "term loan sized at $650 million.", "Oakmere Bank", "Quarry Hill Compute"),
    ("Harwick Bank has handed Torvane Data a five-year, $1.2 billion construction loan.",
     "Harwick Bank", "Torvane Data"),
    ("Tamber Bank is giving Quellis Compute a credit facility of $200 million to fund the Ohio "
     "hall.", "Tamber Bank", "Quellis Compute"),
    ("# Quarry Hill's treasurer on growing up fast\n\n*Quarry Hill Compute runs GPU clusters in "
     "Ohio. We spoke with its treasurer, Lena Marsh.*\n\n**Who lends to you?**\n\nTwo banks "
     "pitched. In the end Oakmere Bank gave us the whole $650 million term loan on its own.\n\n"
     "**Is that expensive?**\n\nNot really. The spread is modest.", "Oakmere Bank",
     "Quarry Hill Compute"),
])
def test_lender_gives_the_borrower_a_loan(tmp_path, body, lender, borrower):
    loans = _loans(tmp_path, body)
    assert any(f.get("lender") == [lender] and f.get("borrower") == [borrower] for f in loans), loans


@pytest.mark.parametrize("body, lender, borrower", [
    ("# 对话澄岭云CEO孟涛：现金流比估值重要\n\n*本报记者专访了GPU云服务商澄岭云首席执行官孟涛。*\n\n"
     "**记者：公司的资金从哪里来？**\n\n孟涛：说到钱，最关键的一步是青禾银行今年年初给了我们五年期贷款，"
     "规模15亿元。\n\n**记者：客户稳定吗？**\n\n孟涛：很稳定。", "青禾银行", "澄岭云"),
    ("朗峰数据的新园区拿到了钱：南屿银行批给朗峰数据七年期借款共30亿元。", "南屿银行", "朗峰数据"),
])
def test_zh_lender_gives_the_borrower_a_loan(tmp_path, body, lender, borrower):
    loans = _loans(tmp_path, body, language="zh")
    assert any(f.get("lender") == [lender] and f.get("borrower") == [borrower] for f in loans), loans


@pytest.mark.parametrize("body, language", [
    ("In return Tamber Bank gave up its right to lend to Quellis Compute first.", None),
    ("The agreement gives Tamber Bank the right to buy 5 million Quellis Compute shares.", None),
    ("Oakmere Bank gave Quarry Hill Compute a discount on the loan it took last year.", None),
    ("Oakmere Holdings gave Quarry Hill Compute a guarantee for its new loan.", None),
    ("Oakmere Bank gave Quarry Hill Compute assurances that the credit facility would be renewed.",
     None),
    ("Oakmere Bank gave Quarry Hill Compute a loan-to-value limit of 60% on its GPUs.", None),
    ("孟涛：青禾银行给了我们很大的支持，数据中心运营商朗峰数据也是。", "zh"),
    ("孟涛：青禾银行给了朗峰数据贷款利率上的优惠，不过额度没变。", "zh"),
    ("母公司栎川集团批给朗峰数据一笔贷款担保。", "zh"),
])
def test_give_without_a_loan_given_is_no_loan(tmp_path, body, language):
    assert not _loans(tmp_path, body, language=language)
