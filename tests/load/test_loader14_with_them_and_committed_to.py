"""'with them' in a clause telling a deal is a firm told before (slots._with_them), and "committed
to $N of capacity with X" is a payment for a cloud deal (`triggers.pay`); issue 10, fourteenth
pass. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_WANT = {"customer": ["Kestrow AI"], "provider": ["Yarrowby Cloud"]}


def _cloud(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("body", [
    "Kestrow AI, a model developer, committed to $3.4 billion of compute capacity with Yarrowby "
    "Cloud through 2029.",
    "Yarrowby Cloud rents out H200 clusters in Nevada. Kestrow AI, an AI lab, has agreed a "
    "three-year, $750 million contract with them, the lab said.",
    "Under a deal disclosed on Monday, Kestrow AI, a model developer, has committed to $480 "
    "million of cloud capacity with Yarrowby Cloud.",
    "Yarrowby Cloud leases GPU clusters to AI labs. Kestrow AI, a model developer, committed to "
    "roughly $2.2bn of GPU capacity with them this year.",
    "Yarrowby Cloud operates clusters in Nevada. Kestrow AI, an AI start-up, reached a four-year, "
    "$1.1 billion agreement with them in April.",
])
def test_capacity_committed_with_a_cloud(tmp_path, body):
    assert _WANT in _cloud(tmp_path, body), _cloud(tmp_path, body)


def test_them_as_goods_is_no_firm(tmp_path):
    ents, out = run(tmp_path, "Kestrow AI bought 8,000 accelerators from Quoddy Semiconductor and "
                              "will stock its data hall with them.")
    roles = [named_roles(ents, f) for f in out.frames]
    assert roles == [{"buyer": ["Kestrow AI"], "supplier": ["Quoddy Semiconductor"]}], roles


def test_committed_to_a_plan_is_no_payment(tmp_path):
    ents, out = run(tmp_path, "Kestrow AI committed to net-zero goals with Yarrowby Cloud, a "
                              "data-centre operator.")
    assert not out.frames, [named_roles(ents, f) for f in out.frames]
