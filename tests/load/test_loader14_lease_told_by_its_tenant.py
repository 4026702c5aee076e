"""A lease told by its tenant (issue 10, fourteenth pass; rules/tenants.py): a site let to a firm
whose sentence names no landlord, or a tenant named by a copula, is a lease whose landlord is the
possessor, the clause's own subject or the firm the sentence before opens with. Invented firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _leases(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [named_roles(ents, f) for f in out.frames if f.family == "Lease"]


@pytest.mark.parametrize("body, lessor, lessee", [
    ("Marrowby Digital priced $1.8 billion of bonds this week. The money goes towards a data hall "
     "near Dublin that will be rented to Quillan AI.", "Marrowby Digital", "Quillan AI"),
    ("Marrowby Digital has drawn $700 million from a bank facility.\n\nIts biggest tenant is "
     "Quillan AI, a model developer.", "Marrowby Digital", "Quillan AI"),
    ("Marrowby Digital builds campuses in Iowa. The sole lessee would be Quillan AI, the filing "
     "said.", "Marrowby Digital", "Quillan AI"),
    ("Quillan AI is now Marrowby Digital's anchor tenant, the builder said in a statement.",
     "Marrowby Digital", "Quillan AI"),
    ("Marrowby Digital runs a 90-megawatt phase in Quebec. That phase has already been leased to "
     "Quillan AI for a decade.", "Marrowby Digital", "Quillan AI"),
    ("Marrowby Digital bought 12,000 accelerators with a $450 million loan. Its fleet is sublet "
     "to Quillan AI under a contract running to 2031.", "Marrowby Digital", "Quillan AI"),
])
def test_lease_told_by_its_tenant(tmp_path, body, lessor, lessee):
    assert {"lessor": [lessor], "lessee": [lessee]} in _leases(tmp_path, body), _leases(tmp_path, body)


@pytest.mark.parametrize("body", [
    # the firm of another clause is no landlord, and a tenant alone makes no lease
    "Marrowby Digital is not the lessee: the hall is rented to Quillan AI.",
    # a firm a marker introduces is no landlord
    "The hall, put up by Marrowby Digital with Ambleside Capital, is let to Quillan AI.",
    # no firm before: no lease
    "Every hall on the site is leased to Quillan AI.",
])
def test_no_landlord_no_lease(tmp_path, body):
    assert not any(r.get("lessor") for r in _leases(tmp_path, body)
                   if r.get("lessee") == ["Quillan AI"]), _leases(tmp_path, body)
