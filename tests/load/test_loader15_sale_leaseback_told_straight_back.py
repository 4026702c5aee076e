"""A sale-leaseback told with an adverb before "back" ("agreed to sell N accelerators to Y,
which will rent them straight back"), to a vehicle its manager stands for ("to entities
controlled by Y"), or with the goods named by their maker ("its X-made accelerators") is a lease
from the buyer to the seller, and the sale is no supply deal (issue 10, fifteenth pass). A rent
told a year ("the lease costs X some $45m a year") is no lease's value. Invented firms
and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _deals(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(f.family, named_roles(ents, f), {k: v.value for k, v in f.figures.items()})
            for f in out.frames]


@pytest.mark.parametrize("body", [
    "Kelderwick Cloud, short of cash after a costly build, agreed in March to sell 3,500 "
    "accelerators to Brastow Realty Partners, which will rent them straight back to it for three "
    "years.",
    "To fund a new hall, Kelderwick Cloud plans on selling its cooling plant to Brastow Realty "
    "Partners while leasing it right back under a 20-year deal.",
    "Kelderwick Cloud will sell its Dublin substation to entities controlled by Brastow Realty "
    "Partners for $80 million, renting the substation immediately back.",
    "Kelderwick Cloud is selling its AMD-made accelerators to Brastow Realty Partners, a deal under "
    "which it leases them directly back for four years.",
    "In a filing, Kelderwick Cloud said it had sold 4,000 Nvidia-based racks to a fund advised "
    "by Brastow Realty Partners and leased them back.",
])
def test_sale_leaseback_is_a_lease_not_a_supply(tmp_path, body):
    found = _deals(tmp_path, body)
    assert any(fam == "Lease" and roles == {"lessee": ["Kelderwick Cloud"],
                                            "lessor": ["Brastow Realty Partners"]}
               for fam, roles, _ in found), found
    assert not any(fam in ("Supply", "Compute") for fam, _, _ in found), found


@pytest.mark.parametrize("body", [
    # a plain sale with nothing leased back stays a sale (no lease)
    "Kelderwick Cloud sold 9,000 GPUs to Brastow Realty Partners last quarter.",
    # leased back to the seller by someone else's sale: no adverb makes a lease of a purchase
    "Kelderwick Cloud bought 9,000 GPUs from Brastow Realty Partners and then rented out capacity.",
])
def test_no_leaseback_without_a_lease_back(tmp_path, body):
    assert not any(fam == "Lease" for fam, _, _ in _deals(tmp_path, body)), _deals(tmp_path, body)


def test_rent_a_year_is_no_lease_value(tmp_path):
    body = ("Kelderwick Cloud raised cash by selling a Reno hall to Brastow Realty Partners and "
            "renting it back for 12 years. The lease costs Kelderwick Cloud some $45 million a "
            "year, its filing says.")
    leases = [figs for fam, _, figs in _deals(tmp_path, body) if fam == "Lease"]
    assert leases and all("amountUSD" not in figs for figs in leases), leases
