"""A deal told by a copula (issue 10, fourteenth pass; `en.cloud.contract.is.with`): "X's largest
contract is with Y", "Our biggest deal is with Y" in an interviewee's answer — who provides by the
firms' types; a chipmaker's contract with a lab is no cloud deal. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _cloud(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]


_WANT = {"provider": ["Brantley Cloud"], "customer": ["Fenwick Labs"]}


@pytest.mark.parametrize("body", [
    "Fenwick Labs, a model developer, is growing fast. Fenwick Labs' largest contract is with "
    "Brantley Cloud.",
    "Fenwick Labs, an AI lab, said its revenue doubled. Fenwick Labs's newest agreement, signed in "
    "May, is with Brantley Cloud.",
    "Fenwick Labs, an AI lab, keeps several suppliers. Fenwick Labs's main compute deal remains "
    "with Brantley Cloud.",
    "Fenwick Labs, a model developer, has two clouds. Fenwick Labs' biggest contract was with "
    "Brantley Cloud until May.",
    "Fenwick Labs, an AI start-up, buys capacity. Fenwick Labs's largest capacity reservation is "
    "now with Brantley Cloud.",
])
def test_contract_is_with_a_cloud(tmp_path, body):
    assert _WANT in _cloud(tmp_path, body), _cloud(tmp_path, body)


def test_chipmaker_contract_is_with_a_lab_is_no_cloud_deal(tmp_path):
    body = ("Marlow Semiconductor makes chips. Marlow Semiconductor's largest contract is with "
            "Fenwick Labs, an AI lab.")
    assert not _cloud(tmp_path, body)


def test_loan_contract_is_no_cloud_deal(tmp_path):
    body = "Fenwick Labs, an AI lab, borrows. Fenwick Labs's largest loan agreement is with Harlow Bank."
    assert not _cloud(tmp_path, body)
