"""Direction by firm type (issue 10, fourteenth pass; rules/type_direction.py): a deal whose
phrase gives no direction ("with", "from" after a get verb that is not the deal's) is turned so
that a bank or fund lends or invests and a cloud provider provides; a role a marker states ("lent
to X", "invest in X") is never flipped. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _deals(tmp_path, body, family):
    ents, out = run(tmp_path, body)
    return [named_roles(ents, f) for f in out.frames if f.family == family]


@pytest.mark.parametrize("body", [
    "Vesper Hollow Digital has put together a $450 million revolving credit line with Greywell Bank "
    "for chip purchases.",
    "Vesper Hollow Digital runs GPU sites in Arizona. In March it amended a $450m credit facility "
    "with Greywell Bank, a securities filing shows.",
    "Vesper Hollow Digital, a hosting firm, expanded its credit facility with Greywell Bank by "
    "$450 million.",
    "Vesper Hollow Digital said it had extended a two-year, $450 million credit facility with "
    "Greywell Bank until 2030.",
    "Vesper Hollow Digital has put in place with Greywell Bank a revolving facility capped at "
    "$450 million.",
])
def test_bank_in_a_facility_with_it_is_the_lender(tmp_path, body):
    deals = _deals(tmp_path, body, "Facility") + _deals(tmp_path, body, "Loan")
    assert deals, body
    for roles in deals:
        assert roles.get("lender") == ["Greywell Bank"], roles
        assert roles.get("borrower") == ["Vesper Hollow Digital"], roles


@pytest.mark.parametrize("body", [
    "Vesper Hollow Digital obtained equity from Fenmoor Partners, a fund manager, which took 18% "
    "of the company for $240 million.",
    "Vesper Hollow Digital secured equity funding from Fenmoor Partners, an investment firm, in "
    "return for an 18% holding.",
    "Vesper Hollow Digital raised $240 million in equity from Fenmoor Partners, an asset manager, "
    "in its first outside round.",
])
def test_asset_manager_buying_equity_is_the_investor(tmp_path, body):
    deals = _deals(tmp_path, body, "Stake") + _deals(tmp_path, body, "Investment")
    assert deals, body
    for roles in deals:
        assert roles.get("investor") == ["Fenmoor Partners"], roles
        assert roles.get("investee") == ["Vesper Hollow Digital"], roles


@pytest.mark.parametrize("body, family, roles", [
    # the verb states the direction: a bank that borrows from a firm keeps its role
    ("Yelverton Bank borrowed $200 million from Kilbrook Digital, a chipmaker, last year.",
     "Loan", {"lender": ["Kilbrook Digital"], "borrower": ["Yelverton Bank"]}),
    # a firm investing in a fund: "in X" names the investee
    ("Kilbrook Digital invested $50 million in Ravensfold Partners, an asset manager.",
     "Investment", {"investor": ["Kilbrook Digital"], "investee": ["Ravensfold Partners"]}),
    # both sides lenders: no type decides
    ("Yelverton Bank extended a $100 million loan to Ottery Bank.",
     "Loan", {"lender": ["Yelverton Bank"], "borrower": ["Ottery Bank"]}),
])
def test_direction_a_marker_states_is_kept(tmp_path, body, family, roles):
    assert roles in _deals(tmp_path, body, family), _deals(tmp_path, body, family)


@pytest.mark.parametrize("body", [
    "The lenders to Vesper Hollow Digital include Greywell Bank, which is also the facility agent. "
    "The borrower plans a campus in Utah.",
    "Greywell Bank became the largest creditor of the scheme; Vesper Hollow Digital is its borrower.",
    "Greywell Bank, which is now the lead arranger, did not comment on Vesper Hollow Digital.",
])
def test_copula_description_is_no_anaphor(tmp_path, body):
    ents, _ = run(tmp_path, body)
    vesper = [i for i, n in ents.names.items() if n == "Vesper Hollow Digital"]
    assert vesper, ents.names
    assert "Financier" not in ents.types.get(vesper[0], {}), ents.types
