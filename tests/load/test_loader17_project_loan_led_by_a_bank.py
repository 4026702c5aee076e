"""Issue 10, seventeenth pass: a loan the sentence's one firm leads, told by its noun and amount in
a sentence about a project or of a construction loan (``led_project_loans`` and ``about_a_project``
in ``rules/project_loans.py``, ``project_loan`` in relations.yaml): "A construction loan of $880m
came next, again led by X", "the phase is backed by a $880m construction loan led by X",
X随后又牵头安排了一笔N的建设贷款, 另有一笔建设贷款…由X牵头安排: X arranges and lends, no firm borrows,
and the amount is the loan's (what a loan backs is no collateral; a venture's size is not the
loan's). A loan a firm signs keeps its borrower; a sentence naming the borrower by its role ("the
venture is the borrower") or telling no project keeps the old reading (no lender-only loan).
Invented sentences and firms."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(named_roles(ents, f), f.figures.get("amountUSD")) for f in financings(out)]


@pytest.mark.parametrize("body, lender, amount, language", [
    ("Kilvane Data and Fenmarch Capital took their campus into a fourth phase. A construction loan "
     "of $880 million came next, again led by Sallowmere Bank.", "Sallowmere Bank", 880e6, None),
    ("The fourth phase, a $2 billion venture, is backed by a $1.6 billion construction loan led by "
     "Sallowmere Bank.", "Sallowmere Bank", 1600e6, None),
    ("枫屿银行随后又牵头安排了一笔9亿美元的建设贷款，用于园区三期。", "枫屿银行", 900e6, "zh"),
    ("合资项目进入第四阶段后，另有一笔建设贷款跟进，规模14亿美元，由汀澜银行牵头安排。", "汀澜银行", 1400e6, "zh"),
])
def test_a_project_loan_led_by_a_bank(tmp_path, body, lender, amount, language):
    loans = _loans(tmp_path, body, language=language)
    assert len(loans) == 1, loans
    roles, figure = loans[0]
    assert roles.get("lender") == [lender] and roles.get("arranger") == [lender], roles
    assert "borrower" not in roles
    assert figure is not None and figure.value == Decimal(str(int(amount)))


def test_a_loan_a_firm_signs_keeps_its_borrower(tmp_path):
    loans = _loans(tmp_path, "Kilvane Data signed an $880 million construction loan led by "
                             "Sallowmere Bank for the fourth phase.")
    assert loans and all(roles.get("borrower") == ["Kilvane Data"] for roles, _ in loans), loans


@pytest.mark.parametrize("body, language", [
    ("The venture is the borrower on an $880 million construction loan arranged by Sallowmere "
     "Bank.", None),
    ("An $880 million loan led by Sallowmere Bank closed in May.", None),
    ("汀澜银行牵头安排了这次发布会，园区三期随后开工。", "zh"),
])
def test_no_lender_only_loan_without_a_project(tmp_path, body, language):
    loans = _loans(tmp_path, body, language=language)
    assert all(roles.get("borrower") for roles, _ in loans), loans
