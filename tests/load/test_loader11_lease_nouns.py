"""Issue 10, eleventh pass: a lease noun ("signed a 15-year lease with X for 900 MW") names a lease,
never a cloud deal; when the firms' types do not tell who lets, no deal is read rather than a
wrong one, and a named landlord still makes it a lease. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Cardew Digital, a data-centre developer, signed a 15-year lease with Orland Cloud, the cloud "
    "provider, for 900 megawatts.",
    "In March Orland Cloud, a cloud provider, agreed a 15-year lease with Cardew Digital, the "
    "data-centre operator, covering 900 MW.",
    "Cardew Digital, a data-centre developer, has inked another long lease with Orland Cloud, the "
    "cloud provider, for 0.9 gigawatts.",
])
def test_lease_noun_between_two_clouds_is_no_cloud_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not [f for f in out.frames if f.family == "Cloud"], out.frames


@pytest.mark.parametrize("body", [
    "Last spring Tamber Labs entered a nine-year lease with data center landlord Wolstan Realty, "
    "covering 200 megawatts at two sites.",
    "Tamber Labs agreed a 12-year lease with Wolstan Realty, a data centre landlord, for 300 MW.",
    "Tamber Labs, the AI lab, signed a 12-year lease with Wolstan Realty, the landlord, covering "
    "300 megawatts.",
])
def test_lease_noun_with_a_landlord_is_a_lease(tmp_path, body):
    ents, out = run(tmp_path, body)
    leases = [f for f in out.frames if f.family == "Lease"]
    assert len(leases) == 1, out.frames
    assert named_roles(ents, leases[0]) == {"lessor": ["Wolstan Realty"], "lessee": ["Tamber Labs"]}
