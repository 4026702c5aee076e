"""Issue 10, sixteenth pass: recaps tell a second investor of the same firm with its own amount and
no verb of its own (gapping: "… into Y, and Z a further $N", "… into Y while Z some $N") or after
"alongside $N (of equity) from Z"; the first investor's money "committed … to Y, alongside $N from
Z" is an investment too. Each investor gets its own amount. Not for a loan told so, a clause with
no investor or no amount right after it, an amount Z has elsewhere ("$N in W", "$N in revenue"),
debt from Z, or money committed with no "alongside … from" (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _investments(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(named_roles(ents, f), f.figures.get("amountUSD")) for f in out.frames
            if f.family in ("Investment", "Stake")]


def _amount(found, investor, investee):
    for roles, amount in found:
        if roles.get("investor") == [investor] and roles.get("investee") == [investee]:
            return amount.value if amount is not None else None
    raise AssertionError(found)


@pytest.mark.parametrize("body, first, second, investee", [
    ("In the round, Halbury Capital poured $800 million into Tesmond AI, and "
     "Quarrow Partners a further $300 million.", ("Halbury Capital", 800e6),
     ("Quarrow Partners", 300e6), "Tesmond AI"),
    ("Ostler Fund is injecting $90 million into Vaynor Labs while Brenmoor Capital some "
     "$35 million, the filing says.", ("Ostler Fund", 90e6), ("Brenmoor Capital", 35e6),
     "Vaynor Labs"),
    ("In March, Sellick Capital commits as much as $400 million to Harwell Labs, alongside about "
     "$120 million from Torvane Fund.", ("Sellick Capital", 400e6), ("Torvane Fund", 120e6),
     "Harwell Labs"),
    ("Pendrake Fund injected $600 million into Larkin Data and Osgood Capital another $200 million.",
     ("Pendrake Fund", 600e6), ("Osgood Capital", 200e6), "Larkin Data"),
])
def test_second_investor_told_without_a_verb_has_its_own_amount(tmp_path, body, first, second,
                                                                investee):
    found = _investments(tmp_path, body)
    assert _amount(found, first[0], investee) == first[1]
    assert _amount(found, second[0], investee) == second[1]


@pytest.mark.parametrize("body, not_investor", [
    # a loan told so is no investment
    ("Halbury Bank lent $800 million to Tesmond AI, alongside $300 million from Quarrow Bank.",
     "Quarrow Bank"),
    # debt from the second firm is no investment
    ("Harlow Capital committed $2 billion to Tesmond AI, alongside $1 billion of debt from "
     "Quarrow Bank.", "Quarrow Bank"),
    # no investor after "and"
    ("Halbury Capital will invest $800 million in Tesmond AI, and shares of the fund rose 4%.",
     None),
    # money committed to a provider with no "alongside": a purchase, no investment
    ("Ruskin AI committed $750 million to Pallot Cloud over five years for GPU capacity.",
     "Ruskin AI"),
    # "alongside" with no money from a firm: no investment
    ("Ruskin AI committed $750 million to Pallot Cloud, alongside its existing contracts with "
     "Quarrow Cloud.", "Ruskin AI"),
    # no amount right after the second firm
    ("Harlow Capital invested $500 million in Tesmond AI and Quarrow Partners about a year ago.",
     "Quarrow Partners"),
    # the second firm's amount is its revenue
    ("Harlow Capital invested $400 million in Tesmond AI, while Quarrow Partners some $2 billion "
     "in revenue is expected.", "Quarrow Partners"),
])
def test_no_second_investor_without_an_investment_told(tmp_path, body, not_investor):
    found = _investments(tmp_path, body)
    assert not any(r.get("investor") == [not_investor] for r, _ in found), found
    assert len(found) <= 1, found
