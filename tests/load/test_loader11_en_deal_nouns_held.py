"""Issue 10, eleventh pass: deals told by what a firm has or buys rather than by a signing verb:
"X has a three-year contract with Y worth $2.2bn" (a deal the subject holds; roles by the firms'
types) and "X agreed to buy $5bn of Y common stock" (shares bought for an amount are a stake in
their issuer). Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Larkspur AI, an AI lab, has a three-year contract with Northmoor Cloud worth $2.2 billion.",
    "Northmoor Cloud, the cloud provider, holds a $2.2 billion, three-year agreement with Larkspur "
    "AI, the model developer.",
    "Larkspur AI is a model developer. The AI lab has had a three-year capacity deal with "
    "Northmoor Cloud, valued at $2.2 billion, since March.",
])
def test_deal_the_subject_has_with_a_firm(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family == "Cloud"]
    assert len(deals) == 1, out.frames
    assert named_roles(ents, deals[0]) == {"provider": ["Northmoor Cloud"], "customer": ["Larkspur AI"]}
    assert float(deals[0].figures["amountUSD"].value) == 2.2e9


def test_deal_the_subject_has_no_of_is_no_deal(tmp_path):
    ents, out = run(tmp_path, "Larkspur AI, an AI lab, has no contract with Northmoor Cloud.")
    assert not out.frames


@pytest.mark.parametrize("body", [
    "Tessel Systems agreed on Monday to buy $5 billion of Harwick Semiconductor common stock at $23.",
    "Tessel Systems, the chipmaker, has bought $5 billion of Harwick Semiconductor's shares.",
    "Harwick Semiconductor said Tessel Systems will purchase about $5bn of newly issued Harwick "
    "Semiconductor shares.",
])
def test_shares_bought_for_an_amount_are_a_stake(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = [f for f in out.frames if f.family == "Stake"]
    assert len(stakes) == 1, out.frames
    assert named_roles(ents, stakes[0]) == {"investor": ["Tessel Systems"],
                                             "investee": ["Harwick Semiconductor"]}
    assert float(stakes[0].figures["amountUSD"].value) == 5e9
    assert not [f for f in out.frames if f.family == "Investment"]
