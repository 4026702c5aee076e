"""Issue 10, twenty-fourth pass: buyers of an English bond issue told after it, in wording the
loader missed, are holders of that issue (invented sentences and firms):

- an issue told twice (a run-in headline, then the story: "X sells notes. X Data … sold $N of
  notes on Tuesday") is one issue, and a buyer told after the retelling ("Y bought about $N of the
  issue") is its holder: the retelling, read as the same issue's evidence, is no other issue told
  since (extract._bond_holders);
- a passive whose agent is a described buyer in apposition ("The entire issue was bought by a
  single investor, Y, a private-credit fund", en.bond.bought.by).

A second issue told since, by another firm or by a firm the text does not name, still keeps the
buyer from the first; a buyer that might buy, shares or stock bought by a fund, and a buyer of a
loan are no holders."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _bonds(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(f.is_fact, named_roles(ents, f)) for f in out.frames if f.family == "Bond"]


@pytest.mark.parametrize("body, issuer, holders", [
    ("2. Torvane sells notes; one fund takes a third. Torvane Data, which builds data centres in "
     "Chile, sold $900 million of five-year senior notes on Monday. Kellmoor Asset Management "
     "bought about $300 million of the issue, according to a person who worked on the deal.",
     "Torvane Data", ["Kellmoor Asset Management"]),
    ("Torvane Data is a data centre builder. The company sold $650 million of senior secured "
     "notes due 2032. The entire issue was bought by a single investor, Kellmoor Capital, a "
     "private-credit fund based in Dublin.", "Torvane Data", ["Kellmoor Capital"]),
    ("Torvane Data sold $800 million of bonds last week. The bonds were taken up by a lone buyer, "
     "Kellmoor Capital, according to the filing.", "Torvane Data", ["Kellmoor Capital"]),
], ids=["run-in-headline", "passive-single-investor",
        "passive-lone-buyer"])
def test_a_buyer_told_after_the_issue_is_its_holder(tmp_path, body, issuer, holders):
    bonds = _bonds(tmp_path, body)
    assert any(fact and roles.get("issuer") == [issuer] and sorted(roles.get("holder", [])) == holders
               for fact, roles in bonds), bonds


@pytest.mark.parametrize("body", [
    "Torvane Data sold $900 million of senior notes on Monday. Another operator sold $500 million "
    "of bonds the same day. Kellmoor Capital bought about $300 million of the issue.",
    "Torvane Data sold $900 million of senior notes on Monday. Rivelle Cloud sold $500 million of "
    "notes later that week. Kellmoor Capital bought about $300 million of the issue.",
    "Torvane sells notes. Torvane Data sold $900 million of senior notes on Monday. Kellmoor "
    "Capital said it might buy about $300 million of the issue.",
    "Torvane Data sold $900 million of senior notes on Monday. Its shares were bought by a "
    "single investor, Kellmoor Capital, last year.",
    "Torvane Data sold $900 million of senior notes on Monday. Kellmoor Capital, a Dublin fund, "
    "bought about 5% of the company's stock in June.",
    "Torvane Data sold $900 million of senior notes on Monday. The stock was bought by a large "
    "fund, Kellmoor Capital, analysts said.",
], ids=["unnamed-second-issue", "named-second-issue", "might-buy", "shares-passive",
        "stock-apposition", "stock-passive"])
def test_no_holder_of_the_first_issue(tmp_path, body):
    bonds = _bonds(tmp_path, body)
    assert bonds and not any(roles.get("issuer") == ["Torvane Data"] and roles.get("holder")
                             for _, roles in bonds), bonds
