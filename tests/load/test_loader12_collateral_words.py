"""Issue 10, twelfth pass (collateral): what secures a financing told as its "security package" or
"collateral pool" ("includes", "comprises"), as a contract "assigned to the lenders", or as a deal
that "secures the debt"; an asset listed after the pledged contract and an aside ("the X contract
itself, assigned to the lender, and the servers installed for X") is collateral too. Invented text
and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run, the_financing

_BASE = ("Orrin Labs, an AI lab, signed a definitive agreement to rent $3 billion of capacity from "
         "Kestrel Cloud, a GPU cloud provider, over four years. Kestrel Cloud closed a $1.5 billion "
         "credit facility with Greyfield Bank during the quarter. ")


@pytest.mark.parametrize("tail", [
    "Greyfield's security package includes the Orrin contract itself, assigned to the lender, and the "
    "servers installed for Orrin.",
    "The collateral pool comprises the Orrin agreement, pledged in full, and the GPUs Kestrel bought.",
    "The bank's collateral includes the Orrin contract and the accelerators that run it.",
])
def test_security_package_links_the_contract_and_the_asset(tmp_path, tail):
    ents, out = run(tmp_path, _BASE + tail)
    loan = the_financing(out)
    assert [c for c in loan.collateral if getattr(c, "family", None) == "Cloud"]
    assert [c for c in loan.collateral if isinstance(c, tuple) and c[1] == "GPUFleet"]


@pytest.mark.parametrize("tail", [
    "The Orrin contract has been assigned to the lenders.",
    "Analysts noted that the same Orrin contract now secures most of Kestrel's debt.",
    "That contract with Orrin secures the new facility, the bank said.",
])
def test_contract_assigned_to_lenders_or_securing_the_debt_is_collateral(tmp_path, tail):
    ents, out = run(tmp_path, _BASE + tail)
    loan = the_financing(out)
    assert [c for c in loan.collateral if getattr(c, "family", None) == "Cloud"]


@pytest.mark.parametrize("tail", [
    "The contract was assigned to Orrin's parent last year.",
    "Kestrel said the security of its data centres is its priority.",
])
def test_no_lender_assignment_or_security_talk_is_no_collateral(tmp_path, tail):
    ents, out = run(tmp_path, _BASE + tail)
    assert not the_financing(out).collateral
