"""Issue 10, seventeenth pass: a loan lent to a project, a phase or a venture no firm name stands
for (``rules/project_loans.py``, ``project_loan`` in relations.yaml): "in April X lent $515m for the
site's third phase", "X lent $410m to the joint venture", X向该合资项目发放一笔N贷款, X为园区二期工程提供N贷款,
and a loan for a site two firms develop together (X与Y共同开发的园区…由Z提供N贷款): the sentence's
one lender lends and no firm borrows (the gold sets leave an unnamed venture out). A loan lent to
a named firm keeps its borrower; a project named without a loan, or a project given something else,
makes no financing; nor does a guarantee of a loan, a running total of loans to many projects, a
loan refused, in talks or possible, or a loan to a venture a named firm owns or to the lender's own
arm. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(named_roles(ents, f), f.figures.get("amountUSD")) for f in financings(out)]


@pytest.mark.parametrize("body, lender, language", [
    ("沅汐银行今年3月向该合资项目发放一笔五年期贷款，金额18亿美元。", "沅汐银行", "zh"),
    ("首批资金已到位：琮岭银行为该算力园区二期工程提供了一笔12亿美元贷款。", "琮岭银行", "zh"),
    ("楠渡数据与潮岬资本共同开发的算力园区去年底进入二期，由汀澜银行提供35亿美元贷款。", "汀澜银行", "zh"),
    ("In April, months before ground was broken, Corvale Bank lent $515 million for the site's "
     "third phase.", "Corvale Bank", None),
    ("Last winter Dunraith Bank lent $410 million to the joint venture.", "Dunraith Bank", None),
])
def test_a_loan_lent_to_a_project_has_its_lender_only(tmp_path, body, lender, language):
    loans = _loans(tmp_path, body, language=language)
    assert len(loans) == 1, loans
    roles, amount = loans[0]
    assert roles.get("lender") == [lender] and "borrower" not in roles, roles
    assert amount is not None


@pytest.mark.parametrize("body, language, borrower", [
    ("Wexmoor Bank lent $640 million to Kilvane Data for the second phase.", None, "Kilvane Data"),
    ("汀澜银行向楠渡科技发放了26亿美元贷款，用于园区二期。", "zh", "楠渡科技"),
])
def test_a_loan_lent_to_a_firm_keeps_its_borrower(tmp_path, body, language, borrower):
    loans = _loans(tmp_path, body, language=language)
    assert loans and all(roles.get("borrower") == [borrower] for roles, _ in loans), loans


@pytest.mark.parametrize("body, language", [
    ("Wexmoor Bank said the second phase of the project is on schedule.", None),
    ("汀澜银行为该项目提供了咨询服务。", "zh"),
    ("Wexmoor Bank, which lent money to other projects, reported higher profit for the phase.",
     None),
])
def test_a_project_without_a_loan_makes_no_financing(tmp_path, body, language):
    assert _loans(tmp_path, body, language=language) == []


@pytest.mark.parametrize("body, language", [
    # a guarantor is no lender
    ("琮岭银行为该项目提供了15亿元贷款担保。", "zh"),
    ("栖桐数据为该园区提供了35亿元贷款担保。", "zh"),
    # a loan refused, in talks or possible is no loan made
    ("Corvale Bank declined to lend $455 million for the third phase.", None),
    ("沅汐银行拒绝向该项目发放45亿元贷款。", "zh"),
    ("Corvale Bank is in talks to lend $455 million for the third phase.", None),
    ("Corvale Bank could lend as much as $455 million for the third phase, two bankers said.", None),
    # a running total of loans to many projects
    ("沅汐银行累计已向200多个项目发放贷款超过800亿元。", "zh"),
    # a venture a named firm owns, the lender's own arm
    ("Pellbrook Bank lent $305 million to a venture owned by Lunwick Data.", None),
    ("Pellbrook Bank lent $305 million to its own venture arm for a project in Arizona.", None),
])
def test_no_lender_only_loan_for_a_guarantee_a_refusal_or_a_total(tmp_path, body, language):
    loans = _loans(tmp_path, body, language=language)
    assert all(roles.get("borrower") for roles, _ in loans), loans
