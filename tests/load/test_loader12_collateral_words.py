"""Issue 10, twelfth pass (collateral): what secures a financing told as its "security package" or
"collateral pool" ("includes", "comprises"), as a contract "assigned to the lenders", or as a deal
that "secures the debt"; an asset listed after the pledged contract and an aside ("the X contract
itself, assigned to the lender, and the servers installed for X") is collateral too. Invented text
and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run, the_financing

_BASE = ("Tolquist Labs, an AI lab, signed a definitive agreement to rent $3 billion of capacity from "
         "Wendlebury Cloud, a GPU cloud provider, over four years. Wendlebury Cloud closed a $1.5 billion "
         "credit facility with Ardsley Bank during the quarter. ")


@pytest.mark.parametrize("tail", [
    "The security package Ardsley took comprises the Tolquist contract itself, assigned to the "
    "lender, and the racks of servers installed for Tolquist.",
    "The collateral pool comprises the Tolquist agreement, pledged in full, and the GPUs Wendlebury bought.",
    "The bank's collateral includes the Tolquist contract and the accelerators that run it.",
])
def test_security_package_links_the_contract_and_the_asset(tmp_path, tail):
    ents, out = run(tmp_path, _BASE + tail)
    loan = the_financing(out)
    assert [c for c in loan.collateral if getattr(c, "family", None) == "Cloud"]
    assert [c for c in loan.collateral if isinstance(c, tuple) and c[1] == "GPUFleet"]


@pytest.mark.parametrize("tail", [
    "The Tolquist contract has been assigned to the lenders.",
    "Analysts noted that the same Tolquist contract now secures most of Wendlebury's debt.",
    "That contract with Tolquist secures the new facility, the bank said.",
])
def test_contract_assigned_to_lenders_or_securing_the_debt_is_collateral(tmp_path, tail):
    ents, out = run(tmp_path, _BASE + tail)
    loan = the_financing(out)
    assert [c for c in loan.collateral if getattr(c, "family", None) == "Cloud"]


@pytest.mark.parametrize("tail", [
    "The contract was assigned to Tolquist's parent last year.",
    "Wendlebury said the security of its data centres is its priority.",
])
def test_no_lender_assignment_or_security_talk_is_no_collateral(tmp_path, tail):
    ents, out = run(tmp_path, _BASE + tail)
    assert not the_financing(out).collateral
