"""Issue 10, thirteenth pass (English deals): a carrier's or a Nordic power producer's name told
once ("Kurogane Telecom", "Vestlys Kraft", "Nordvind Energi") is a firm, so its deal is read.
Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body, name", [
    ("Kurogane Telecom reported results on Monday. The Japanese carrier signed a $2 billion "
     "contract with Deltaform Silicon for 0.5 gigawatts of accelerators.", "Kurogane Telecom"),
    ("Deltaform Silicon will supply Haruna Telecoms with 0.5 gigawatts of accelerators.",
     "Haruna Telecoms"),
    ("Polarhall AB signed a binding supply agreement with Vestlys Kraft for 0.5 gigawatts of power "
     "from 2027.", "Vestlys Kraft"),
    ("Nordvind Energi will supply 0.5 gigawatts of electricity to Polarhall AB from 2027.",
     "Nordvind Energi"),
])
def test_carrier_and_nordic_power_names_are_firms_with_deals(tmp_path, body, name):
    ents, out = run(tmp_path, body)
    assert name in ents.names.values()
    assert any(name in sum(named_roles(ents, f).values(), []) for f in out.frames)
