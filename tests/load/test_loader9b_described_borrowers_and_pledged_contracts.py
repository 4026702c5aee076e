"""Issue 10, ninth pass (financing, second round): a borrower told with its legal form and a
described apposition before the borrowing verb; a customer contract pledged for a loan is not the
borrower's stake in the same customer; assets collateralized together with that contract.
Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("sentence, amount", [
    ("Brisk Cloud Inc., the GPU cloud operator that listed in Oslo last year, has lined up $2.4 billion of debt "
     "to buy chips.", 2_400_000_000),
    ("Brisk Cloud, a neocloud backed by two pension funds, secured a $900 million term loan on Monday.", 900_000_000),
    ("Brisk Cloud Corp., the data centre builder, has raised $1.1 billion of secured debt to fund its campus.",
     1_100_000_000),
])
def test_en_borrower_with_legal_form_and_apposition(tmp_path, sentence, amount):
    ents, out = run(tmp_path, sentence)
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0])["borrower"] == ["Brisk Cloud"]
    assert loans[0].figures["amountUSD"].value == amount


_STORY = ("Brisk Cloud has lined up $2.4 billion of debt to buy chips for Vellum AI and agreed to take a stake "
          "of about 2% in the model developer for $300 million. The loan was arranged by Tarrow Bank. "
          "{secured} "
          "That contract runs for five years. Vellum AI, a model developer, will pay Brisk Cloud as much as "
          "$6 billion over its life for dedicated computing capacity.")


@pytest.mark.parametrize("secured", [
    "It is collateralized by the accelerators Brisk will buy and by the company's customer contract with Vellum AI.",
    "The lenders' security is the servers Brisk buys together with its capacity contract with Vellum AI.",
    "It is backed by the chips it will buy and by its customer agreement with Vellum AI.",
])
def test_pledged_customer_contract_is_not_the_stake_in_that_customer(tmp_path, secured):
    ents, out = run(tmp_path, _STORY.format(secured=secured))
    loan = next(f for f in out.frames if f.family == "Loan")
    deals = [c for c in loan.collateral if not isinstance(c, tuple)]
    assert [d.family for d in deals] == ["Cloud"]
    assert any(isinstance(c, tuple) and c[1] == "GPUFleet" for c in loan.collateral)
