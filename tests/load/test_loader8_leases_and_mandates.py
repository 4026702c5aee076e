"""Issue 10, eighth pass: "X signed a 15-year lease with Y" (who rents told by the firms' types)
and "X has lined up Y to lead a loan" (Y lends and arranges) — invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_INTRO = "Kellan Grid, a data-centre developer, is building a campus. "


@pytest.mark.parametrize("sentence", [
    "In July Brio AI, the model developer due to move in, agreed a 12-year lease with Kellan Grid.",
    "Kellan Grid has signed a 15-year lease agreement with Brio AI, an AI lab.",
    "Brio AI, an AI lab, struck a lease with Kellan Grid for the whole campus.",
])
def test_a_lease_signed_with_a_model_developer_makes_it_the_lessee(tmp_path, sentence):
    ents, out = run(tmp_path, _INTRO + sentence)
    lease = next(f for f in out.frames if f.family == "Lease")
    assert named_roles(ents, lease) == {"lessee": ["Brio AI"], "lessor": ["Kellan Grid"]}


def test_a_lease_between_two_untyped_firms_names_no_direction(tmp_path):
    ents, out = run(tmp_path, "Kellan Grid signed a 15-year lease with Morrow Systems in July.")
    assert not [f for f in out.frames if f.family == "Lease"]


@pytest.mark.parametrize("sentence", [
    "To fund its 700-megawatt campus, Kellan Grid, a data-centre developer, has lined up Ember Fold "
    "Capital to lead a $7.1 billion construction loan, according to people familiar.",
    "Kellan Grid, a data-centre developer, has hired Ember Fold Capital to arrange a $7.1 billion "
    "construction loan.",
    "Kellan Grid, a data-centre developer, mandated Ember Fold Capital as lead arranger of a $7.1bn "
    "term loan.",
])
def test_a_lender_lined_up_to_lead_a_loan_lends_and_arranges(tmp_path, sentence):
    ents, out = run(tmp_path, sentence)
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"arranger": ["Ember Fold Capital"], "borrower": ["Kellan Grid"],
                                       "lender": ["Ember Fold Capital"]}
    assert loan.figures["amountUSD"].value == 7_100_000_000
