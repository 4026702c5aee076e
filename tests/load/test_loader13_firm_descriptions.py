"""Issue 10, thirteenth pass (English deals): a definite description whose head is a firm word
the type lexicon does not hold ("the Japanese carrier", "the optical-component maker", "the
Danish company", "the Nasdaq-listed operator") names the firm it describes, so the deal it takes
part in is read (rules/descriptions.py, `firm_descriptions_en` in core.yaml). Invented firms and
sentences, each class on several paraphrases (verb, word order, voice, position)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _deals(out, *families):
    return [f for f in out.frames if not families or f.family in families]


@pytest.mark.parametrize("body", [
    "Kurogane Networks reported results on Monday. The Japanese carrier signed a $2 billion "
    "contract with Deltaform Silicon for 0.5 gigawatts of accelerators.",
    "Kurogane Networks reported results on Monday. Deltaform Silicon will supply the Japanese "
    "carrier with 0.5 gigawatts of accelerators.",
    "Kurogane Networks is expanding in Osaka. On Tuesday the Osaka-based telecoms operator agreed "
    "to buy 0.5 gigawatts of accelerators from Deltaform Silicon.",
])
def test_description_outside_type_lexicon_names_the_firm_before(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out, "Supply", "Compute")
    assert deals and all(named_roles(ents, f) == {"supplier": ["Deltaform Silicon"],
                                                  "buyer": ["Kurogane Networks"]} for f in deals)


@pytest.mark.parametrize("body", [
    "Brisk Optics Corp. makes transceivers. Brisk Optics rose 6% on Tuesday. The "
    "optical-component maker agreed to sell $1.9 billion of transceivers to Brackenridge Cloud.",
    "Brisk Optics Corp. makes transceivers. Shares of Brisk Optics jumped 11% after the "
    "optical-component maker said Brackenridge Cloud would buy $1.9 billion of its transceivers.",
    "Brisk Optics Corp. makes transceivers. Brisk Optics jumped 11% after the optical-component "
    "maker said it had agreed to supply Brackenridge Cloud with $1.9 billion of transceivers.",
])
def test_description_after_a_subordinate_break_is_the_firm_told_before_it(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out, "Supply", "Compute")
    assert len(deals) == 1
    assert named_roles(ents, deals[0]) == {"supplier": ["Brisk Optics"],
                                           "buyer": ["Brackenridge Cloud"]}
    assert float(deals[0].figures["amountUSD"].value) == 1.9e9


@pytest.mark.parametrize("body", [
    "Nordhavn Cloud raised money this year. Tarn Bank provided a $1.1 billion credit facility to "
    "the Danish company.",
    "Nordhavn Cloud raised money this year. The Danish company borrowed $1.1 billion from Tarn "
    "Bank.",
    "Nordhavn Cloud raised money this year. Tarn Bank lent the Danish data-centre group $1.1 "
    "billion for five years.",
])
def test_description_in_its_own_clause_is_not_the_other_party(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out, "Loan", "Facility")
    assert deals and all(named_roles(ents, f) == {"lender": ["Tarn Bank"],
                                                  "borrower": ["Nordhavn Cloud"]} for f in deals)


@pytest.mark.parametrize("body", [
    "Vellum Compute rents out GPUs. Vardenn AI agreed to pay the Nasdaq-listed operator $900 "
    "million for capacity over three years.",
    "Vellum Compute rents out GPUs. Vardenn AI signed a Reno AI developer deal. Vardenn AI will "
    "rent $900 million of capacity from the Nevada-based operator over three years.",
    "Ostrava Labs needs space. Tallis Realty signed a 15-year lease with the Prague-based lab for "
    "200 MW.",
])
def test_description_with_place_or_listing_modifier_names_the_firm(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out, "Cloud", "Lease")
    assert len(deals) == 1 and len(deals[0].parties()) == 2


@pytest.mark.parametrize("body", [
    "Vellum Compute rents out GPUs. Vardenn AI and the other company signed a $900 million deal "
    "for capacity.",
    "Vellum Compute rents out GPUs. Vardenn AI signed a $900 million capacity deal with the "
    "project company.",
    "Vellum Compute rents out GPUs. Vardenn AI signed a $900 million capacity deal with the "
    "lending group.",
])
def test_description_that_names_no_known_firm_resolves_to_none(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not any("Vellum Compute" in sum(named_roles(ents, f).values(), []) for f in out.frames)


@pytest.mark.parametrize("body", [
    "Orrin Semiconductor climbed 4.3%. Orrin Semiconductor said it had signed a binding agreement "
    "to supply Halcyon Intelligence, a model developer, with 1.5 gigawatts of compute.",
    "Among the gainers, Orrin Semiconductor climbed 4.3%. The accelerator designer will supply "
    "Halcyon Intelligence with 1.5 gigawatts of compute over four years.",
    "Orrin Semiconductor, the chipmaker, agreed to supply 1.5 GW of computing capacity to "
    "Halcyon Intelligence.",
])
def test_chipmaker_supplying_compute_supplies_its_chips(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out)
    assert len(deals) == 1 and deals[0].family == "Compute"
    assert {"SupplyAgreement", "ComputeCommitment"} <= deals[0].kinds
    assert named_roles(ents, deals[0]) == {"supplier": ["Orrin Semiconductor"],
                                           "buyer": ["Halcyon Intelligence"]}


@pytest.mark.parametrize("body", [
    "Harkon Group said it had sold 32 million Velora Systems shares for about $5.8bn and arranged "
    "an $8.5bn bridge loan.",
    "Harkon Group has sold Velora Systems stock worth $5.8bn and lined up an $8.5bn bridge loan.",
    "Harkon Group sold Velora Systems shares worth $5.8bn, and arranged an $8.5bn bridge loan.",
])
def test_firm_whose_shares_are_sold_is_no_party_of_a_loan(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not any("Velora Systems" in sum(named_roles(ents, f).values(), [])
                   for f in _deals(out, "Loan", "Facility"))
