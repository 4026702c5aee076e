"""Issue 10, ninth pass (second round): leases told by their site ("its campus, which is fully
pre-leased to X", "a campus that X has agreed to lease"), by a paper "with X to lease …", with the
lessee's figures told paragraphs later; a lease's capacity is its figure; renting a data centre's
computing power stays a cloud deal (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _leases(out):
    return [f for f in out.frames if f.family == "Lease"]


@pytest.mark.parametrize("body", [
    "Data centre developer Marrowgate Digital Infrastructure has closed a $2 billion construction "
    "loan for its 500MW campus in Ohio, which is fully pre-leased to hyperscaler Vardenn Cloud under "
    "a 12-year agreement.",
    "Marrowgate Digital Infrastructure said its 500MW campus in Ohio has been pre-let to Vardenn "
    "Cloud Inc for 12 years.",
    "Marrowgate Digital Infrastructure expects its 500MW data center near Columbus, already leased "
    "to Vardenn Cloud for 12 years, to open next year.",
])
def test_own_site_pre_leased_to_a_tenant_is_a_lease_with_its_capacity(tmp_path, body):
    ents, out = run(tmp_path, body)
    leases = _leases(out)
    assert len(leases) == 1
    assert named_roles(ents, leases[0]) == {"lessor": ["Marrowgate Digital Infrastructure"],
                                            "lessee": ["Vardenn Cloud"]}
    assert float(leases[0].figures["capacityGW"].value) == 0.5
    assert float(leases[0].figures["termYears"].value) == 12


@pytest.mark.parametrize("body", [
    "Marrowgate Data Centers also signed a letter of intent with Caddow Labs, an AI lab, to lease it "
    "another 200MW on a neighbouring plot.",
    "Marrowgate Data Centers, a data center developer, closed a loan. The company has also signed a "
    "memorandum of understanding with AI start-up Caddow Labs to lease 200 megawatts at its new site.",
])
def test_paper_with_a_tenant_to_lease_is_a_lease(tmp_path, body):
    ents, out = run(tmp_path, body)
    leases = _leases(out)
    assert len(leases) == 1 and not [f for f in out.frames if f.family == "Cloud"]
    assert named_roles(ents, leases[0]) == {"lessor": ["Marrowgate Data Centers"],
                                            "lessee": ["Caddow Labs"]}
    assert float(leases[0].figures["capacityGW"].value) == 0.2


def test_paper_to_rent_computing_capacity_stays_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "Caddow Labs has signed a letter of intent with cloud provider "
                              "Marrowgate Cloud to rent 1.5 gigawatts of computing capacity over six years.")
    assert not _leases(out)
    clouds = [f for f in out.frames if f.family == "Cloud"]
    assert len(clouds) == 1 and named_roles(ents, clouds[0])["customer"] == ["Caddow Labs"]


@pytest.mark.parametrize("later", [
    "In September Caddow AI, which builds software agents for warehouses, signed a definitive "
    "10-year lease for 300 megawatts.",
    "The tenant, Caddow AI, signed a 10-year lease for 300 megawatts in September.",
])
def test_site_a_tenant_agreed_to_lease_gets_the_figures_told_paragraphs_later(tmp_path, later):
    body = ("Marrowgate Data Centers agreed a $900 million credit line with Pellham Bank and signed "
            "a power term sheet with Brockhall Power for 1 gigawatt, as the developer races to power "
            "a campus that Caddow AI has agreed to lease.\n\n"
            "The credit line matures in three years. The power deal is less advanced.\n\n"
            "Brockhall Power would build a gas plant next to the campus.\n\n" + later)
    ents, out = run(tmp_path, body)
    leases = _leases(out)
    assert len(leases) == 1
    assert named_roles(ents, leases[0]) == {"lessor": ["Marrowgate Data Centers"],
                                            "lessee": ["Caddow AI"]}
    assert float(leases[0].figures["capacityGW"].value) == 0.3
    assert float(leases[0].figures["termYears"].value) == 10


@pytest.mark.parametrize("body", [
    "今年7月，岚峰云与凌川智能宣布，凌川智能将从岚峰云租用新增的2吉瓦数据中心算力。",
    "凌川智能将从岚峰云租赁数据中心容量，规模约2吉瓦。",
])
def test_renting_a_data_centres_computing_power_is_no_lease(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not _leases(out)
