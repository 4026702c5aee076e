"""Issue 10, seventeenth pass: a loan lent to a project, a phase or a venture no firm name stands
for (``rules/project_loans.py``, ``project_loan`` in relations.yaml): "X had lent $640m for the
second phase", "X lent $410m to the joint venture", X向这一合资项目发放N贷款, X为该园区四期提供N贷款,
and a loan for a site two firms develop together (X与Y共同开发的园区…由Z提供N贷款): the sentence's
one lender lends and no firm borrows (the gold sets leave an unnamed venture out). A loan lent to
a named firm keeps its borrower; a project named without a loan, or a project given something else,
makes no financing. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(named_roles(ents, f), f.figures.get("amountUSD")) for f in financings(out)]


@pytest.mark.parametrize("body, lender, language", [
    ("汀澜银行去年9月向这一合资项目发放了26亿美元贷款，期限七年。", "汀澜银行", "zh"),
    ("据悉，枫屿银行已为该数据中心园区四期提供19亿美元的贷款。", "枫屿银行", "zh"),
    ("楠渡数据与潮岬资本共同开发的算力园区去年底进入二期，由汀澜银行提供35亿美元贷款。", "汀澜银行", "zh"),
    ("Wexmoor Bank had earlier lent $640 million for the second phase of the Ohio build.",
     "Wexmoor Bank", None),
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
