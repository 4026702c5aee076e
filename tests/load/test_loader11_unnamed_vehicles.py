"""Issue 10, eleventh pass: a special-purpose vehicle the article never names is a party no firm
stands for: the chips it buys are a supply by their maker alone, the lease it grants names its
lessee alone (never the lessee as the chips' buyer); a vehicle the article names is left to the
other rules. Also: "buys X, then leases them to Y" ("to Y" is the lease's), and a marker reaching
over a person's possessive ("rents them to Mara Quist's Tollan AI"). Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _by_family(out):
    return {f.family: f for f in out.frames}


@pytest.mark.parametrize("body", [
    "Tollan AI, the model developer, is raising $9 billion for a special-purpose vehicle. The "
    "vehicle will buy Brisk Systems processors and rent them to Tollan AI for five years.",
    "Tollan AI is a model developer. Under the plan a special purpose vehicle will acquire Brisk "
    "Systems accelerators and lease them to Tollan AI for five years.",
    "Tollan AI is a model developer. The SPV uses the money to buy Brisk Systems accelerators, then "
    "leases them to Tollan AI for five years to fill its data centre.",
    "Tollan AI is a model developer. A new vehicle buys Brisk Systems chips and rents them to Elon "
    "Musk's Tollan AI for five years.",
])
def test_unnamed_vehicle_buys_from_the_maker_and_leases_to_the_lessee(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _by_family(out)
    assert "Lease" in deals, out.frames
    assert named_roles(ents, deals["Lease"]) == {"lessee": ["Tollan AI"]}
    assert float(deals["Lease"].figures["termYears"].value) == 5
    supplies = [f for f in out.frames if f.family in ("Supply", "Compute")]
    assert supplies and all(named_roles(ents, f) == {"supplier": ["Brisk Systems"]} for f in supplies)


def test_named_vehicle_is_not_a_missing_party(tmp_path):
    body = ("A special-purpose vehicle called Orrick GPU Trust will buy Brisk Systems processors "
            "and lease them to Tollan AI for five years. The vehicle is raising $9 billion.")
    ents, out = run(tmp_path, body)
    assert all(f.parties() and "vehicle:unnamed" not in f.parties() for f in out.frames)
    leases = [f for f in out.frames if f.family == "Lease"]
    assert leases and named_roles(ents, leases[0]) == {"lessor": ["Orrick GPU Trust"],
                                                       "lessee": ["Tollan AI"]}
