"""Issue 10, seventh pass: deals named inside other deals' sentences and their figures told in
the next sentence by one party; firms joined by 'and' (invented text)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import named_roles, run

_BODY = ("Tamsin Digital, a developer of data centres, has priced $4.2bn of senior notes. "
         "The notes are secured by the lease Tamsin signed in May with Corvane Systems, the "
         "software group. That lease is the heart of the deal. Corvane has committed to rent the "
         "whole campus for 12 years, with rent payments totalling about $9bn over the term. "
         "Part of the proceeds will repay a $1.4bn construction loan that Westfold Bank and "
         "Pell & Hart provided last year.")


def test_en_digital_ends_a_firm_name_and_a_suffix_name_joined_to_a_partnership_name(tmp_path):
    ents, out = run(tmp_path, _BODY)
    names = set(ents.names.values())
    assert {"Tamsin Digital", "Westfold Bank", "Pell & Hart"} <= names


def test_en_lease_named_before_its_signer_is_a_lease(tmp_path):
    ents, out = run(tmp_path, _BODY)
    lease = next(f for f in out.frames if f.family == "Lease")
    assert named_roles(ents, lease) == {"lessee": ["Corvane Systems"], "lessor": ["Tamsin Digital"]}


def test_en_figures_one_party_tells_in_a_later_sentence_join_the_deal(tmp_path):
    ents, out = run(tmp_path, _BODY)
    lease = next(f for f in out.frames if f.family == "Lease")
    assert lease.figures["termYears"].value == 12
    assert lease.figures["amountUSD"].value == Decimal("9000000000")


def test_en_rent_a_year_told_later_is_no_deal_value(tmp_path):
    ents, out = run(tmp_path, "The bonds are secured by the lease Tamsin Digital signed in May with "
                    "Corvane Systems, the software group. Corvane will pay about $800m a year in "
                    "rent.")
    lease = next(f for f in out.frames if f.family == "Lease")
    assert "amountUSD" not in lease.figures


def test_en_loan_repaid_with_the_proceeds_is_the_issuers_loan(tmp_path):
    ents, out = run(tmp_path, _BODY)
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"borrower": ["Tamsin Digital"],
                                       "lender": ["Pell & Hart", "Westfold Bank"]}
    assert loan.figures["amountUSD"].value == Decimal("1400000000")
