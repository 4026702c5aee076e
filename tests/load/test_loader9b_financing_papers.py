"""Issue 10, ninth pass (second round): a generic "agreement with X" whose own noun is a
financing's paper (a Credit Agreement, a loan agreement, 授信协议) is no cloud deal, even when its
subject is a cloud provider (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body", [
    "Quorran Systems, a cloud provider, grew fast. Quorran Systems (as borrower) entered into a "
    "Credit Agreement with Bellwick Capital, a private credit manager, as administrative agent and "
    "lender.",
    "Tessmar Cloud, a GPU cloud provider, has signed a loan agreement with Ashgrove Partners, an "
    "asset manager.",
    "Tessmar Cloud, a GPU cloud provider, executed a security agreement with Ashgrove Partners.",
    "岚峰云是一家云服务商。岚峰云与浙东银行签订授信协议，用于算力中心建设。",
])
def test_financing_paper_with_a_lender_is_no_cloud_deal(tmp_path, body):
    _, out = run(tmp_path, body)
    assert not [f for f in out.frames if f.family in ("Cloud", "Compute", "Supply")]


def test_capacity_agreement_of_a_cloud_provider_stays_a_cloud_deal(tmp_path):
    _, out = run(tmp_path, "Tessmar Cloud, a GPU cloud provider, has signed a capacity agreement "
                           "with Ashgrove AI, a model developer.")
    assert [f.family for f in out.frames] == ["Cloud"]
