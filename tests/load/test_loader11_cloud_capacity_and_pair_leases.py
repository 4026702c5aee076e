"""Issue 10, eleventh pass: GPU capacity a cloud provider sells is its cloud service (a compute
commitment), not a chip supply; a pair told as one subject ("the two sides", "X and Y") that
signs a lease or an anchor tenancy has its lessor and lessee by the firms' types, and "the two
sides" before any deal is told are the last two firms named. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Fjordvik Compute, a cloud provider, said Tern Labs, an AI lab, had committed to buy $4.2 "
    "billion of GPU capacity from it over five years.",
    "Tern Labs, the model developer, will purchase $4.2 billion of GPU capacity from Fjordvik "
    "Compute, the cloud provider, over five years.",
    "Fjordvik Compute, the GPU cloud operator, will supply Tern Labs, an AI start-up, with $4.2 "
    "billion of GPU capacity over five years.",
])
def test_gpu_capacity_from_a_cloud_provider_is_a_cloud_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.parties()]
    assert len(deals) == 1 and deals[0].family == "Cloud", out.frames
    assert named_roles(ents, deals[0]) == {"provider": ["Fjordvik Compute"], "customer": ["Tern Labs"]}
    assert "SupplyAgreement" not in deals[0].kinds


@pytest.mark.parametrize("body", [
    "Pell Ridge Data, a data-centre developer, met Sorrel Intelligence in May. The model developer "
    "needed room. In June the two sides signed a 12-year anchor tenancy for 600 megawatts.",
    "Sorrel Intelligence, the AI lab, and Pell Ridge Data have signed a 12-year lease for 600 MW.",
    "Pell Ridge Data, the data-centre developer, and Sorrel Intelligence, an AI lab, then inked a "
    "12-year lease covering 600 megawatts.",
])
def test_pair_signing_a_lease_or_tenancy(tmp_path, body):
    ents, out = run(tmp_path, body)
    leases = [f for f in out.frames if f.family == "Lease"]
    assert len(leases) == 1, out.frames
    assert named_roles(ents, leases[0]) == {"lessor": ["Pell Ridge Data"],
                                             "lessee": ["Sorrel Intelligence"]}
    assert float(leases[0].figures["capacityGW"].value) == 0.6


def test_one_firm_signing_a_lease_takes_no_partner(tmp_path):
    body = ("Pell Ridge Data, a data-centre developer, said Sorrel Intelligence was a customer. "
            "Sorrel Intelligence signed a 12-year lease for 600 megawatts.")
    ents, out = run(tmp_path, body)
    assert not [f for f in out.frames if f.rule == "en.lease.pair.signed"]
