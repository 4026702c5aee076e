"""Issue 10, twelfth pass (English deals): capacity reserved or signed up for is a cloud deal; a
share of a firm bought, paid for or sold ("20% of X", "a 20% holding in X") is an equity stake.
Invented paraphrases and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Tamsin AI has reserved 800 megawatts of capacity from Brenwick Cloud for six years.",
    "Brenwick Cloud said Tamsin AI would reserve $1.4 billion of computing capacity at its Ohio "
    "campus.",
    "Tamsin AI signed up for 300 MW of cloud capacity with Brenwick Cloud, the cloud provider.",
])
def test_capacity_reserved_or_signed_up_for_is_a_cloud_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert len(out.frames) == 1 and out.frames[0].family == "Cloud"
    assert named_roles(ents, out.frames[0]) == {"provider": ["Brenwick Cloud"],
                                                "customer": ["Tamsin AI"]}


def test_a_right_reserved_is_no_deal(tmp_path):
    ents, out = run(tmp_path, "Brenwick Cloud reserved the right to buy back shares from Tamsin AI.")
    assert not out.frames


@pytest.mark.parametrize("body", [
    "Sennet Capital paid $2 billion for 20% of Brenwick Cloud in a transaction that closed in March.",
    "Sennet Capital bought 20% of Brenwick Cloud for $2 billion last year.",
    "Brenwick Cloud sold 20% of itself to Sennet Capital for $2 billion.",
    "Sennet Capital acquired a 20% holding in Brenwick Cloud for $2 billion.",
])
def test_share_of_a_firm_bought_is_a_stake(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert len(out.frames) == 1 and out.frames[0].family == "Stake"
    assert named_roles(ents, out.frames[0]) == {"investor": ["Sennet Capital"],
                                                "investee": ["Brenwick Cloud"]}
    assert float(out.frames[0].figures["stakePercent"].value) == 20
    assert float(out.frames[0].figures["amountUSD"].value) == 2e9


@pytest.mark.parametrize("body", [
    "Sennet Capital will buy 20% of its chips from Halvar Semiconductor.",
    "Sennet Capital was issued 3 million shares, about 4% of Brenwick Cloud.",
    "Sennet Capital sold its entire holding of 3 million Halvar Semiconductor shares for $90 million.",
])
def test_share_of_goods_or_a_holding_sold_is_no_stake(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not [f for f in out.frames if f.family == "Stake"]
