"""Issue 10, fifteenth pass: who lends a financing.
- What a loan is borrowed or lent against ("borrows $1.1bn against its campus and the X lease") is
  its collateral: the firms named there are no lenders (the clause runs from "against" to the next
  comma, "to" or "from", so "lends $400m against the X contract to Y" keeps Y the borrower).
- "Bank of X" names a bank ("Bank of Wenlock agreed to a term loan"), but "the Bank of X" (a central
  bank's style) names no firm.
- A bank that is "sole lead arranger" or "sole mandated lead arranger" arranges the financing told
  before (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _financings(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [named_roles(ents, f) for f in financings(out)]


@pytest.mark.parametrize("body, borrower", [
    ("# Needing cash for a third hall, Carrowmead Data borrowed $1.1bn against its contract with "
     "Pethwick Intelligence\n\nCarrowmead Data signed a $1.1bn term loan on Thursday, its first "
     "secured debt.\n\nPethwick Intelligence has rented its halls since 2024.", "Carrowmead Data"),
    ("# Hollin Grid borrows $650m against its servers and the Maddox lease\n\nHollin Data has taken "
     "out a $650m loan.\n\nRent from Maddox AI, which uses the servers, will service the debt.",
     "Hollin Data"),
    ("Vantry Data borrowed $300 million against its Lisle campus and the Marlston lease. Marlston "
     "Labs signed that lease in May.", None),
    ("Quarnby Data is borrowing $450 million against the Ferris campus and the Tavish contract, and "
     "Tavish Labs is the customer behind that contract.", None),
    ("# Mallory Compute borrows $1.3 billion against GPU fleet and Dunstan deal\n\nMallory Compute "
     "signed a $1.3 billion loan.\n\nDunstan AI rents the fleet.", "Mallory Compute"),
])
def test_firm_a_loan_is_borrowed_against_lends_nothing(tmp_path, body, borrower):
    found = _financings(tmp_path, body)
    assert not any(f.get("lender") for f in found), found
    if borrower:
        assert any(f.get("borrower") == [borrower] for f in found), found


def test_borrower_after_the_pledged_contract_still_borrows(tmp_path):
    found = _financings(tmp_path, "Hadley Bank lends $400 million against the Marlston Systems "
                                  "contract to Vantry Cloud.")
    assert {"lender": ["Hadley Bank"], "borrower": ["Vantry Cloud"]} in found, found


@pytest.mark.parametrize("body, lender", [
    ("Bank of Wenlock will lend Fenlow Compute $500 million under a term loan.", "Bank of Wenlock"),
    ("Fenlow Compute signed a $900 million credit facility with Bank of Ostrey.", "Bank of Ostrey"),
    ("Fenlow Compute closed a $1.2 billion term loan. Bank of Ambry serves as sole lead "
     "arranger.", "Bank of Ambry"),
])
def test_bank_of_a_place_lends(tmp_path, body, lender):
    found = _financings(tmp_path, body)
    assert any(lender in f.get("lender", []) for f in found), found


@pytest.mark.parametrize("body, arranger", [
    ("Fenlow Compute closed a $1.2 billion term loan. Bank of Ambry serves as sole lead "
     "arranger.", "Bank of Ambry"),
    ("Quenby Data raised a $700 million term loan from Harrowby Capital, which acted as sole "
     "mandated lead arranger.", "Harrowby Capital"),
])
def test_sole_lead_arranger_arranges(tmp_path, body, arranger):
    found = _financings(tmp_path, body)
    assert any(f.get("arranger") == [arranger] for f in found), found


def test_central_bank_style_names_no_firm(tmp_path):
    ents, _ = run(tmp_path, "The Bank of Lunaria left its policy rate unchanged, and Fenlow "
                            "Compute closed a $1.2 billion term loan.")
    assert not [n for n in ents.names.values() if n.startswith("Bank")], ents.names
