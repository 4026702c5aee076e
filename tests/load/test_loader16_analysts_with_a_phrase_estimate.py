"""Issue 10, sixteenth pass: an estimate by analysts named with a phrase ("Analysts with a Boston
brokerage expect…", "Analysts polled by the Journal expect…", "Analysts from two banks see…") is
no metric the firm reported or guided, as "analysts expect" is not (`third_party_estimate` in
metrics.yaml). A value the firm reported stays, whatever analysts said of it. Invented sentences and
firms."""
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
    "Analysts at Pennick & Rowe Securities forecast Velmont Cloud revenue of $1.4 billion for 2026.",
    "Analysts surveyed by the Harwick Journal estimate Velmont Cloud's annual revenue at $5 billion.",
    "Analysts from two regional banks see Velmont Cloud revenue reaching $1.7 billion next year.",
])
def test_analysts_estimate_is_no_metric(tmp_path, body):
    assert not _metrics(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Velmont Cloud reported revenue of $640 million, and analysts at Pennick & Rowe Securities "
    "called the result strong.",
    "Velmont Cloud reported revenue of $640 million, beating analysts.",
])
def test_reported_value_stays_beside_analysts(tmp_path, body):
    assert ("Velmont Cloud", "revenue", 640000000.0) in _metrics(tmp_path, body)
