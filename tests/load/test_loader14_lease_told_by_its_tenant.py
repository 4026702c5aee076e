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
    ("Quenby Digital sold $2.5 billion of notes on Monday. Proceeds will fund a campus in Ohio "
     "leased to Fenwick Labs.", "Quenby Digital", "Fenwick Labs"),
    ("Quenby Digital raised a $1 billion term loan to finish its site.\n\nThe anchor tenant is "
     "Fenwick Labs, an AI lab.", "Quenby Digital", "Fenwick Labs"),
    ("The developer is Quenby Digital, a data-centre builder. Its only tenant will be Fenwick Labs.",
     "Quenby Digital", "Fenwick Labs"),
    ("Quenby Digital said on Tuesday that Fenwick Labs is now the campus's anchor tenant.",
     "Quenby Digital", "Fenwick Labs"),
    ("Quenby Digital owns two halls near Reno. The halls, which hold 40,000 GPUs, are fully let "
     "to Fenwick Labs.", "Quenby Digital", "Fenwick Labs"),
    ("Harlow Bank lent Quenby Digital $600 million, secured by a GPU fleet the company rents "
     "out. Quenby Digital's fleet is leased to Fenwick Labs for six years.",
     "Quenby Digital", "Fenwick Labs"),
])
def test_lease_told_by_its_tenant(tmp_path, body, lessor, lessee):
    assert {"lessor": [lessor], "lessee": [lessee]} in _leases(tmp_path, body), _leases(tmp_path, body)


@pytest.mark.parametrize("body", [
    # the firm of another clause is no landlord, and a tenant alone makes no lease
    "The tenant is not Quenby Digital: the campus is leased to Fenwick Labs.",
    # a firm a marker introduces is no landlord
    "The campus was built by Quenby Digital with Harlow Capital and is leased to Fenwick Labs.",
    # no firm before: no lease
    "The campus is fully let to Fenwick Labs.",
])
def test_no_landlord_no_lease(tmp_path, body):
    assert not any(r.get("lessor") for r in _leases(tmp_path, body)
                   if r.get("lessee") == ["Fenwick Labs"]), _leases(tmp_path, body)
