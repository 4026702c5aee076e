"""Issue 10, sixteenth pass: recaps tell a second investor of the same firm with its own amount and
no verb of its own ("… into Y, and Z up to $5bn", "… in Y while Z about €2bn") or after
"alongside … from Z"; the first investor's money "committed … to Y, alongside …" is an investment
too. Each investor gets its own amount. Not for a loan told so, a clause with no investor, or money
committed to a firm with no "alongside" (invented sentences and firms)."""
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
    ("Halbury Capital will invest $800 million in Tesmond AI, and Quarrow Partners about "
     "$300 million.", ("Halbury Capital", 800e6), ("Quarrow Partners", 300e6), "Tesmond AI"),
    ("The split was uneven: Ostler Fund put $1.5 billion into Vaynor Labs and Brenmoor Capital "
     "another $400 million.", ("Ostler Fund", 1.5e9), ("Brenmoor Capital", 400e6), "Vaynor Labs"),
    ("Kettering Ventures committed $750 million to Ruskin AI, alongside roughly $250 million from "
     "Pallot Capital, as a filing shows.", ("Kettering Ventures", 750e6),
     ("Pallot Capital", 250e6), "Ruskin AI"),
    ("Pendrake Fund is putting $600 million into Larkin Data, while Osgood Capital about "
     "$200 million, people familiar said.", ("Pendrake Fund", 600e6), ("Osgood Capital", 200e6),
     "Larkin Data"),
    ("Sellick Capital commits up to $3 billion to Harwell Labs, alongside up to $1 billion from "
     "Torvane Fund, once regulators sign off.", ("Sellick Capital", 3e9), ("Torvane Fund", 1e9),
     "Harwell Labs"),
])
def test_second_investor_told_without_a_verb_has_its_own_amount(tmp_path, body, first, second,
                                                                investee):
    found = _investments(tmp_path, body)
    assert _amount(found, first[0], investee) == first[1]
    assert _amount(found, second[0], investee) == second[1]


@pytest.mark.parametrize("body", [
    # a loan told so is no investment
    "Halbury Bank lent $800 million to Tesmond AI, alongside $300 million from Quarrow Bank.",
    # no investor after "and"
    "Halbury Capital will invest $800 million in Tesmond AI, and shares of the fund rose 4%.",
    # money committed to a provider with no "alongside": a purchase, no investment
    "Ruskin AI committed $750 million to Pallot Cloud over five years for GPU capacity.",
])
def test_no_second_investor_without_an_investment_told(tmp_path, body):
    found = _investments(tmp_path, body)
    assert not any(r.get("investor") in (["Quarrow Bank"], ["Ruskin AI"]) for r, _ in found), found
    assert len(found) <= 1, found
