"""Issue 10, twelfth pass (financings): lenders whose names carry no separate suffix but end in a
lending compound ("Fjellbank", "Hanseatische Landesbank", "Norsk Handelskreditt") are firms, a
bank compound typed Bank; a loan whose amount and modifiers run long ("a ¥300 billion (roughly $2
billion) syndicated loan", "a $750 million senior secured revolving credit facility") or whose
subject has a genitive apposition ("X, Japan's third-largest carrier, signed") is still the
subject's; an asset told before the pledged lease with a long description of the lease ("a mortgage
over the campus and an assignment of the rent payable under the X lease") is collateral too.
Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run, the_financing


@pytest.mark.parametrize("body, lenders", [
    ("Vesta Grid AS signed a $900 million term loan. Tromvikbank arranged the loan and is lending "
     "alongside Bayerische Hausbank.", ["Tromvikbank", "Bayerische Hausbank"]),
    ("Vesta Grid AS took out a $900 million construction loan from Sundbank and Norsk Vekstkreditt.",
     ["Sundbank", "Norsk Vekstkreditt"]),
    ("Vesta Grid AS closed a $900 million credit facility. Westfaelische Kreisbank leads it, and "
     "Halvbanken joined as a lender.", ["Westfaelische Kreisbank", "Halvbanken"]),
])
def test_lender_named_by_a_lending_compound_is_a_firm(tmp_path, body, lenders):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    assert sorted(named_roles(ents, f)["lender"]) == sorted(lenders)
    assert named_roles(ents, f)["borrower"] == ["Vesta Grid AS"]


def test_bank_compound_is_typed_bank_and_a_sparebank_is_left_to_the_suffix(tmp_path):
    ents, out = run(tmp_path, "Vesta Grid AS took out a $900 million loan from Sundbank and Aurvik "
                              "Sparebank.")
    types = {ents.names[i]: set(t) for i, t in ents.types.items()}
    assert "Bank" in types["Sundbank"]
    assert "Bank" not in types.get("Aurvik Sparebank", set())


@pytest.mark.parametrize("body", [
    "Sakuyo Networks, Japan's fourth-biggest mobile operator, took out a syndicated loan of ¥150 "
    "billion (roughly $1 billion), with Isozaki Trust Bank as arranger.",
    "Sakuyo Networks also entered into a $1 billion senior secured revolving credit facility, the "
    "company said.",
    "Sakuyo Networks, Osaka's biggest operator, has closed a $1 billion five-year amortising green term "
    "loan.",
])
def test_loan_with_long_modifiers_or_genitive_apposition_is_the_subjects(tmp_path, body):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    assert named_roles(ents, f)["borrower"] == ["Sakuyo Networks"]
    assert f.figures["amountUSD"].value == 1_000_000_000


@pytest.mark.parametrize("tail", [
    "A mortgage over the Elk Ridge campus secures the loan, as does an assignment of the rent "
    "payable under the Tavros lease.",
    "Security is a charge on the data centres plus an assignment of all rent due under the Tavros lease.",
    "The lenders hold a first-ranking mortgage over the campus together with the rents owed under the "
    "Tavros lease.",
])
def test_asset_before_a_long_described_lease_is_collateral(tmp_path, tail):
    body = ("Tavros AI, an AI lab, signed a 12-year lease with Vesta Grid AS, a data-centre landlord, "
            "for its Elk Ridge campus. Vesta Grid AS signed a $900 million term loan with Sundbank. "
            + tail)
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    assert [c for c in f.collateral if getattr(c, "family", None) == "Lease"]
    assert [c for c in f.collateral if isinstance(c, tuple) and c[1] == "DataCenter"]
