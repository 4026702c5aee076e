"""Issue 10, nineteenth pass: a fleet or a hall is a thing a lease lets, like a campus or GPUs,
when it is the lease verb's own object (``lease_fleet`` in lexicon/relations.yaml, read by
rules/triggers.py): "X leases the entire fleet to Y", "X rents three halls to Y" and the lease
that secures a bond ("a lease: X rents that fleet to Y", "X's lease of the two halls to Y") are
leases with X as lessor, and the collateral rule links them to the financing. Left alone: a
fleet rented by the hour (cloud time), time rented on a fleet, a lease only planned, a word that
holds "hall" or "fleet" ("shall", "Whitehall", "Fleetwood"), capacity rented out of a fleet, a
fleet sold, a hall added. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _leases(tmp_path, body):
    ents, out = run(tmp_path, body)
    return ents, out, [f for f in out.frames if f.family == "Lease" and f.merged_into is None]


@pytest.mark.parametrize("body, lessor, lessee", [
    ("Corvell Systems leases the entire fleet to Hathery Reasoning, starting in April, for five "
     "years.", "Corvell Systems", "Hathery Reasoning"),
    ("Amberloe Digital rents three halls in Oregon to Kilvary Labs on a four-year term.",
     "Amberloe Digital", "Kilvary Labs"),
    ("Starting in June, Brantwick Grid will lease its whole fleet to Sollery Labs.",
     "Brantwick Grid", "Sollery Labs"),
])
def test_a_fleet_or_hall_let_to_a_firm_is_a_lease(tmp_path, body, lessor, lessee):
    ents, _, leases = _leases(tmp_path, body)
    assert len(leases) == 1
    assert named_roles(ents, leases[0]) == {"lessor": [lessor], "lessee": [lessee]}


@pytest.mark.parametrize("body", [
    "Merrowind Data issued $410 million of bonds in August, and they are secured by a lease: "
    "Merrowind rents that fleet to Pashley AI for six years.",
    "Merrowind Data issued $410 million of bonds in August. The collateral is Merrowind's lease "
    "of the two halls to Pashley AI.",
])
def test_the_lease_of_a_fleet_secures_the_bond(tmp_path, body):
    ents, out, leases = _leases(tmp_path, body)
    assert len(leases) == 1
    assert named_roles(ents, leases[0]) == {"lessor": ["Merrowind Data"], "lessee": ["Pashley AI"]}
    bond = next(f for f in out.frames if f.family == "Bond")
    assert leases[0] in bond.collateral


@pytest.mark.parametrize("body", [
    "Corvell Systems rents GPU capacity from its fleet to Hathery Reasoning.",
    "Amberloe Digital added three halls to its campus, next to Kilvary Labs.",
    "Yelbury Compute sold its fleet to Dorrance Capital last year.",
    # review probes: a word that holds "hall" or "fleet" is no fleet or hall
    "Tesmond AI leases its speech models to Strake Labs on terms its board shall set in May.",
    "Through its Marshall branch, Tesmond AI is going to rent its tools to Strake Labs.",
    "From a Whitehall office, Tesmond AI rents Strake Labs access to its agents.",
    "Tesmond AI rents its tuned models to Strake Labs, according to Ada Fleetwood.",
    # a fleet rented by the hour, or time on it, is cloud time; a planned lease is none
    "To Tesmond AI and many small start-ups, Yelbury Cloud rents its fleet by the hour.",
    "Under a contract running four years, Tesmond AI rents time on Yelbury Cloud's fleet.",
    "Tesmond AI intends to lease the three halls to Strake Labs, though nothing is signed yet.",
])
def test_no_lease_of_a_fleet_is_read_elsewhere(tmp_path, body):
    assert _leases(tmp_path, body)[2] == []


def test_a_fleet_rented_out_by_the_hour_adds_no_lease(tmp_path):
    # review probe: only the lease of the fleet itself, from its owner, is a lease
    ents, _, leases = _leases(
        tmp_path, "Yelbury Cloud leases a fleet of GPUs from Dorrance Capital, then rents its fleet "
        "out to Tesmond AI by the hour.")
    assert [named_roles(ents, f) for f in leases] == [
        {"lessor": ["Dorrance Capital"], "lessee": ["Yelbury Cloud"]}]
