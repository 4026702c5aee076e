"""Issue 10, seventeenth pass: a backlog is no bookings metric. Remaining performance obligations
(RPO), an order backlog, 剩余履约义务, 在手订单 and 积压订单 are a stock of work still to deliver,
which has no metric name in the ontology; bookings are the contracts signed in a period (or the
orders a firm reports). The old gold of the corpus (03, 11) and dev4 zh-03 read Oracle's RPO as
bookings while every set from dev5 on leaves a backlog out; the gold was settled on the later
convention and the backlog words left `bookings` in metrics.yaml. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _bookings(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {(ents.names.get(m.firm, m.firm), float(m.value)) for m in out.metrics if m.name == "bookings"}


@pytest.mark.parametrize("body", [
    "Tarrowby Cloud's remaining performance obligations climbed 212% to $61 billion, it said on Tuesday.",
    "At the end of the quarter, Tarrowby Cloud reported RPO of $27.5 billion.",
    "The order backlog at Tarrowby Cloud stood at $8.8 billion in September.",
    "Tarrowby Cloud said its backlog had swelled to $13 billion, most of it from two labs.",
    "鹭汀云科技披露，截至9月末其剩余履约义务达到390亿美元，同比增长近三倍。",
    "截至三季度末，鹭汀云科技在手订单约47亿美元。",
    "鹭汀云科技积压订单规模已超过18亿美元。",
])
def test_a_backlog_is_no_bookings(tmp_path, body):
    assert not _bookings(tmp_path, body)


@pytest.mark.parametrize("body, value", [
    ("Tarrowby Cloud's bookings rose to $4.6 billion in the quarter.", 4.6e9),
    ("Tarrowby Cloud reported bookings of $2.2 billion, while its backlog reached $19 billion.", 2.2e9),
    ("鹭汀云科技本季度新签合同金额36亿美元。", 3.6e9),
])
def test_bookings_of_a_period_stay(tmp_path, body, value):
    assert ("Tarrowby Cloud" if "Tarrowby" in body else "鹭汀云科技", value) in _bookings(tmp_path, body)
