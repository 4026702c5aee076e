"""Issue 10, twenty-fourth pass: a plural deal noun with a list of counterparties ("X has signed
capacity deals with A, B and C", "cloud contracts with A and B", "contracts with A and other
providers") recaps one deal per firm with no terms of its own: no deal is read from it, neither
one deal with all the firms on one side nor the list's first firm with the sentence's other
figures (rules/several_deals.py, ``several_deals_with`` in cues.yaml). A deal with one firm, and
a list whose firms each carry their own figure, stay."""
import pytest

from tests.load.helpers import run


def _deals(out):
    return [f for f in out.frames if f.is_fact]


@pytest.mark.parametrize("body", [
    "Tamsin Labs has also signed capacity deals with Brightwell Cloud, Ostrander Cloud and "
    "Halvern Compute in recent months.",
    "Tamsin Labs has signed cloud contracts with Brightwell Cloud and Ostrander Cloud this year.",
    "Tamsin Labs has also signed compute agreements with Brightwell Cloud, Ostrander Cloud and "
    "chip suppliers, and by that measure the new deal is small: $4 billion is a fraction of the "
    "$90 billion Tamsin Labs has pledged.",
    "Tamsin Labs signed capacity contracts with Brightwell Cloud and other providers last year.",
    "Ardent Labs has struck computing contracts with Ostrander Cloud or Brightwell Cloud in each "
    "of the past three years.",
], ids=["three-firms", "two-firms", "and-suppliers", "and-other-providers", "or"])
def test_deals_with_a_list_of_firms_are_no_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not _deals(out)


@pytest.mark.parametrize("body, amounts", [
    ("Tamsin Labs signed a $3 billion capacity contract with Brightwell Cloud on Monday.",
     [3e9]),
    ("Tamsin Labs has signed capacity deals with Brightwell Cloud worth $5 billion.", [5e9]),
    ("Ardent Labs has signed capacity contracts with Brightwell Cloud ($3 billion), Ostrander "
     "Cloud ($2 billion) and Halvern Compute ($1 billion).", [1e9, 2e9, 3e9]),
], ids=["one-deal", "deals-with-one-firm", "each-with-its-figure"])
def test_a_deal_with_one_firm_or_with_its_own_figure_stays(tmp_path, body, amounts):
    ents, out = run(tmp_path, body)
    got = sorted(float(f.figures["amountUSD"].value) for f in _deals(out) if "amountUSD" in f.figures)
    assert got == amounts
