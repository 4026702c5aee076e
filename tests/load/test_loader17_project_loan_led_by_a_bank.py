"""Issue 10, seventeenth pass: a loan the sentence's one firm leads, told by its noun and amount in
a sentence about a project or of a construction loan (``led_project_loans`` and ``about_a_project``
in ``rules/project_loans.py``, ``project_loan`` in relations.yaml): "work on the third phase
resumed, helped by a $720m construction loan led by X", "backed by a $1.1bn construction loan led by
X, the third phase …", X也牵头安排了N的建设贷款, 由X牵头安排的N建设贷款已落地: X arranges and lends, no firm borrows,
and the amount is the loan's (what a loan backs is no collateral; a venture's size is not the
loan's). A loan a firm signs keeps its borrower; a sentence naming the borrower by its role ("the
venture is the borrower") or telling no project keeps the old reading (no lender-only loan); a
guarantor, a developer or a technical partner "leading" something is no lender, a refused, collapsed
or discussed loan is none, and a loan "provided by" a bank keeps its borrower told nearby. A "venture
loan" keeps its amount. Invented sentences and firms."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(named_roles(ents, f), f.figures.get("amountUSD")) for f in financings(out)]


@pytest.mark.parametrize("body, lender, amount, language", [
    ("Brenhollow Data and Quillmarsh Capital, partners in the Utah site since 2023, had finished its "
     "second phase by May. Work on the third phase resumed in June, helped by a $720 million "
     "construction loan led by Tamsfield Bank.", "Tamsfield Bank", 720e6, None),
    ("Backed by a $1.1 billion construction loan led by Tamsfield Bank, the river site's third phase "
     "is a $1.5 billion venture.", "Tamsfield Bank", 1100e6, None),
    ("为园区二期开工，沅汐银行也牵头安排了7亿美元的建设贷款。", "沅汐银行", 700e6, "zh"),
    ("由琮岭银行牵头安排的12亿美元建设贷款已于上月落地，资金将用于合资项目第三阶段。", "琮岭银行", 1200e6, "zh"),
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


@pytest.mark.parametrize("body, language", [
    # a guarantor, a developer or a technical partner that "leads" is no lender
    ("该项目建设贷款规模15亿元，由栖桐数据牵头提供担保。", "zh"),
    ("栖桐数据牵头安排了一笔15亿元建设贷款的担保，用于园区二期。", "zh"),
    ("The state backed a $640 million construction loan for the logistics project led by Dravenport "
     "Power.", None),
    ("The site's second phase, financed by a $640 million construction loan, was led by Lunwick Data.",
     None),
    ("园区二期总投资60亿元，其中贷款40亿元，由澄屿科技牵头提供技术支持。", "zh"),
    # a collapsed or discussed loan is none
    ("Talks on a $640 million construction loan for the phase, to be led by Tamsfield Bank, collapsed.",
     None),
    ("园区二期的25亿元建设贷款，原计划由琮岭银行牵头安排，但最终告吹。", "zh"),
    ("For the project, a $390 million construction loan led by Tamsfield Bank is under discussion, "
     "though nothing has been signed.", None),
])
def test_no_loan_from_a_guarantor_a_developer_or_a_collapsed_deal(tmp_path, body, language):
    assert _loans(tmp_path, body, language=language) == []


def test_a_loan_provided_for_a_told_developer_keeps_no_lone_lender(tmp_path):
    loans = _loans(tmp_path, "Lunwick Data is building its Idaho campus. A $640 million loan provided "
                             "by Tamsfield Bank will pay for the project, Lunwick Data said.")
    assert all(roles.get("borrower") for roles, _ in loans), loans


@pytest.mark.parametrize("body", [
    "Tamsfield Bank extended a $240 million venture loan to Lunwick Data.",
    "Lunwick Data took on a $240 million venture loan, which Tamsfield Bank provided.",
])
def test_a_venture_loan_keeps_its_amount(tmp_path, body):
    loans = _loans(tmp_path, body)
    assert loans and all(figure is not None and figure.value == Decimal("240000000")
                         for _, figure in loans), loans
