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
    ents, out = run(tmp_path, "Several credit desks think Calderic Bank could eventually lend "
                              "Vossen Compute another $350 million against its GPU fleet.")
    assert _facts(ents, out, "Loan") == []


def test_might_before_taking_a_stake(tmp_path):
    ents, out = run(tmp_path, "Ormsby Silicon might buy a 6% stake in Drevan Labs next spring, "
                              "two analysts wrote in a note.")
    assert _facts(ents, out, "Stake") == []


def test_supposition_opening_the_sentence(tmp_path):
    ents, out = run(tmp_path, "Rowlett AI already rents capacity from Gorsey Grid under a "
                              "five-year deal. Suppose Gorsey takes a 5% stake in Rowlett next "
                              "year with the cash it collects from that deal.")
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
