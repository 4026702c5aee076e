"""Issue 10, eighteenth pass: revenue a contract, an order or a backlog is to bring is no metric.

A hosting pact that "could deliver $N in revenue throughout its lifetime", "$N in contracted
revenue", 供货合同对应收入…, 框架协议…贡献…营收: the figure is what a deal is worth in sales over its
life (or work still to deliver), not a firm's revenue for a period. The rule (`contract_revenue`
in metrics.yaml, rules/contract_revenue.py) drops only the amount such a cue governs; a period's
revenue told beside the cue ("revenue climbed to $N on contracted revenue", 第二季度确认订单对应收入N),
another metric (net income) and a revenue figure in another clause stay. Invented sentences and
firms.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(tmp_path, body):
    ents, out = run(tmp_path, body)
    return {(m.name, float(m.value)) for m in out.metrics}


@pytest.mark.parametrize("body, value", [
    ("Brannock Data's sales for the fiscal third quarter came to $640 million. Management said the "
     "hosting pact with Ulveric Labs could deliver $8.5 billion in revenue throughout its lifetime.",
     8.5e9),
    ("Brannock Data's quarterly sales came to $640 million. By the end of September it counted $47 "
     "billion in contracted revenue.", 47e9),
    ("Brannock Data's quarterly sales came to $640 million. Separately, its backlog of unbilled "
     "revenue was at roughly $29 billion.", 29e9),
    ("汀澜云计算上半年实现营业收入26亿元。溯岚智能与汀澜云计算签订的3吉瓦供货合同，对应收入预计达到约315亿元。",
     3.15e10),
    ("汀澜云计算上半年实现营业收入26亿元。据公司公告，这份与霁川科技的框架协议有望为其贡献逾48亿元营收。", 4.8e9),
])
def test_a_deals_revenue_is_no_metric(tmp_path, body, value):
    found = _metrics(tmp_path, body)
    assert ("revenue", value) not in found
    assert any(name == "revenue" for name, _ in found)      # the period's revenue stays


@pytest.mark.parametrize("body, metric", [
    ("For the three months to June, Brannock Data said revenue had risen to $1.9 billion.",
     ("revenue", 1.9e9)),
    ("Brannock Data's revenue for the year came to $760 million after it signed a hosting contract "
     "with Ulveric Labs.", ("revenue", 7.6e8)),
    ("Brannock Data's bookings came to $5 billion in the quarter, most of them contracts over "
     "three years.", ("bookings", 5e9)),
    ("汀澜云计算第三季度营业收入为18亿元，同比增长64%。", ("revenue", 1.8e9)),
    ("在新签合同带动下，汀澜云计算上半年收入达到31亿元。", ("revenue", 3.1e9)),
    # A period's revenue, or another metric, told beside a contracted-revenue cue (reviewer probes,
    # names and figures changed): the cue is where the money came from, not what the amount is.
    ("Marrowind Labs said its quarterly revenue climbed 35% to $1.7 billion on contracted revenue "
     "from hosting deals.", ("revenue", 1.7e9)),
    ("Marrowind Labs' revenue for the year grew to $2.6 billion as contracted revenue from "
     "multi-year deals expanded.", ("revenue", 2.6e9)),
    ("Marrowind Labs booked revenue of $1.15 billion in the quarter, with contracted revenue "
     "accounting for most of it.", ("revenue", 1.15e9)),
    ("Marrowind Labs forecast revenue of $4.4 billion for the year from its backlog of contracted "
     "revenue.", ("revenue", 4.4e9)),
    ("Marrowind Labs said net income rose to $285 million on higher contracted revenue.",
     ("netIncome", 2.85e8)),
    ("霁川科技股份有限公司第二季度确认订单对应收入7亿元。", ("revenue", 7e8)),
])
def test_a_periods_revenue_stays(tmp_path, body, metric):
    assert metric in _metrics(tmp_path, body)
