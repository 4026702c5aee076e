"""Issue 10, nineteenth pass: a deal told only as a possibility is no fact. When the deal's own
matched words carry a modal of possibility ("X could simply lend Y …", "Z might take equity in
W", "X were to buy …"), or the sentence opens on a supposition ("Suppose …", "Imagine …") and the
deal sits in that first clause, the deal is hypothetical (rules/modal_deals.py).

It leaves alone a modal outside the deal's words ("Y could not cover the order, so X lent it …"),
a negated modal, "could be" (a told deal that could be extended), an option a paper grants
("under a letter of intent … could invest up to …", "a term sheet under which … might buy"),
and a deal told after the supposition's first clause."""
from tests.load.helpers import named_roles, run


def _facts(ents, out, family):
    return [named_roles(ents, f) for f in out.frames if f.family == family and f.is_fact]


def test_could_before_the_lending_verb(tmp_path):
    ents, out = run(tmp_path, "If its GPU fleet keeps its value, a second lender, Calderic Bank, "
                              "could extend Vossen Compute a loan of $350 million, desks say.")
    assert _facts(ents, out, "Loan") == []


def test_might_before_taking_a_stake(tmp_path):
    ents, out = run(tmp_path, "Ormsby Silicon might buy a 6% stake in Drevan Labs next spring, "
                              "two analysts wrote in a note.")
    assert _facts(ents, out, "Stake") == []


def test_supposition_opening_the_sentence(tmp_path):
    ents, out = run(tmp_path, "Rowlett AI already rents capacity from Gorsey Grid under a "
                              "five-year deal. Suppose Gorsey then bought 5% of Rowlett with "
                              "that cash.")
    assert _facts(ents, out, "Stake") == []
    assert _facts(ents, out, "Cloud") == [{"customer": ["Rowlett AI"],
                                           "provider": ["Gorsey Grid"]}]


def test_imagined_investment(tmp_path):
    ents, out = run(tmp_path, "Imagine that Selbury Semiconductor put $2 billion into Minsterly "
                              "AI for a 9% stake.")
    assert _facts(ents, out, "Investment") == [] and _facts(ents, out, "Stake") == []


def test_option_granted_by_a_letter_of_intent_stays(tmp_path):
    ents, out = run(tmp_path, "Whitmoor Semiconductor signed a letter of intent under which it "
                              "could invest up to $3 billion in Pirrick AI.")
    assert _facts(ents, out, "Investment") == [{"investor": ["Whitmoor Semiconductor"],
                                                "investee": ["Pirrick AI"]}]


def test_option_granted_by_a_term_sheet_stays(tmp_path):
    ents, out = run(tmp_path, "Under a term sheet agreed on Monday, Pirrick AI might buy 2 "
                              "gigawatts of accelerators from Whitmoor Semiconductor.")
    assert _facts(ents, out, "Compute") == [{"buyer": ["Pirrick AI"],
                                             "supplier": ["Whitmoor Semiconductor"]}]


def test_modal_outside_the_deal_stays(tmp_path):
    ents, out = run(tmp_path, "Tamberley Cloud could not cover the order itself, so Haddow Bank "
                              "lent it $600 million.")
    assert _facts(ents, out, "Loan") == [{"lender": ["Haddow Bank"],
                                          "borrower": ["Tamberley Cloud"]}]


def test_told_deal_that_could_be_extended_stays(tmp_path):
    ents, out = run(tmp_path, "Penmarch AI signed a four-year, $1.2 billion cloud contract with "
                              "Lowther Cloud on Friday; it could be extended by two years.")
    assert _facts(ents, out, "Cloud") == [{"customer": ["Penmarch AI"],
                                           "provider": ["Lowther Cloud"]}]


def test_deal_after_the_supposition_clause_stays(tmp_path):
    ents, out = run(tmp_path, "Suppose demand cools next year: Trevose Compute borrowed $450 "
                              "million from Corbridge Bank in March and must repay it.")
    assert _facts(ents, out, "Loan") == [{"lender": ["Corbridge Bank"],
                                          "borrower": ["Trevose Compute"]}]


import pytest  # noqa: E402


@pytest.mark.parametrize("body, family, roles", [
    ("Halvern AI, which could go public next year, borrowed $400 million from Marlowe Bank on "
     "Monday.", "Loan", {"borrower": ["Halvern AI"], "lender": ["Marlowe Bank"]}),
    ("Halvern AI, which might list in London, signed a $2 billion cloud contract with Brisco "
     "Cloud.", "Cloud", {"customer": ["Halvern AI"], "provider": ["Brisco Cloud"]}),
    ("Tessick Compute, which earlier said it might seek outside money, borrowed $600 million "
     "from Marlowe Bank.", "Loan", {"borrower": ["Tessick Compute"], "lender": ["Marlowe Bank"]}),
    ("Halvern AI, whose shares were to start trading on Friday, borrowed $400 million from "
     "Marlowe Bank.", "Loan", {"borrower": ["Halvern AI"], "lender": ["Marlowe Bank"]}),
    ("Halvern AI agreed to what could become the largest chip order yet, buying $5 billion of "
     "GPUs from Quenby Semiconductor.", "Supply",
     {"buyer": ["Halvern AI"], "supplier": ["Quenby Semiconductor"]}),
])
def test_pin_a_modal_in_an_aside_on_a_party_keeps_the_told_deal(tmp_path, body, family, roles):
    """Twentieth pass, after review: a modal in a relative clause on a party or in a "what could
    …" clause is no modal of the deal (``modal_aside``)."""
    ents, out = run(tmp_path, body)
    assert _facts(ents, out, family) == [roles]


def test_pin_under_the_right_conditions_grants_no_option(tmp_path):
    """Twentieth pass, after review: only a paper ("under a letter of intent", "under the
    agreement") grants the option a modal tells; "under the right conditions" does not."""
    ents, out = run(tmp_path, "Halvern AI could lend Pellory Labs $300 million under the right "
                              "conditions, a banker said.")
    assert _facts(ents, out, "Loan") == []


def test_pin_a_deal_told_after_the_suppositions_colon_is_a_fact(tmp_path):
    """Twenty-first pass: a party named inside the supposition ("Imagine X's year: it signed …")
    no longer makes the deal told after the colon a what-if."""
    ents, out = run(tmp_path, "Imagine Tolvarn Compute's year: it signed a $3 billion contract "
                              "with Helmsey Cloud in May and doubled its staff.")
    assert _facts(ents, out, "Cloud") == [{"customer": ["Tolvarn Compute"],
                                           "provider": ["Helmsey Cloud"]}]


def test_pin_a_deal_inside_the_supposition_before_its_colon_stays_a_what_if(tmp_path):
    ents, out = run(tmp_path, "Imagine Tolvarn Compute signed a $3 billion contract with "
                              "Helmsey Cloud: its shares would double.")
    assert _facts(ents, out, "Cloud") == []


def test_pin_a_noun_phrase_after_the_suppositions_colon_stays_a_what_if(tmp_path):
    """Review probe (twenty-second pass): what follows the colon is the supposed deal itself, not
    a clause of its own, and "Suppose" is no part of the firm's name."""
    ents, out = run(tmp_path, "Suppose Tolvarn Compute struck a deal: a $3 billion contract with "
                              "Helmsey Cloud.")
    assert _facts(ents, out, "Cloud") == []
    assert "Suppose Tolvarn Compute" not in ents.names.values()
