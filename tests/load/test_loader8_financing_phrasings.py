"""Issue 10, eighth pass: financings and power deals told in other words — "X is also getting a
facility from Y", "The lenders are A and the B", a power producer that "will supply 800MW to X's
campus" (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("sentence", [
    "Orwell Cloud, a cloud provider, is also getting a revolving credit facility from Kessel Bank.",
    "Orwell Cloud, a cloud provider, got a $600 million credit facility from Kessel Bank in May.",
    "Orwell Cloud, a cloud provider, is now getting a $600m term loan from Kessel Bank.",
])
def test_getting_a_financing_from_a_lender_borrows_it(tmp_path, sentence):
    ents, out = run(tmp_path, sentence)
    deal = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    assert named_roles(ents, deal) == {"borrower": ["Orwell Cloud"], "lender": ["Kessel Bank"]}


def test_getting_access_to_chips_is_no_purchase(tmp_path):
    ents, out = run(tmp_path, "Under the contract, Quist AI, an AI lab, gets access to thousands of "
                    "Corvel Semiconductor processors.")
    assert not [f for f in out.frames if f.family in ("Supply", "Compute")]


@pytest.mark.parametrize("lenders", [
    "The lenders are Harbor Fold Bank and the Meridian Crest Fund, a sovereign wealth fund.",
    "Its lenders include Harbor Fold Bank and Meridian Crest Fund.",
])
def test_lenders_named_in_the_next_sentence_join_the_loan(tmp_path, lenders):
    ents, out = run(tmp_path, "Orwell Cloud, a cloud provider, has raised a $2.4bn loan to pay for "
                    "chips, the company said on Tuesday. " + lenders)
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"borrower": ["Orwell Cloud"],
                                           "lender": ["Harbor Fold Bank", "Meridian Crest Fund"]}


@pytest.mark.parametrize("sentence", [
    "Under a power purchase agreement, Brightfen Power will supply 600MW to Orwell Cloud's data "
    "center campus for 25 years.",
    "Brightfen Power is to provide 600 megawatts of electricity to Orwell Cloud for 25 years.",
])
def test_a_power_producer_supplying_megawatts_is_a_power_supply(tmp_path, sentence):
    ents, out = run(tmp_path, "Orwell Cloud, a cloud provider, is building a campus. " + sentence)
    deal = next(f for f in out.frames if "Brightfen Power" in f.parties() or
                "Brightfen Power" in sum(named_roles(ents, f).values(), []))
    assert deal.kinds == {"SupplyAgreement"}
    assert named_roles(ents, deal) == {"buyer": ["Orwell Cloud"], "supplier": ["Brightfen Power"]}


@pytest.mark.parametrize("second", [
    "while the Pelhaven Investment Authority, a sovereign wealth fund, took roughly $650mn",
    "whereas the Pelhaven Investment Authority, a state fund, bought about $650 million",
    "and the Pelhaven Investment Authority, a sovereign wealth fund, took roughly $650mn",
])
def test_a_second_bond_buyer_in_a_contrasting_clause_holds_the_same_issue(tmp_path, second):
    ents, out = run(tmp_path, "Tarrington Digital, a data-centre developer, sold $3.5bn of bonds on "
                    "Tuesday. Two people briefed on the allocation said Dorrance Asset Management bought "
                    "about $1.5bn of the bonds, " + second + ".")
    bonds = [f for f in out.frames if f.family == "Bond"]
    assert len(bonds) == 1
    assert named_roles(ents, bonds[0])["holder"] == ["Dorrance Asset Management",
                                                     "Pelhaven Investment Authority"]
