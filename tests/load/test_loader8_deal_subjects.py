"""Issue 10, eighth pass: the subject of a deal when a firm name only modifies a noun ("The Vexon
purchase is one of the bets Pallid has made. It owns…") — invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("opening", [
    "The Vexon purchase is one of a string of equity bets Pallid Systems has made this year.",
    "That Vexon deal was only one of several wagers that Pallid Systems placed in 2025.",
    "The Vexon investment, analysts noted, is far from the only bet Pallid Systems has made.",
])
def test_it_skips_a_firm_that_only_modifies_a_noun_in_the_sentence_before(tmp_path, opening):
    ents, out = run(tmp_path, "Pallid Systems, a chipmaker, bought shares of Vexon Labs in May. "
                    + opening + " It owns about 6% of cloud operator Maro Cloud, or 12 million shares.")
    stake = next(f for f in out.frames if f.family == "Stake" and "Maro Cloud" in
                 named_roles(ents, f).get("investee", []))
    assert named_roles(ents, stake)["investor"] == ["Pallid Systems"]


@pytest.mark.parametrize("sentence", [
    "The Vexon purchase is one of a string of equity commitments Pallid Systems has made.",
    "Analysts said the Vexon purchase was the largest of the bets Pallid Systems made in 2025.",
    "Regulators cleared it quickly, and this Vexon order was counted among Pallid Systems' largest.",
])
def test_a_trigger_verb_used_as_a_definite_noun_states_no_new_deal(tmp_path, sentence):
    ents, out = run(tmp_path, sentence)
    assert not any(set(named_roles(ents, f).get("investor", []) + named_roles(ents, f).get(
        "buyer", [])) & {"Vexon"} for f in out.frames)


def test_an_order_placed_with_an_indefinite_article_is_still_a_deal(tmp_path):
    ents, out = run(tmp_path, "Pallid Semiconductor, a chipmaker, is growing fast. Maro Cloud, a "
                    "data-centre operator, placed a $1.4 billion order in June for Pallid "
                    "Semiconductor's Vardenn GPUs.")
    deal = next(f for f in out.frames if f.family == "Supply")
    assert named_roles(ents, deal) == {"buyer": ["Maro Cloud"], "supplier": ["Pallid Semiconductor"]}


@pytest.mark.parametrize("opening", [
    "The model developer has spent months gathering both money and land for its plans.",
    "The AI lab has spent the year lining up money.",
    "The AI lab's customers have kept it busy.",
])
def test_it_after_a_sentence_opened_by_a_description_is_the_firm_it_describes(tmp_path, opening):
    ents, out = run(tmp_path, "Quist AI, a model developer, agreed to buy chips from Corvel "
                    "Semiconductor. Analysts expect more deals. " + opening +
                    " Last month it signed a revolving credit facility of $1.2 billion with Harwick Bank.")
    facility = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    assert named_roles(ents, facility)["borrower"] == ["Quist AI"]
