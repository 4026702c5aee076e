"""Issue 10, eighth pass: contracts a firm counts first and then tells one by one by their
counterparties, each with its own figure (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_INTRO = "Corra Cloud, a cloud provider, has raised a $2bn loan from Harwick Bank. "


@pytest.mark.parametrize("body", [
    "Since June the cloud provider has signed three capacity contracts. The largest, with Ardis "
    "Labs, is worth $3.2bn and runs for five years; Pinecrest AI signed for $1.8bn and Tollen AI "
    "for $900mn.",
    "Corra Cloud has struck three new compute deals this year. The biggest, with Ardis Labs, is "
    "worth $3.2 billion over five years. Pinecrest AI signed for $1.8 billion, and Tollen AI for "
    "$900 million.",
])
def test_counted_capacity_contracts_told_by_their_customers(tmp_path, body):
    ents, out = run(tmp_path, _INTRO + body)
    deals = {tuple(named_roles(ents, f)["customer"]): f for f in out.frames if f.family == "Cloud"}
    assert set(deals) == {("Ardis Labs",), ("Pinecrest AI",), ("Tollen AI",)}
    assert all(named_roles(ents, f)["provider"] == ["Corra Cloud"] for f in deals.values())
    assert deals[("Ardis Labs",)].figures["amountUSD"].value == 3_200_000_000
    assert deals[("Ardis Labs",)].figures["termYears"].value == 5
    assert deals[("Tollen AI",)].figures["amountUSD"].value == 900_000_000


def test_a_firm_named_without_its_own_figure_after_a_count_is_no_deal(tmp_path):
    ents, out = run(tmp_path, _INTRO + "Since June the cloud provider has signed three capacity "
                    "contracts. Analysts at Ardis Labs, an AI lab, called them a bet worth watching.")
    assert not [f for f in out.frames if f.family == "Cloud"]
