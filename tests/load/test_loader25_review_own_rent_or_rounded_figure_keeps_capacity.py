"""Review of 8e2a73d (twenty-fifth pass): a sentence going on about a deal whose dollar amounts
are none of the deal's figure was read as sizing something else, so the deal lost the capacity
and term the sentence gives. But a payment a year ("with X paying about $4bn a year", 每年支付约
40亿美元) is the deal's own rent, and the deal's figure told again rounded ("The contract, worth
about $22bn" after $22.4bn) is its own figure. The rule (``_others_size`` in rules/extract.py):
amounts told a year are no other thing's size, and an amount within a tenth of the deal's own is
the deal's. A sum of other commitments still takes the capacity away."""
import pytest

from tests.load.helpers import run

DEAL = "Corliss Data signed a $22.4 billion cloud computing contract with Harlow Cloud. "


def _cloud(out):
    found = [f for f in out.frames if f.family == "Cloud"]
    assert found, [(f.family, f.roles, f.figures) for f in out.frames]
    return found[0]


@pytest.mark.parametrize("second", [
    "The contract covers about 4.5 gigawatts, with Corliss Data paying about $4 billion a year.",
    "The contract, worth about $22 billion, covers 4.5 gigawatts.",
], ids=["rent-a-year", "own-figure-rounded"])
def test_the_deals_own_money_leaves_it_its_capacity(tmp_path, second):
    ents, out = run(tmp_path, DEAL + second)
    assert _cloud(out).figures["capacityGW"].value == 4.5


def test_a_sum_of_other_commitments_still_takes_it(tmp_path):
    second = ("The contract is the latest in a string of commitments that add up to about "
              "$900 billion, covering roughly 20 gigawatts.")
    ents, out = run(tmp_path, DEAL + second)
    assert "capacityGW" not in _cloud(out).figures
