"""Issue 10, twelfth pass (English deals): who a deal's subject is when the sentence names it by
pronoun or description, the firm that tells a deal it is party to, and payments for capacity.
Each class on invented paraphrases (invented firms, not copied from any article)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _deals(out, *families):
    return [f for f in out.frames if not families or f.family in families]


@pytest.mark.parametrize("body", [
    "Corvane Labs will spend most of the money on Halvar Semiconductor's chips. In a separate "
    "filing, the company said it had signed a binding purchase agreement with the chipmaker for "
    "500 megawatts of accelerators.",
    "Corvane Labs plans to put the cash into Halvar Semiconductor hardware. Separately, the firm "
    "has agreed to buy $2 billion of GPUs from Halvar Semiconductor.",
    "Corvane Labs, an AI lab, is a big customer of Halvar Semiconductor. On Tuesday, it agreed to "
    "buy 300 MW of accelerators from the chipmaker.",
    "Corvane Labs, an AI lab, is a big customer of Halvar Semiconductor. According to a filing, it "
    "will buy 300 MW of accelerators from the chipmaker.",
])
def test_subject_pronoun_after_an_opening_phrase_is_the_subject_before(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out, "Supply", "Compute")
    assert deals and all(named_roles(ents, f) == {"buyer": ["Corvane Labs"],
                                                  "supplier": ["Halvar Semiconductor"]}
                         for f in deals)


@pytest.mark.parametrize("body", [
    "Dorran Compute, a cloud provider, jumped 12% after saying Ilex AI intends to take $2.1 "
    "billion of capacity from it over three years.",
    "Shares of Dorran Compute, a cloud provider, rose when it disclosed that Ilex AI had agreed to "
    "rent $2.1 billion of computing capacity over three years.",
    "Dorran Compute, which reports results on Friday, said on Monday that Ilex AI will buy $2.1 "
    "billion of capacity from it.",
    "Dorran Compute, a cloud provider, jumped 12% after saying Ilex AI intends to take $2.1 "
    "billion of GPU capacity from it over three years.",
])
def test_firm_telling_a_capacity_deal_is_its_provider(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out)
    assert len(deals) == 1 and deals[0].family == "Cloud"
    assert named_roles(ents, deals[0]) == {"provider": ["Dorran Compute"], "customer": ["Ilex AI"]}
    assert float(deals[0].figures["amountUSD"].value) == 2.1e9


def test_firm_before_someone_elses_reporting_verb_tells_nothing(tmp_path):
    ents, out = run(tmp_path, "Dorran Compute fell 3% after analysts said Ilex AI would buy $2.1 "
                              "billion of capacity.")
    assert not _deals(out)


@pytest.mark.parametrize("body", [
    "Tamsin AI committed $2.8 billion to Brenwick Cloud for 300 megawatts of capacity over four "
    "years.",
    "Brenwick Cloud said Tamsin AI had agreed to pay up to $2.8 billion for additional capacity.",
    "Tamsin AI will pay Brenwick Cloud $2.8 billion for computing capacity through 2029.",
    "Tamsin AI has paid $2.8 billion to Brenwick Cloud, the cloud provider, for reserved capacity.",
])
def test_payment_for_capacity_is_a_cloud_deal_with_the_firm_paid(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out)
    assert len(deals) == 1 and deals[0].family == "Cloud"
    assert named_roles(ents, deals[0]) == {"provider": ["Brenwick Cloud"], "customer": ["Tamsin AI"]}
    assert float(deals[0].figures["amountUSD"].value) == 2.8e9


@pytest.mark.parametrize("body", [
    "Orrel Capital is reported to be committing up to $2 billion to Corvane Labs's latest equity "
    "raise.",
    "Orrel Capital committed $500 million of equity to Corvane Labs.",
    "Orrel Capital has committed about $500 million to an equity round of Corvane Labs.",
])
def test_money_committed_to_equity_is_an_investment(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out)
    assert len(deals) == 1 and deals[0].family == "Investment"
    assert named_roles(ents, deals[0]) == {"investor": ["Orrel Capital"], "investee": ["Corvane Labs"]}


@pytest.mark.parametrize("body", [
    "Tamsin AI paid $90 million in fees to Harrow Bank for the loan.",
    "Tamsin AI will pay Harrow Bank $90 million of interest on the credit facility this year.",
    "Tamsin AI committed $90 million to Harrow Bank for arranging the financing.",
])
def test_payment_for_a_loan_is_no_loan(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not any(f.figures.get("amountUSD") and float(f.figures["amountUSD"].value) == 9e7
                   for f in out.frames)
