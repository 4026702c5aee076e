"""Issue 10, fifteenth pass: whose metric a research note's firmless sentence states, and the
English words for a period's bookings. A note's title that opens with a firm and a colon and
ends on its rating action ("X: demand strong, margins thin - reiterate Hold", "…; cut to
Underweight") names the note's firm (`covered_en.rating_title`; not a broker opening the title,
`broker_words`), and a metric told with no firm in such a note is that firm's, not the firm the
sentence before named. "new contracts signed in a period", "new contract signings" and "order
intake" are a period's bookings (the English of 新签合同金额), which win over a backlog told
beside them. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_BODY = ("\n\nWhat we like. Norrow Cloud's anchor deal with Essel Labs looks sound. Essel Labs "
         "has reserved capacity for several years. ")


def _metrics(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {(ents.names.get(m.firm, m.firm), m.name, float(m.value)) for m in out.metrics}


@pytest.mark.parametrize("title, tail, fact", [
    ("Norrow Cloud: strong demand, thin margins - reiterate Hold", "Gross margin was 41% in the "
     "quarter.", ("Norrow Cloud", "grossMargin", 41.0)),
    ("Norrow Cloud: the order book carries the story; maintain Buy", "Revenue reached $2.3 "
     "billion in the quarter.", ("Norrow Cloud", "revenue", 2.3e9)),
    ("Norrow Cloud: capex outruns cash - downgrade to Underweight", "Annualized revenue hit $900 "
     "million by September.", ("Norrow Cloud", "annualizedRevenue", 9e8)),
    ("Norrow Cloud: a cleaner balance sheet, initiate at Overweight", "The quarter's revenue came "
     "in at $610 million.", ("Norrow Cloud", "revenue", 6.1e8)),
    ("Norrow Cloud: funding gap closes - upgrade to Buy", "The gross margin widened to 44%.",
     ("Norrow Cloud", "grossMargin", 44.0)),
])
def test_a_rated_notes_firmless_metric_is_the_notes_firm(tmp_path, title, tail, fact):
    found = _metrics(tmp_path, title + _BODY + tail)
    assert fact in found, found


@pytest.mark.parametrize("title", [
    "Ashby Securities: Norrow Cloud's leases look stretched; lowered to Sell",   # a broker opens it
    "Norrow Cloud: strong demand, thin margins",                             # no rating action
])
def test_no_rated_firm_no_reassignment(tmp_path, title):
    found = _metrics(tmp_path, title + _BODY + "Gross margin was 41% in the quarter.")
    assert ("Norrow Cloud", "grossMargin", 41.0) not in found, found


@pytest.mark.parametrize("sentence, value", [
    ("Norrow Cloud said the value of new contracts signed in the period reached $7.2 billion.", 7.2e9),
    ("Order intake rose to $3.3 billion, Norrow Cloud said.", 3.3e9),
    ("Norrow Cloud's new contract signings totalled $5 billion in the third quarter.", 5e9),
    ("At Norrow Cloud, contracts signed in the half amounted to $2.8 billion.", 2.8e9),
    ("Norrow Cloud reported order intake of $4.1 billion and a backlog of $30 billion.", 4.1e9),
])
def test_new_contracts_signed_in_a_period_are_bookings(tmp_path, sentence, value):
    found = _metrics(tmp_path, sentence)
    assert ("Norrow Cloud", "bookings", value) in found, found
    assert ("Norrow Cloud", "bookings", 30e9) not in found, found


def test_contracts_signed_with_a_customer_are_no_bookings(tmp_path):
    found = _metrics(tmp_path, "Norrow Cloud has signed contracts worth $3 billion with Essel Labs.")
    assert not any(name == "bookings" for _, name, _ in found), found
