"""'with them' in a clause telling a deal is a firm told before (slots._with_them), and "committed
to $N of capacity with X" is a payment for a cloud deal (`triggers.pay`); issue 10, fourteenth
pass. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_WANT = {"customer": ["Fenwick Labs"], "provider": ["Brantley Cloud"]}


def _cloud(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("body", [
    "Fenwick Labs, an AI lab, has committed to $6 billion of GPU capacity with Brantley Cloud over "
    "five years.",
    "Fenwick Labs, an AI lab, is growing. Its largest supplier is Brantley Cloud. Fenwick Labs has "
    "committed to $6 billion of GPU capacity with them over five years.",
    "Brantley Cloud is a neocloud. Fenwick Labs, an AI lab, signed a five-year, $2 billion "
    "contract with them in May.",
    "Brantley Cloud runs GPU halls in Oregon. Last year Fenwick Labs, a model developer, "
    "committed to about $900 million of compute with them.",
    "Fenwick Labs, an AI start-up, committed to more than $1.2bn of computing capacity with "
    "Brantley Cloud in March.",
])
def test_capacity_committed_with_a_cloud(tmp_path, body):
    assert _WANT in _cloud(tmp_path, body), _cloud(tmp_path, body)


def test_them_as_goods_is_no_firm(tmp_path):
    ents, out = run(tmp_path, "Fenwick Labs bought 10,000 GPUs from Marlow Semiconductor and will "
                              "fill its halls with them.")
    roles = [named_roles(ents, f) for f in out.frames]
    assert roles == [{"buyer": ["Fenwick Labs"], "supplier": ["Marlow Semiconductor"]}], roles


def test_committed_to_a_plan_is_no_payment(tmp_path):
    ents, out = run(tmp_path, "Fenwick Labs committed to 2030 targets with Brantley Cloud, an "
                              "operator of data centres.")
    assert not out.frames, [named_roles(ents, f) for f in out.frames]
