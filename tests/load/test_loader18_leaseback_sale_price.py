"""Issue 10, eighteenth pass: the price of a sale-leaseback's sale, told with "for" right before
the amount ("sold … to X for about $640m and leased it back"), is the lease's amount
(``rules/leasebacks.py``, ``leaseback_price`` in lexicon/cues.yaml; the later gold sets carry the
sale price on the one lease). Any other amount of the sentence stays off the lease: a loan the
seller also took, proceeds that repay a debt. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _lease(tmp_path, body):
    ents, out = run(tmp_path, body)
    leases = [f for f in out.frames if f.family == "Lease"]
    assert len(leases) == 1, [(f.family, f.roles) for f in out.frames]
    amount = leases[0].figures.get("amountUSD")
    return None if amount is None else int(amount.value)


@pytest.mark.parametrize("body, amount", [
    ("Corvell Data sold its Ilsworth campus to Brightholm Partners for about $640 million and "
     "leased it back for twelve years.", 640_000_000),
    ("Maraval Cloud sold 9,000 accelerators to Ferrowell Capital, a credit fund, for $380 million "
     "and is leasing them back over three years.", 380_000_000),
    ("To raise cash, Wyncombe Compute will sell two halls to Alderic Realty Trust for $1.35 billion "
     "and lease them back.", 1_350_000_000),
])
def test_the_sale_price_is_the_leaseback_amount(tmp_path, body, amount):
    assert _lease(tmp_path, body) == amount


@pytest.mark.parametrize("body", [
    "Corvell Data sold its Ilsworth campus to Brightholm Partners and leased it back; the proceeds "
    "repay a $300 million loan.",
    "Maraval Cloud sold its GPUs to Ferrowell Capital and leased them back, and separately drew "
    "$250 million under a revolver.",
    # "for $N" after another verb than the sale's: no price of the sale
    "Varnholt AI sold its Dunmere campus to Kelbrook Partners and leased it back, paying for $410 "
    "million of upgrades from the proceeds.",
])
def test_another_amount_is_no_leaseback_amount(tmp_path, body):
    assert _lease(tmp_path, body) is None


def test_an_earlier_purchase_price_is_no_second_lease(tmp_path):
    body = ("Varnholt AI sold its Dunmere campus to Kelbrook Partners for $2.3 billion and leased it "
            "back, after buying it in 2021 for $850 million.")
    assert _lease(tmp_path, body) == 2_300_000_000

