"""Review of 77632bc (twenty-fifth pass): an amount after "shares/stake/holding … worth" was made
a holding's value only (``stake_value`` in cues.yaml), so a deal paid in shares ("X agreed to buy
chips from Y, paying with shares worth $2bn", "in exchange for new shares worth $2bn") lost its
price. The rule: shares after with/in/for (what a deal is paid with) are the deal's price; a
holding's value ("whose stake in Z is valued at $2bn") is still no supply deal's figure."""
import pytest

from tests.load.helpers import run


def _supply(out):
    found = [f for f in out.frames if f.family == "Supply"]
    assert len(found) == 1, [(f.family, f.roles, f.figures) for f in out.frames]
    return found[0]


@pytest.mark.parametrize("body", [
    "Harlow Systems agreed to buy chips from Corliss Data, paying with shares worth $2 billion.",
    "Harlow Systems will buy chips from Corliss Data in exchange for new shares worth $2 billion.",
], ids=["paying-with-shares", "in-exchange-for-shares"])
def test_shares_paid_with_are_the_deals_price(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _supply(out).figures["amountUSD"].value == 2_000_000_000


def test_a_holdings_value_is_still_no_supply_figure(tmp_path):
    body = ("Harlow Systems will buy chips from Corliss Data, whose stake in Brenning Power is "
            "valued at $2 billion.")
    ents, out = run(tmp_path, body)
    assert "amountUSD" not in _supply(out).figures
