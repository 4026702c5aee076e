"""Issue 10, sixteenth pass: a lender that gives, hands or grants the borrower a loan.
"X gave Y a $650m term loan", "X has handed Y a five-year construction loan", "X is giving Y a
revolving credit facility", in an interview's answer "X gave us a facility" (us: the
interviewee's firm), 青禾银行给了我们20亿元的授信额度, X批给Y一笔贷款: X lends, Y borrows. The verb
counts only with a financing noun after it ("gave up its right", "gives X the right to buy
shares", 给了我们很大支持 tell no loan). Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [named_roles(ents, f) for f in financings(out)]


@pytest.mark.parametrize("body, lender, borrower", [
    ("Oakmere Bank gave Quarry Hill Compute a $650 million term loan on Tuesday.",
     "Oakmere Bank", "Quarry Hill Compute"),
    ("Harwick Bank has handed Torvane Data a five-year, $1.2 billion construction loan.",
     "Harwick Bank", "Torvane Data"),
    ("To fund the Ohio hall, Tamber Bank is giving Quellis Compute a $200 million revolving "
     "credit facility.", "Tamber Bank", "Quellis Compute"),
    ("# Quarry Hill's treasurer on growing up fast\n\n*Quarry Hill Compute runs GPU clusters in "
     "Ohio. We spoke with its treasurer, Lena Marsh.*\n\n**How did you pay for the second hall?**"
     "\n\nMostly debt. Last spring Oakmere Bank gave us a five-year term loan of about $650 "
     "million, secured on the hall itself.\n\n**Is that "
     "expensive?**\n\nNot really. The spread is modest.", "Oakmere Bank", "Quarry Hill Compute"),
])
def test_lender_gives_the_borrower_a_loan(tmp_path, body, lender, borrower):
    loans = _loans(tmp_path, body)
    assert any(f.get("lender") == [lender] and f.get("borrower") == [borrower] for f in loans), loans


@pytest.mark.parametrize("body, lender, borrower", [
    ("# 对话澄岭云CEO孟涛：现金流比估值重要\n\n*本报记者专访了GPU云服务商澄岭云首席执行官孟涛。*\n\n"
     "**记者：公司的资金从哪里来？**\n\n孟涛：主要是银行。今年年初，青禾银行给了我们一笔五年期的项目贷款，规模15亿元。\n\n"
     "**记者：客户稳定吗？**\n\n孟涛：很稳定。", "青禾银行", "澄岭云"),
    ("据悉，南屿银行上月批给数据中心运营商朗峰数据一笔30亿元的项目贷款，期限七年。", "南屿银行", "朗峰数据"),
])
def test_zh_lender_gives_the_borrower_a_loan(tmp_path, body, lender, borrower):
    loans = _loans(tmp_path, body, language="zh")
    assert any(f.get("lender") == [lender] and f.get("borrower") == [borrower] for f in loans), loans


@pytest.mark.parametrize("body, language", [
    ("In return Tamber Bank gave up its right to lend to Quellis Compute first.", None),
    ("The agreement gives Tamber Bank the right to buy 5 million Quellis Compute shares.", None),
    ("孟涛：青禾银行给了我们很大的支持，数据中心运营商朗峰数据也是。", "zh"),
])
def test_give_without_a_financing_noun_is_no_loan(tmp_path, body, language):
    assert not _loans(tmp_path, body, language=language)
