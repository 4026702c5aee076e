"""Issue 10, seventh pass: contracts told with their value before their counterparty, and
alternatives not taken (invented text)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import named_roles, run


def test_en_contract_worth_an_amount_with_a_customer_is_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "Corvane Cloud, a GPU cloud provider, signed a four-year contract worth "
                    "up to $7.2 billion with Quill Labs, an AI lab, in April.")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"customer": ["Quill Labs"], "provider": ["Corvane Cloud"]}
    assert deal.figures["amountUSD"].value == Decimal("7200000000")
    assert deal.figures["termYears"].value == 4


def test_en_contract_expanded_and_topped_up_keeps_each_amount_but_no_running_total(tmp_path):
    ents, out = run(tmp_path, "Corvane Cloud, a GPU cloud provider, signed a four-year contract worth "
                    "up to $7.2 billion with Quill Labs, an AI lab, in April, expanded it by $2 "
                    "billion in June and added a further agreement valued at up to $1.5 billion, "
                    "lifting the total value of its Quill contracts to about $10.7 billion.")
    amounts = {f.figures["amountUSD"].value for f in out.frames
               if f.family == "Cloud" and "amountUSD" in f.figures}
    assert amounts == {Decimal("7200000000"), Decimal("2000000000"), Decimal("1500000000")}


def test_en_equity_it_would_rather_not_issue_is_no_stake(tmp_path):
    ents, out = run(tmp_path, "Dana Whit, Corvane Cloud's chief executive, has said Corvane Cloud will "
                    "keep raising debt against contracted revenue rather than issue more equity to "
                    "Brisa Silicon.")
    assert not [f for f in out.frames if f.family == "Stake"]
