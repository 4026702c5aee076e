"""Issue 10, eighth pass: an investor joining another firm's funding round — its own amount, not
the round's size, and the round's owner as investee (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("sentence", [
    "Pallid Systems would put up to $2 billion of equity into Vexon Labs' $20 billion fundraising.",
    "Pallid Systems will invest up to $2bn in Vexon Labs's $20bn funding round, people said.",
    "Pallid Systems agreed to invest $2 billion in the $20 billion round of Vexon Labs.",
])
def test_the_size_of_a_round_is_not_the_investors_amount(tmp_path, sentence):
    ents, out = run(tmp_path, sentence)
    deals = [f for f in out.frames if f.family == "Investment"]
    assert deals and all(named_roles(ents, f) == {"investor": ["Pallid Systems"],
                                                  "investee": ["Vexon Labs"]} for f in deals)
    assert {f.figures["amountUSD"].value for f in deals} == {2_000_000_000}


@pytest.mark.parametrize("sentence", [
    "Orla Capital took part in Vexon Labs' $6.5bn round with $300m.",
    "Orla Capital participated in Vexon Labs's $6.5 billion funding round, contributing $300 million.",
    "Orla Capital also takes part in the $6.5 billion fundraising of Vexon Labs with $300 million.",
])
def test_taking_part_in_a_firms_round_is_an_investment_in_it(tmp_path, sentence):
    ents, out = run(tmp_path, sentence)
    deal = next(f for f in out.frames if f.family == "Investment")
    assert named_roles(ents, deal) == {"investor": ["Orla Capital"], "investee": ["Vexon Labs"]}
    assert deal.figures["amountUSD"].value == 300_000_000


def test_zh_contributing_to_a_firms_round_invests_in_that_firm(tmp_path):
    ents, out = run(tmp_path, "北辰资本将在星图科技总额200亿美元的融资中出资20亿美元。", language="zh")
    deal = next(f for f in out.frames if f.family == "Investment")
    assert named_roles(ents, deal) == {"investor": ["北辰资本"], "investee": ["星图科技"]}
    assert deal.figures["amountUSD"].value == 2_000_000_000


def test_taking_part_in_talks_is_no_investment(tmp_path):
    ents, out = run(tmp_path, "Orla Capital, a fund, took part in talks with Vexon Labs on Monday.")
    assert not [f for f in out.frames if f.family == "Investment"]
