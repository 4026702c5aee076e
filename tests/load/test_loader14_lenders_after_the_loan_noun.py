"""A lender told after the noun of a loan a template read with its borrower only lends
(rules/loan_lenders.py; issue 10, fourteenth pass): an amount in another currency or an aside
between commas, dashes or brackets stands between. "with" names a lender only when the firm is a
bank or fund. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_INTRO = "Pexley Compute runs GPU halls in Texas. "


def _roles(tmp_path, body):
    ents, out = run(tmp_path, _INTRO + body)
    return [named_roles(ents, f) for f in out.frames]


@pytest.mark.parametrize("body, lender", [
    ("Pexley Compute closed a 3 billion yen loan - worth roughly $21 million - from Wrenford Bank.",
     "Wrenford Bank"),
    ("Last week Pexley Compute secured a 250 million pound loan, nearly $320 million, extended by "
     "Wrenford Bank.", "Wrenford Bank"),
    ("The company has signed a loan of 4 billion Hong Kong dollars, some $510 million, granted by "
     "Wrenford Bank.", "Wrenford Bank"),
    ("The group drew a £400m term loan (around $510m) provided by Oxhey Credit Fund, a private "
     "credit fund.", "Oxhey Credit Fund"),
    ("The Dutch arm of Pexley Compute has closed a 700 million euro term loan, about $800 million, "
     "with Corriemoor Bank.", "Corriemoor Bank"),
])
def test_lender_told_after_the_loan_noun(tmp_path, body, lender):
    roles = _roles(tmp_path, body)
    assert {"borrower": ["Pexley Compute"], "lender": [lender]} in roles, roles


def test_firm_of_another_clause_lends_nothing(tmp_path):
    roles = _roles(tmp_path, "Pexley Compute took on a 300 million euro loan and then ordered "
                             "racks from Hollin Semiconductor.")
    assert not any(r.get("lender") == ["Hollin Semiconductor"] for r in roles), roles


def test_with_a_firm_that_is_no_bank_or_fund_adds_no_lender(tmp_path):
    roles = _roles(tmp_path, "The company agreed a 200 million euro loan, about $230 million, with "
                             "Sunnadal Robotics, a maker of cooling pumps.")
    assert any(r.get("borrower") == ["Pexley Compute"] for r in roles), roles
    assert not any(r.get("lender") for r in roles), roles
