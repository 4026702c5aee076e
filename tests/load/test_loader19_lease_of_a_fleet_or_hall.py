"""Issue 10, nineteenth pass: a fleet or a hall is a thing a lease lets, like a campus or GPUs
(``lease_goods`` in lexicon/relations.yaml), so "X leases the entire fleet to Y", "X rents two
halls to Y" and the lease that secures a bond ("the lease under which X rents its fleet to Y",
"X's lease of the two halls to Y") are leases with X as lessor, and the collateral rule links
them to the financing. Capacity rented out of a fleet stays a cloud deal; a fleet sold, or a
hall added, is no lease. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _leases(tmp_path, body):
    ents, out = run(tmp_path, body)
    return ents, out, [f for f in out.frames if f.family == "Lease" and f.merged_into is None]


@pytest.mark.parametrize("body, lessor, lessee", [
    ("From March, Tollivar Systems leases the entire fleet to Brisk Reasoning for four years.",
     "Tollivar Systems", "Brisk Reasoning"),
    ("Under a three-year contract, Ennisfal Digital rents two halls in Nevada to Marrick Labs.",
     "Ennisfal Digital", "Marrick Labs"),
    ("Hadlow Grid will lease its whole fleet to Cardew Labs from January.",
     "Hadlow Grid", "Cardew Labs"),
])
def test_a_fleet_or_hall_let_to_a_firm_is_a_lease(tmp_path, body, lessor, lessee):
    ents, _, leases = _leases(tmp_path, body)
    assert len(leases) == 1
    assert named_roles(ents, leases[0]) == {"lessor": [lessor], "lessee": [lessee]}


@pytest.mark.parametrize("body", [
    "Ulvane Data sold $640 million of notes in May. They are secured by the lease under which "
    "Ulvane rents its fleet to Gresty AI.",
    "Ulvane Data sold $640 million of notes in May. They are backed by Ulvane's lease of the two "
    "halls to Gresty AI.",
])
def test_the_lease_of_a_fleet_secures_the_bond(tmp_path, body):
    ents, out, leases = _leases(tmp_path, body)
    assert len(leases) == 1
    assert named_roles(ents, leases[0]) == {"lessor": ["Ulvane Data"], "lessee": ["Gresty AI"]}
    bond = next(f for f in out.frames if f.family == "Bond")
    assert leases[0] in bond.collateral


@pytest.mark.parametrize("body", [
    "Tollivar Systems rents GPU capacity from its fleet to Brisk Reasoning.",
    "Ennisfal Digital added two halls to its campus, next to Marrick Labs.",
    "Voskay Compute sold its fleet to Ostrin Capital last year.",
])
def test_no_lease_of_a_fleet_is_read_elsewhere(tmp_path, body):
    assert _leases(tmp_path, body)[2] == []
