"""Issue 10, twenty-third pass: a loan whose noun phrase sets its tenor off with a comma ("a $600
million, seven-year acquisition loan from Y") is one noun phrase: the borrower's verb reaches the
loan noun across that comma (``tenor_comma_en`` in relations.yaml, used by en.loan.with.from,
en.loan.added, en.loan.held.from and en.loan.held). Only a comma before an "N-year"/"N-month"
tenor: a comma before anything else still ends the phrase. A sought, denied, rumoured or
supposed loan so told is read but is no fact (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _loans(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(f.is_fact, named_roles(ents, f), f.figures) for f in out.frames
            if f.family in ("Loan", "Facility", "Financing")]


@pytest.mark.parametrize("body, amount, years", [
    ("Halvern Capital will cover most of the cost with a $700 million, five-year loan from "
     "Quessel Bank.", 7e8, 5),
    ("Morrow Data agreed to sell two warehouses to Halvern Capital, which has also lined up a $600 "
     "million, seven-year term loan from Quessel Bank for the purchase.", 6e8, 7),
    ("Halvern Capital secured a $450 million, three-year revolving credit facility from Quessel "
     "Bank.", 4.5e8, 3),
    ("Halvern Capital has taken out a $320 million, 18-month bridge loan from Quessel Bank to "
     "cover the deposit.", 3.2e8, None),
])
def test_a_loan_with_its_tenor_after_a_comma_is_read(tmp_path, body, amount, years):
    loans = _loans(tmp_path, body)
    assert len(loans) == 1, loans
    fact, roles, figures = loans[0]
    assert fact
    assert roles["borrower"] == ["Halvern Capital"] and roles["lender"] == ["Quessel Bank"]
    assert float(figures["amountUSD"].value) == amount
    if years is not None:
        assert float(figures["termYears"].value) == years


@pytest.mark.parametrize("body", [
    "Halvern Capital is seeking a $600 million, seven-year loan from Quessel Bank.",
    "Halvern Capital denied that it had taken a $600 million, seven-year loan from Quessel Bank.",
    "Halvern Capital could take out a $600 million, seven-year loan from Quessel Bank if rates fall.",
    "Halvern Capital is rumoured to have lined up a $600 million, seven-year loan from Quessel "
    "Bank, though neither side confirmed it.",
])
def test_a_sought_denied_supposed_or_rumoured_loan_is_no_fact(tmp_path, body):
    assert all(not fact for fact, _, _ in _loans(tmp_path, body))


def test_a_comma_before_anything_but_a_tenor_still_ends_the_phrase(tmp_path):
    body = ("Halvern Capital announced a $600 million, mostly equity-funded expansion, and Quessel "
            "Bank said it would consider a loan from next year.")
    assert not [r for fact, r, _ in _loans(tmp_path, body) if fact and r.get("lender")]
