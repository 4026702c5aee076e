"""Issue 10, ninth pass (financing, second round): roles told as in a filing ("X (as borrower)
entered into a Credit Agreement with Y, as administrative agent and lender, and Z as a lender"),
a credit agreement is a credit facility, "a master services agreement, also definitive," binds,
graphics processing units are a GPU fleet pledged. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("sentence", [
    "Under a Credit Agreement dated November 3, Tarn Cloud (as borrower) may draw on a credit facility from "
    "Wexley Capital, a private credit manager, as administrative agent and lender, and from Brindle Bank as a lender.",
    "Tarn Cloud, as borrower, entered into a $1.2 billion credit agreement with Wexley Capital, as lender, "
    "and Brindle Bank, as a lender.",
    "Tarn Cloud entered into a $1.2 billion credit agreement with Wexley Capital and Brindle Bank.",
])
def test_filing_roles_of_a_credit_agreement(tmp_path, sentence):
    ents, out = run(tmp_path, sentence)
    loans = [f for f in out.frames if f.family in ("Loan", "Facility")]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"borrower": ["Tarn Cloud"], "lender": ["Brindle Bank", "Wexley Capital"]}
    assert "CreditFacility" in loans[0].kinds
    assert not [f for f in out.frames if f.family == "Cloud"]


def test_term_loan_agreement_with_a_lender(tmp_path):
    ents, out = run(tmp_path, "Tarn Cloud signed a $2 billion term loan agreement with Wexley Capital.")
    loan = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    assert named_roles(ents, loan) == {"borrower": ["Tarn Cloud"], "lender": ["Wexley Capital"]}
    assert loan.figures["amountUSD"].value == 2_000_000_000


def test_contract_also_definitive_binds_and_gpus_pledged(tmp_path):
    ents, out = run(tmp_path, "Tarn Cloud signed a $900 million credit agreement with Wexley Capital. "
                    "The obligations are secured by liens on the graphics processing units bought with the "
                    "proceeds, and by an assignment of Tarn Cloud's rights to payment under its master services "
                    "agreement with Ostrava AI. "
                    "Tarn Cloud also disclosed the agreement it pledged: a master services agreement, also "
                    "definitive, under which Ostrava AI, a model developer, has committed to purchase $2.1 billion "
                    "of cloud capacity from Tarn Cloud over four years.")
    loan = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    cloud = next(f for f in out.frames if f.family == "Cloud")
    assert cloud.binding is True
    assert cloud in loan.collateral
    assert any(isinstance(c, tuple) and c[1] == "GPUFleet" for c in loan.collateral)
