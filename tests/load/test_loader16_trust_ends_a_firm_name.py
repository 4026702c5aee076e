"""Issue 10, sixteenth pass: "… Trust" ends a firm's name (a real-estate investment trust, a trust
bank: "Kelbrook Realty Trust", "Osterfeld Trust"), so a landlord, lender or investor named so is a
deal's party; a lowercase "trust" or a lone capitalised "Trust" names no firm (invented sentences and
firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _deals(tmp_path, body):
    ents, out = run(tmp_path, body)
    return ents, [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, family, roles", [
    ("Varnel Compute agreed to lease two buildings in Ohio from Kelbrook Realty Trust for "
     "fifteen years.", "Lease", {"lessor": "Kelbrook Realty Trust", "lessee": "Varnel Compute"}),
    ("Osterfeld Trust lent $250 million to Quillane Cloud, secured on its servers.",
     "Loan", {"lender": "Osterfeld Trust", "borrower": "Quillane Cloud"}),
    ("Halmstead Income Trust invested $90 million in Briskwater Labs last quarter.",
     "Investment", {"investor": "Halmstead Income Trust", "investee": "Briskwater Labs"}),
    ("Under a ten-year lease, Tarrowby AI rents its Dallas campus from Pennick Property Trust.",
     "Lease", {"lessor": "Pennick Property Trust", "lessee": "Tarrowby AI"}),
    ("Ambler Sovereign Trust took a 6% stake in Corrindale Systems for about €400 million.",
     "Stake", {"investor": "Ambler Sovereign Trust", "investee": "Corrindale Systems"}),
])
def test_trust_named_firm_is_a_deal_party(tmp_path, body, family, roles):
    _, deals = _deals(tmp_path, body)
    assert any(fam == family and all(r.get(k) == [v] for k, v in roles.items())
               for fam, r in deals), deals


@pytest.mark.parametrize("body", [
    "Varnel Compute said trust in its forecasts had recovered by the spring.",
    "Trust, its chief executive said, is earned slowly; Varnel Compute keeps its lenders close.",
])
def test_trust_alone_names_no_firm(tmp_path, body):
    ents, _ = _deals(tmp_path, body)
    names = {ents.names.get(m.iri, m.iri) for m in ents.mentions if m.kind == "firm"}
    assert not any("Trust" in n or "trust" in n for n in names), names
