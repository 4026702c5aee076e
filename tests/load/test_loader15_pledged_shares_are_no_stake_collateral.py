"""Shares pledged for a financing are an asset, not the holder's stake told before (issue 10,
fifteenth pass): a financing backed by a contract and by X shares its parent Y has charged,
after "Y owns 70% of X", is secured by shares, not by Y's stake deal. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, run

_STAKE = "Brindlecombe Holdings owns 70% of Ostgard Compute. "


@pytest.mark.parametrize("body", [
    "Ostgard Compute borrowed $500 million from Tamsett Bank. The loan is backed by the grid "
    "contract and by a charge over all Ostgard shares its parent Brindlecombe Holdings owns.",
    "Ostgard Compute took a $500 million loan from Tamsett Bank, backed by its offtake agreement "
    "and by Ostgard shares that Brindlecombe Holdings pledged.",
    "Ostgard Compute borrowed $500 million from Tamsett Bank. Its hosting contracts, and the "
    "Ostgard shares Brindlecombe Holdings pledged, secure the loan.",
    "Ostgard Compute borrowed $500 million from Tamsett Bank; the lender is secured by customer "
    "contracts and by Ostgard shares pledged by Brindlecombe Holdings.",
    "Ostgard Compute borrowed $500 million from Tamsett Bank. The borrowing is collateralised "
    "with rental contracts and with whatever shares Brindlecombe Holdings keeps in Ostgard.",
])
def test_pledged_shares_secure_no_stake_deal(tmp_path, body):
    _, out = run(tmp_path, _STAKE + body)
    loans = financings(out)
    assert loans, out.frames
    assert not any(getattr(c, "family", None) == "Stake" for f in loans for c in f.collateral), \
        [f.collateral for f in loans]
