"""Issue 10, thirteenth pass (English deals): a generic deal ("signed a contract with Y", "has a
memorandum with Y", "a contract worth $N with Y") between a model developer and a partner no type
names is the partner's cloud service to the developer; a partner the text describes as no cloud
provider ("a GPU leasing company") sells a compute commitment instead; a chipmaker partner is never
the provider. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Ollerton Grid Compute signed a binding six-year contract with Pentreath AI, a model developer, "
    "worth $2.4 billion, for capacity at its Nevada campus.",
    "Ollerton Grid Compute holds a binding contract with Pentreath AI, a model developer, running "
    "six years and worth $1.8 billion.",
    "Pentreath AI, a model developer, signed a six-year contract worth $2.4 billion with Ollerton "
    "Grid Compute.",
    "Ollerton Grid Compute said it had agreed a memorandum of understanding with Pentreath AI, a "
    "model developer, that lets Pentreath rent as much as 250 megawatts.",
])
def test_generic_deal_with_a_model_developer_is_the_partners_cloud_service(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames]
    assert len(deals) == 1 and deals[0].family == "Cloud"
    assert "CloudServiceAgreement" in deals[0].kinds
    assert named_roles(ents, deals[0]) == {"provider": ["Ollerton Grid Compute"],
                                           "customer": ["Pentreath AI"]}


@pytest.mark.parametrize("body", [
    "Ardent Intelligence, an AI developer, signed a memorandum of understanding with Stillwater "
    "Corp, a GPU leasing company, for 200 megawatts.",
    "Ardent Intelligence, an AI developer, has a memorandum of understanding with Stillwater Corp, "
    "a GPU leasing company, for a further 200 megawatts.",
    "Stillwater Corp, a GPU leasing company, owns chips. Stillwater Corp signed a contract with "
    "Ardent Intelligence, an AI developer, for 200 megawatts of capacity.",
])
def test_capacity_from_a_firm_described_as_no_cloud_is_a_compute_commitment(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family == "Cloud"]
    assert len(deals) == 1
    assert "ComputeCommitment" in deals[0].kinds and "CloudServiceAgreement" not in deals[0].kinds
    assert named_roles(ents, deals[0]) == {"provider": ["Stillwater"],
                                           "customer": ["Ardent Intelligence"]}


@pytest.mark.parametrize("body", [
    "Harl Silicon, a chipmaker, signed a contract with Pentreath AI, a model developer, worth $2.4 "
    "billion.",
    "Pentreath AI, a model developer, has a contract with Harl Silicon, the chip designer, worth "
    "$2.4 billion.",
    "Harl Silicon, a chip designer, signed a six-year contract worth $2.4 billion with Pentreath AI, "
    "an AI lab.",
])
def test_chipmaker_partner_of_a_model_developer_provides_no_cloud(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not any(f.family == "Cloud" and "Harl Silicon" in named_roles(ents, f).get("provider", [])
                   for f in out.frames)
