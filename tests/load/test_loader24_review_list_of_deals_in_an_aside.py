"""Issue 10, review of 32a8307 (twenty-fourth pass): deals with a list of firms told in an aside
on a party ("X, which has investment agreements with A and B, invested $500m in Y", "X, known
for deals with A and B, …", "X, whose loan agreements with A and B were renewed, provided a $2bn
loan to Y") recap other deals: the deal the sentence tells, whose parties are none of the listed
firms, stays a fact, while a frame pairing X with the listed firms is still dropped. Deals with
a list told as the sentence's own deal stay no deal (invented sentences and firms)."""
import pytest

from tests.load.helpers import named_roles, run


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(f.family, named_roles(ents, f)) for f in out.frames if f.is_fact]


@pytest.mark.parametrize("body, family, roles", [
    ("Vantry Partners, which has investment agreements with Norrin Compute and Hexel Chips, "
     "invested $500 million in Calder Cloud.", "Investment",
     {"investor": ["Vantry Partners"], "investee": ["Calder Cloud"]}),
    ("Vantry Partners, known for deals with Norrin Compute and Hexel Chips, invested $500 million "
     "in Calder Cloud.", "Investment", {"investor": ["Vantry Partners"], "investee": ["Calder Cloud"]}),
    ("Quessel Bank, whose loan agreements with Norrin Compute and Hexel Chips were renewed, "
     "provided a $2 billion loan to Calder Cloud.", "Loan",
     {"lender": ["Quessel Bank"], "borrower": ["Calder Cloud"]}),
])
def test_the_deal_beside_an_aside_with_a_list_stays(tmp_path, body, family, roles):
    facts = _facts(tmp_path, body)
    assert (family, roles) in facts, facts
    listed = {"Norrin Compute", "Hexel Chips"}
    assert not [r for _, r in facts if listed & {n for v in r.values() for n in v}], facts


@pytest.mark.parametrize("body", [
    "Calder Cloud has signed capacity deals with Norrin Compute, Hexel Chips and Orrin Semi this "
    "year.",
    "Calder Cloud signed cloud contracts with Norrin Compute and other providers last year.",
])
def test_deals_with_a_list_as_the_sentence_s_own_stay_no_deal(tmp_path, body):
    assert _facts(tmp_path, body) == []
