"""'The company' inside a clause a firm tells is that firm (issue 10, fourteenth pass;
slots._teller_en): "X said on Monday that Y would invest $3bn in the company" makes X the investee,
not a firm named in an earlier sentence. Not a firm whose analysts speak. Invented firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_BEFORE = "Fenwick Labs signed a cloud contract with Brantley Cloud last week. "


@pytest.mark.parametrize("body, role, other", [
    ("Quenby Digital said on Monday that Harlow Capital would invest $3 billion in the company.",
     "investee", ("investor", "Harlow Capital")),
    ("Quenby Digital confirmed that Harlow Bank had agreed to lend the company $500 million.",
     "borrower", ("lender", "Harlow Bank")),
    ("Quenby Digital, the Ohio campus builder, announced that Ostrander Partners will take a 20% "
     "stake in the company.", "investee", ("investor", "Ostrander Partners")),
    ("Quenby Digital said Harlow Bank, its main lender, had extended the company a $200 million "
     "credit facility.", "borrower", ("lender", "Harlow Bank")),
    ("In a filing, Quenby Digital disclosed that Ostrander Partners had bought 12% of the company "
     "for $400 million.", "investee", ("investor", "Ostrander Partners")),
])
def test_company_in_a_told_clause_is_the_teller(tmp_path, body, role, other):
    ents, out = run(tmp_path, _BEFORE + body)
    deals = [named_roles(ents, f) for f in out.frames if "Fenwick Labs" not in
             {n for v in named_roles(ents, f).values() for n in v}]
    assert any(d.get(role) == ["Quenby Digital"] and d.get(other[0]) == [other[1]] for d in deals), deals
    assert not any("Brantley Cloud" in v for d in deals for v in d.values()), deals


def test_analysts_of_a_bank_are_no_teller(tmp_path):
    ents, out = run(tmp_path, _BEFORE + "Analysts at Harlow Bank said the company would borrow "
                               "$2 billion from Ostrander Partners.")
    deals = [named_roles(ents, f) for f in out.frames]
    assert not any(d.get("borrower") == ["Harlow Bank"] for d in deals), deals
