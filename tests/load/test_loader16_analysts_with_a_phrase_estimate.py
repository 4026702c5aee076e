"""Issue 10, sixteenth pass: an estimate by analysts named with a phrase ("analysts with a
brokerage expect…", "analysts polled by a newswire expect…", "analysts from two banks see…") is
no metric the firm reported or guided, as "analysts expect" is not (`third_party_estimate` in
metrics.yaml). The phrase holds no verb or conjunction: a firm's own figure that analysts pass on
("analysts with X told clients the firm had guided…") stays, and so does a value the firm reported
whatever analysts said of it. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {(ents.names.get(m.firm, m.firm), m.name, float(m.value)) for m in out.metrics}


@pytest.mark.parametrize("body", [
    "Analysts with a Boston brokerage now expect full-year revenue at Velmont Cloud to top "
    "$2.3 billion.",
    "Analysts polled by the Harwick Journal expect Velmont Cloud revenue of $900 million in the "
    "December quarter.",
    "For 2026, analysts at Pennick & Rowe Securities forecast that revenue at Velmont Cloud will "
    "climb to $1.4 billion.",
    "In a poll, analysts surveyed by the Harwick Journal project Velmont Cloud will book $5 billion "
    "of revenue in 2027.",
    "Analysts from two Ohio banks see Velmont Cloud revenue reaching $1.7 billion next year.",
])
def test_analysts_estimate_is_no_metric(tmp_path, body):
    assert not _metrics(tmp_path, body)


@pytest.mark.parametrize("body, value", [
    ("Velmont Cloud's revenue came to $640 million last quarter, and analysts at Pennick & Rowe "
     "Securities called the result strong.", 640e6),
    ("Velmont Cloud's quarterly revenue of $640 million beat analysts.", 640e6),
    ("Analysts with Pennick told clients Velmont Cloud had guided revenue of $2 billion for 2026.",
     2e9),
])
def test_firms_own_value_stays_beside_analysts(tmp_path, body, value):
    assert ("Velmont Cloud", "revenue", value) in _metrics(tmp_path, body)
