"""Issue 10, thirteenth pass (English deals): a deal partner told by a possessive role noun ("its
customer", "its biggest customer", "its landlord") is the possessor's other firm in the last deal
told (rules/possessive_partners.py). Not when a name follows, when the noun modifies another
("its largest customer contract"), or inside a quotation. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Brightline Cloud placed a $2.1 billion order for Corvane Semiconductor accelerators. Corvane "
    "Semiconductor has extended a $600 million five-year loan to its customer.",
    "Brightline Cloud placed a $2.1 billion order for Corvane Semiconductor accelerators. To help, "
    "Corvane Semiconductor will lend its biggest customer $600 million.",
    "Corvane Semiconductor agreed to sell $2.1 billion of accelerators to Brightline Cloud. In June "
    "Corvane Semiconductor also provided a $600 million credit facility to its customer.",
])
def test_loan_to_its_customer_is_to_the_buyer_of_the_last_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    loans = [f for f in out.frames if f.family in ("Loan", "Facility")]
    assert loans and all(named_roles(ents, f) == {"lender": ["Corvane Semiconductor"],
                                                  "borrower": ["Brightline Cloud"]} for f in loans)


@pytest.mark.parametrize("body", [
    "Solenne AI committed $3.0 billion to Nordhavn Cloud for 300 megawatts of capacity. Nordhavn "
    "Cloud also took a small stake in its customer, investing $108 million.",
    "Solenne AI committed $3.0 billion to Nordhavn Cloud for 300 megawatts of capacity. As part of "
    "the deal, Nordhavn Cloud bought a 2% stake in its new customer for $108 million.",
    "Solenne AI will rent 300 megawatts of capacity from Nordhavn Cloud. In return Nordhavn Cloud "
    "will invest $108 million in its customer.",
])
def test_stake_in_its_customer_is_in_the_customer_of_the_last_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    equity = [f for f in out.frames if f.family in ("Stake", "Investment")]
    assert len(equity) == 1
    assert named_roles(ents, equity[0]) == {"investor": ["Nordhavn Cloud"],
                                            "investee": ["Solenne AI"]}


@pytest.mark.parametrize("body", [
    "Brightline Cloud placed a $2.1 billion order for Corvane Semiconductor accelerators. Corvane "
    "Semiconductor closed a $600 million loan to fund its largest customer contract.",
    "Brightline Cloud placed a $2.1 billion order for Corvane Semiconductor accelerators. \"Corvane "
    "Semiconductor is lending its customer $600 million,\" an analyst said.",
    "Brightline Cloud placed a $2.1 billion order for Corvane Semiconductor accelerators. Corvane "
    "Semiconductor will lend its customer, Harl Labs, $600 million.",
])
def test_possessive_noun_that_names_no_partner_of_the_last_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not any(set(named_roles(ents, f).get("borrower", [])) == {"Brightline Cloud"}
                   for f in out.frames if f.family in ("Loan", "Facility"))
