"""A lender told after the noun of a loan a template read with its borrower only lends
(rules/loan_lenders.py; issue 10, fourteenth pass): an amount in another currency or an aside
between commas stands between. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_INTRO = "Quenby Digital builds data centres in Ohio. "


def _roles(tmp_path, body):
    ents, out = run(tmp_path, _INTRO + body)
    return [named_roles(ents, f) for f in out.frames]


@pytest.mark.parametrize("body, lender", [
    ("In Germany, Quenby's European unit has agreed a 1.2 billion euro loan, roughly $1.4 billion, "
     "from Harlow Bank.", "Harlow Bank"),
    ("Quenby Digital has closed a 900 million pound term loan, about $1.1 billion, provided by "
     "Ostrander Partners.", "Ostrander Partners"),
    ("The company agreed a five-year loan of 2 billion yuan from Harlow Bank.", "Harlow Bank"),
    ("Quenby Digital obtained a 500 million euro loan, or roughly $570 million, from Harlow Bank "
     "last week.", "Harlow Bank"),
    ("Quenby Digital announced a 700 million franc loan extended by Penwick Bank.", "Penwick Bank"),
])
def test_lender_told_after_the_loan_noun(tmp_path, body, lender):
    roles = _roles(tmp_path, body)
    assert {"borrower": ["Quenby Digital"], "lender": [lender]} in roles, roles


def test_firm_of_another_clause_lends_nothing(tmp_path):
    roles = _roles(tmp_path, "Quenby Digital has signed a 300 million euro loan and bought chips "
                             "from Marlow Semiconductor.")
    assert not any(r.get("lender") == ["Marlow Semiconductor"] for r in roles), roles
