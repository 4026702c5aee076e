"""A holding told as ownership (issue 10, fifteenth pass): "X keeps 80% of Y", "X retains a 35%
stake in Y", "Y is majority owned by X", "Y, listed since 2021, has been 14% owned by X" are equity
stakes of the owner in the owned firm; a participle phrase between the owner and its verb ("X,
controlled by its founder, keeps …") joins the owner; a holding told after a contract of one of
its firms takes none of that contract's figures. Invented firms and sentences."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import named_roles, run


def _stakes(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(named_roles(ents, f), {k: v.value for k, v in f.figures.items()})
            for f in out.frames if f.family == "Stake"]


@pytest.mark.parametrize("body, investor, investee, percent", [
    ("After the spin-off Quembley Holdings kept roughly 62% of Tarnfield Compute.",
     "Quembley Holdings", "Tarnfield Compute", "62"),
    ("Vossridge Partners, controlled by the Anselm family, keeps 55% of Tarnfield Compute, "
     "filings show.", "Vossridge Partners", "Tarnfield Compute", "55"),
    ("Even after the listing, Quembley Holdings retains a 41% stake in Tarnfield Compute.",
     "Quembley Holdings", "Tarnfield Compute", "41"),
    ("Ollerby Capital will retain a holding of about 18% in Tarnfield Compute once the merger "
     "closes.", "Ollerby Capital", "Tarnfield Compute", "18"),
    ("Tarnfield Compute, listed since 2021, has been roughly 14% owned by Ollerby Capital since "
     "the float.", "Ollerby Capital", "Tarnfield Compute", "14"),
    ("Tarnfield Compute remained majority-owned by Quembley Holdings after the buyout, according "
     "to its annual report.", "Quembley Holdings", "Tarnfield Compute", None),
    ("Since 2023 Tarnfield Compute has been wholly owned by Vossridge Partners.",
     "Vossridge Partners", "Tarnfield Compute", None),
])
def test_holding_told_as_ownership_is_a_stake(tmp_path, body, investor, investee, percent):
    found = _stakes(tmp_path, body)
    roles = {"investor": [investor], "investee": [investee]}
    assert any(r == roles and (percent is None or f.get("stakePercent") == Decimal(percent))
               for r, f in found), found


@pytest.mark.parametrize("body", [
    # a share of revenue kept is no stake
    "Quembley Holdings keeps 30% of the revenue it books from Tarnfield Compute.",
    # owned by a person: no firm owns it
    "Tarnfield Compute is majority owned by its founder, Ilse Vantorp.",
    # shares kept in the firm's own treasury: no holder firm named before the verb
    "The board said it retains 5% of the shares in reserve.",
])
def test_no_stake_without_a_holder_and_a_held_firm(tmp_path, body):
    assert _stakes(tmp_path, body) == []


def test_holding_after_a_contract_takes_none_of_its_figures(tmp_path):
    body = ("Tarnfield Compute's order book rests on one agreement: a nine-year take-or-pay deal "
            "worth $5 billion with a hyperscaler it does not name. Tarnfield Compute is 12% owned "
            "by Ollerby Capital.")
    found = _stakes(tmp_path, body)
    assert found == [({"investor": ["Ollerby Capital"], "investee": ["Tarnfield Compute"]},
                      {"stakePercent": Decimal("12")})], found


# Review fix: a share of the held firm's own revenue is no stake (keeps/retains N% of Y's …).
@pytest.mark.parametrize("body", [
    "Under the licensing pact Brenlow Systems keeps 20% of Kestrane AI's subscription income "
    "until 2029.",
    "Brenlow Systems retains roughly 15% of Kestrane AI’s gross sales from the hosted models, "
    "the filing says.",
])
def test_share_of_a_firms_revenue_kept_is_no_stake(tmp_path, body):
    assert _stakes(tmp_path, body) == []


# Review fix: an owned-by stake takes no share told of another firm later in the sentence.
@pytest.mark.parametrize("body", [
    "Listed in Oslo since 2021, Kestrane AI is majority owned by Brenlow Systems, which also "
    "owns 10% of Fellmark Labs.",
    "Kestrane AI has been wholly owned by Brenlow Systems since March; the parent keeps a 7% "
    "holding in Fellmark Labs as well.",
    "Kestrane AI is jointly owned by Brenlow Systems. Fellmark Labs took a 9% stake in the "
    "parent last year.",
])
def test_owned_by_stake_takes_no_share_of_another_holding(tmp_path, body):
    found = _stakes(tmp_path, body)
    assert all("stakePercent" not in f for r, f in found
               if r == {"investor": ["Brenlow Systems"], "investee": ["Kestrane AI"]}), found
