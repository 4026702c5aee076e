"""Issue 10, tenth pass (financings): buyers of a bond issue told by their part in the book ("was
another large buyer", "were the other anchor buyers", "led the order book", "anchored the
offering"); an issuer or borrower described by an apposition that names other firms ("X, a
special-purpose company set up by A and B, priced notes"); what secures a financing named by its
kind ("That loan … is backed by …") goes to a financing of that kind, not to the issue told last.
Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body,holders", [
    ("Torvane Systems sold $9 billion of senior notes. Demand was strong. Ashby Asset Management took "
     "roughly $2 billion of the bonds and Tarvek Investors was another large buyer.",
     ["Ashby Asset Management", "Tarvek Investors"]),
    ("Torvane Systems sold $9 billion of notes. Ashby Asset Management led the order book with about "
     "$2.5 billion. Tarvek Investors and Crestwell Capital were the other anchor buyers.",
     ["Ashby Asset Management", "Crestwell Capital", "Tarvek Investors"]),
    ("Torvane Systems issued $9 billion of bonds. Ashby Asset Management anchored the offering, and "
     "Tarvek Investors was among the largest buyers.", ["Ashby Asset Management", "Tarvek Investors"]),
])
def test_bond_buyers_told_by_their_part_in_the_book(tmp_path, body, holders):
    ents, out = run(tmp_path, body)
    bonds = [f for f in out.frames if f.family == "Bond"]
    assert len(bonds) == 1
    roles = named_roles(ents, bonds[0])
    assert roles["issuer"] == ["Torvane Systems"] and roles["holder"] == holders
    assert bonds[0].figures["amountUSD"].value == 9_000_000_000


def test_an_early_investor_elsewhere_is_no_bond_buyer(tmp_path):
    ents, out = run(tmp_path, "Torvane Systems issued $9 billion of bonds. Separately, Tarvek Investors was an "
                    "early investor in Quillet AI.")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert "holder" not in named_roles(ents, bond)


@pytest.mark.parametrize("body,family,owner", [
    ("This week Redmere Campus LLC, a special-purpose company set up by the developer Ashdown Digital and "
     "the fund Marchetto Partners, priced $6.8 billion of senior secured notes.", "Bond", "issuer"),
    ("Tallow Data, a joint venture of Quorra Cloud and Wexley Capital, has raised $2 billion of bonds.",
     "Bond", "issuer"),
    ("Tallow Data, the vehicle that Quorra Cloud set up with Wexley Capital last year, secured a "
     "$900 million term loan.", "Loan", "borrower"),
])
def test_issuer_described_by_an_apposition_naming_other_firms(tmp_path, body, family, owner):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family == family]
    assert deals and any(named_roles(ents, f).get(owner) == [n] for f in deals
                         for n in ("Redmere Campus LLC", "Tallow Data"))


@pytest.mark.parametrize("body,secured_family", [
    ("Torvane Systems sold $9 billion of unsecured notes. Nimbra Cloud said it would refinance its loan. "
     "That loan, provided last year by the private-credit firm Greyfell Capital, is backed by Nimbra "
     "Forge's fleet of 30,000 GPUs.", None),
    ("Nimbra Cloud signed a $1.5 billion term loan with Greyfell Capital. Torvane Systems sold $9 billion "
     "of notes. The loan is secured by Nimbra Cloud's GPUs.", "Loan"),
    ("Nimbra Cloud signed a $1.5 billion term loan with Greyfell Capital. Torvane Systems sold $9 billion "
     "of notes. The notes are backed by Torvane's data centres.", "Bond"),
])
def test_collateral_of_a_financing_named_by_kind(tmp_path, body, secured_family):
    ents, out = run(tmp_path, body)
    secured = [f.family for f in out.frames if f.collateral]
    assert secured == ([secured_family] if secured_family else [])
