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
    "Quenby Digital put in place a $300 million revolving credit facility with Harlow Bank to fund "
    "equipment deposits.",
    "Last month Quenby Digital arranged a $300 million revolving credit facility with Harlow Bank, "
    "which will run for five years.",
    "Quenby Digital builds GPU campuses in Ohio. The company has put in place a $300m credit line "
    "with Harlow Bank, it said.",
    "Quenby Digital said on Monday it had put in place a revolving credit facility of $300 million "
    "with Harlow Bank.",
])
def test_bank_in_a_facility_with_it_is_the_lender(tmp_path, body):
    deals = _deals(tmp_path, body, "Facility") + _deals(tmp_path, body, "Loan")
    assert deals, body
    for roles in deals:
        assert roles.get("lender") == ["Harlow Bank"], roles
        assert roles.get("borrower") == ["Quenby Digital"], roles


@pytest.mark.parametrize("body", [
    "Quenby Digital raised equity from Ostrander Partners, an asset manager, which bought a 30% "
    "stake for $600 million.",
    "Last year Quenby Digital raised fresh equity from Ostrander Partners, a private equity firm, "
    "for a 30% stake.",
    "Quenby Digital sold new equity to Ostrander Partners, an asset manager, for $600 million.",
])
def test_asset_manager_buying_equity_is_the_investor(tmp_path, body):
    deals = _deals(tmp_path, body, "Stake") + _deals(tmp_path, body, "Investment")
    assert deals, body
    for roles in deals:
        assert roles.get("investor") == ["Ostrander Partners"], roles
        assert roles.get("investee") == ["Quenby Digital"], roles


@pytest.mark.parametrize("body, family, roles", [
    # the verb states the direction: a bank that borrows from a firm keeps its role
    ("Harlow Bank borrowed $200 million from Quenby Digital, a chipmaker, last year.",
     "Loan", {"lender": ["Quenby Digital"], "borrower": ["Harlow Bank"]}),
    # a firm investing in a fund: "in X" names the investee
    ("Quenby Digital invested $50 million in Ostrander Partners, an asset manager.",
     "Investment", {"investor": ["Quenby Digital"], "investee": ["Ostrander Partners"]}),
    # both sides lenders: no type decides
    ("Harlow Bank extended a $100 million loan to Penwick Bank.",
     "Loan", {"lender": ["Harlow Bank"], "borrower": ["Penwick Bank"]}),
])
def test_direction_a_marker_states_is_kept(tmp_path, body, family, roles):
    assert roles in _deals(tmp_path, body, family), _deals(tmp_path, body, family)


@pytest.mark.parametrize("body", [
    "The loan is led by Harlow Bank, which arranged the deal and is also the largest lender. "
    "Quenby Digital will use it to build a campus.",
    "Harlow Bank is the biggest lender to the project, and Quenby Digital is the borrower.",
    "Penwick Bank, which remains the sole lender, declined to comment on Quenby Digital.",
])
def test_copula_description_is_no_anaphor(tmp_path, body):
    ents, _ = run(tmp_path, body)
    quenby = [i for i, n in ents.names.items() if n == "Quenby Digital"]
    assert quenby, ents.names
    assert "Financier" not in ents.types.get(quenby[0], {}), ents.types
