"""Issue 10, twelfth pass (English deals): capacity a firm draws on is a cloud deal with the firm
whose capacity it is. Invented paraphrases and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Under it, Tamsin AI will draw on Brenwick Cloud capacity built around Halvar Semiconductor "
    "processors.",
    "Tamsin AI is drawing on capacity from Brenwick Cloud, the cloud provider, under a $3 billion "
    "contract.",
    "Last year Tamsin AI drew on Brenwick Cloud's data centres for most of its training.",
])
def test_capacity_drawn_on_is_a_cloud_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert len(out.frames) == 1 and out.frames[0].family == "Cloud"
    assert named_roles(ents, out.frames[0]) == {"provider": ["Brenwick Cloud"],
                                                "customer": ["Tamsin AI"]}


def test_facility_drawn_on_stays_a_facility(tmp_path):
    ents, out = run(tmp_path, "Tamsin AI drew on its revolving facility with Harrow Bank in May.")
    assert [f.family for f in out.frames] == ["Facility"]
