"""Issue 10, eighteenth pass: revenue a contract, an order or a backlog is to bring is no metric.

"the purchase deal is expected to bring in more than $6 billion of revenue across its term", "a
backlog of contracted revenue of $52 billion", 该合同对应收入约…, 协议预计为公司带来约…收入: the figure is
what a deal is worth in sales over its life (or work still to deliver), not a firm's revenue for a
period. The rule (`contract_revenue` in metrics.yaml, rules/contract_revenue.py) drops a money
metric whose clause tells its revenue that way; it leaves a period's revenue, bookings and a
revenue figure in another clause of the same sentence alone. Invented sentences and firms.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {(m.name, float(m.value)) for m in out.metrics}


@pytest.mark.parametrize("body, value", [
    ("Varnholt Cloud posted third-quarter sales of $1.4 billion. Its chief executive added that the "
     "Pemberline purchase deal is expected to bring in more than $6 billion of revenue across its "
     "term.", 6e9),
    ("Varnholt Cloud reported revenue of $900 million for the quarter; its backlog of contracted "
     "revenue swelled to $52 billion.", 52e9),
    ("Varnholt Cloud reported revenue of $900 million for the quarter. Analysts reckon the Quessel "
     "agreement could yield $3.3 billion in revenue over the contract's full life.", 3.3e9),
    ("鹤汀云计算前三季度营业收入42亿元。按照每吉瓦约90亿元测算，澈川智能的这笔订单对应收入约270亿元。", 2.7e10),
    ("鹤汀云计算前三季度营业收入42亿元。公司表示，与岚峤科技的协议预计将为公司带来约65亿元收入。", 6.5e9),
])
def test_a_deals_revenue_is_no_metric(tmp_path, body, value):
    found = _metrics(tmp_path, body)
    assert ("revenue", value) not in found
    assert any(name == "revenue" for name, _ in found)      # the period's revenue stays


@pytest.mark.parametrize("body, metric", [
    ("Varnholt Cloud said revenue for the quarter rose to $2.7 billion.", ("revenue", 2.7e9)),
    ("Varnholt Cloud signed a contract with Pemberline, and its revenue for the year reached $880 "
     "million.", ("revenue", 8.8e8)),
    ("Varnholt Cloud's bookings came to $5 billion in the quarter, most of them contracts over "
     "three years.", ("bookings", 5e9)),
    ("鹤汀云计算第三季度营业收入为18亿元，同比增长64%。", ("revenue", 1.8e9)),
    ("鹤汀云计算披露，受新签合同推动，公司上半年收入达到31亿元。", ("revenue", 3.1e9)),
])
def test_a_periods_revenue_stays(tmp_path, body, metric):
    assert metric in _metrics(tmp_path, body)
