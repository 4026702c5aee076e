"""Issue 10, thirteenth pass (English deals): more firm descriptions as deal parties (a cloud, a
GPU renter, a generator as heads; a description as the object of a coordinated verb is the firm
the clause before named, not the shared subject), and a power producer's supply agreement named
with a supply noun ("signed a long-term supply agreement with Y to deliver 0.5 gigawatts"; a
producer told by a Nordic name word too: Kraft, Energi). Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Orison Systems, a chipmaker, would like you to think of Kestrel Cloud as a customer. Consider "
    "the sequence. Last year the chipmaker bought a 15% stake in the Seattle GPU cloud for $700 "
    "million.",
    "Kestrel Cloud rents chips from Orison Systems, a chipmaker. Orison Systems paid $700 million "
    "for a 15% stake in the Seattle-based neocloud.",
    "Kestrel Cloud rents chips from Orison Systems, a chipmaker. In 2024 Orison Systems took a 15% "
    "stake in the fast-growing Seattle cloud for $700 million.",
])
def test_cloud_described_by_place_and_kind_is_the_cloud_named_before(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = [f for f in out.frames if f.family == "Stake"]
    assert len(stakes) == 1
    assert named_roles(ents, stakes[0]) == {"investor": ["Orison Systems"],
                                            "investee": ["Kestrel Cloud"]}


@pytest.mark.parametrize("body", [
    "Halcrow Compute Inc. raised $3.6 billion of debt to buy chips for Lumen Labs and agreed "
    "to take a stake of about 3% in the artificial intelligence developer for $500 million.",
    "Halcrow Compute Inc. signed a capacity deal with Lumen Labs and then agreed to buy a 3% stake "
    "in the San Francisco developer for $500 million.",
    "Halcrow Compute Inc. rents GPUs to Lumen Labs and will also take a 3% stake in the "
    "fast-growing Boston company for $500 million.",
])
def test_description_object_of_a_coordinated_verb_is_the_firm_of_the_clause_before(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = [f for f in out.frames if f.family in ("Stake", "Investment")]
    assert stakes and all(named_roles(ents, f) == {"investor": ["Halcrow Compute"],
                                                   "investee": ["Lumen Labs"]} for f in stakes)


@pytest.mark.parametrize("body", [
    "The power comes from a Nordic utility, Vestlys Kraft AS. The state-backed generator signed a "
    "long-term supply agreement with Polarhall AB to deliver 0.5 gigawatts to its site.",
    "Vestlys Kraft AS signed a long-term supply agreement with Polarhall AB to deliver 0.5 "
    "gigawatts of electricity to the campus.",
    "Polarhall AB signed a binding supply agreement with Nordvind Energi AS for 0.5 gigawatts "
    "from 2027.",
])
def test_power_producers_supply_agreement_is_a_power_supply(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames]
    assert len(deals) == 1 and deals[0].family == "Supply"
    assert deals[0].kinds == {"SupplyAgreement"} or deals[0].kinds - {"SupplyAgreement"} <= {
        "LetterOfIntent"}
    roles = named_roles(ents, deals[0])
    assert roles["buyer"] == ["Polarhall AB"] and len(roles["supplier"]) == 1
    assert roles["supplier"][0] in ("Vestlys Kraft AS", "Nordvind Energi AS")
