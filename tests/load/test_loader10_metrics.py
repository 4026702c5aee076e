"""Issue 10, tenth pass: metrics told in new words — losses, cash burn, periods between the word
and its value, guidance ranges, bookings versus a backlog (invented text and firm names)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import run


def _metrics(ents, out):
    return {(ents.names.get(m.firm), m.name, m.value) for m in out.metrics}


@pytest.mark.parametrize("body, firm, name, value", [
    ("财务数据显示，岚峰科技前三季度营业收入9.4亿元，归母净利润亏损2.3亿元。",
     "岚峰科技", "netIncome", Decimal("-230000000")),
    ("岚峰科技公告称，上半年净利润为-1.6亿元，亏损幅度收窄。", "岚峰科技", "netIncome",
     Decimal("-160000000")),
    ("Corwin Cloud said its net income was a loss of $52 million for the quarter.",
     "Corwin Cloud", "netIncome", Decimal("-52000000")),
    ("Corwin Cloud reported net income of -$41 million in the quarter.", "Corwin Cloud",
     "netIncome", Decimal("-41000000")),
    ("岚峰科技上半年经营利润亏损0.8亿元。", "岚峰科技", "operatingIncome", Decimal("-80000000")),
])
def test_a_loss_told_after_the_metric_word_or_by_a_minus_sign_is_negative(tmp_path, body, firm,
                                                                          name, value):
    ents, out = run(tmp_path, body)
    assert (firm, name, value) in _metrics(ents, out)


@pytest.mark.parametrize("body", [
    "岚峰科技上半年归母净利润扭亏为盈至1.2亿元。",
    "Corwin Cloud said net income swung to a profit of $30 million.",
])
def test_a_loss_turned_into_a_profit_stays_positive(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert all(m.value > 0 for m in out.metrics if m.name == "netIncome")
    assert [m for m in out.metrics if m.name == "netIncome"]


@pytest.mark.parametrize("body, value", [
    ("He said Tamber Labs expects to burn about $2.5 billion of cash this year.",
     Decimal("2500000000")),
    ("Tamber Labs will burn roughly $900 million next year, its finance chief said.",
     Decimal("900000000")),
    ("Tamber Labs could burn $1.2 billion before it turns a profit.", Decimal("1200000000")),
])
def test_cash_burn_told_by_the_verb_burn(tmp_path, body, value):
    ents, out = run(tmp_path, body)
    assert ("Tamber Labs", "cashBurn", value) in _metrics(ents, out)


@pytest.mark.parametrize("body, name, value", [
    ("Osric Compute said revenue for the third quarter reached $1.26 billion.", "revenue",
     Decimal("1260000000")),
    ("Osric Compute said revenue in the three months to June totalled $740 million.", "revenue",
     Decimal("740000000")),
    ("Osric Compute said gross margin for the fiscal second quarter came in at 47%.",
     "grossMargin", Decimal("47")),
])
def test_a_period_between_the_metric_word_and_its_verb_does_not_part_them(tmp_path, body, name,
                                                                           value):
    ents, out = run(tmp_path, body)
    assert ("Osric Compute", name, value) in _metrics(ents, out)


@pytest.mark.parametrize("body", [
    "Osric Compute guided fourth-quarter revenue to between $1.4 billion and $1.5 billion.",
    "Osric Compute expects revenue of $2.0 billion to $2.2 billion next year.",
    "Osric Compute forecast full-year revenue in a range of $5 billion to $5.5 billion.",
])
def test_a_guidance_range_is_no_metric_value(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not [m for m in out.metrics if m.name == "revenue"]


@pytest.mark.parametrize("body, kept, dropped", [
    ("Vantor Cloud said bookings reached $6.1 billion in the quarter, and remaining performance "
     "obligations swelled to $24 billion.", Decimal("6100000000"), Decimal("24000000000")),
    ("Vantor Cloud's new bookings were $3.3 billion, taking its backlog to $19 billion.",
     Decimal("3300000000"), Decimal("19000000000")),
    ("本季度，衡川科技新签合同金额88亿元，期末在手订单约260亿元。", Decimal("8800000000"),
     Decimal("26000000000")),
])
def test_bookings_of_the_period_win_over_a_backlog_in_the_same_sentence(tmp_path, body, kept,
                                                                         dropped):
    ents, out = run(tmp_path, body)
    values = {m.value for m in out.metrics if m.name == "bookings"}
    assert kept in values and dropped not in values


def test_a_backlog_alone_is_no_bookings(tmp_path):
    # a backlog is work still to deliver, no metric of the ontology (issue 10, seventeenth pass)
    ents, out = run(tmp_path, "Vantor Cloud said remaining performance obligations rose to "
                    "$40 billion.")
    assert not [m for m in _metrics(ents, out) if m[1] == "bookings"]


@pytest.mark.parametrize("body", [
    "Last quarter Corrie Semiconductor's gross margin was 52%, a level we expect to ease toward 50%.",
    "Corrie Semiconductor's gross margin was 52% and analysts expect it to slip.",
    "Corrie Semiconductor's gross margin was 52% in June and we estimate a similar level in July.",
])
def test_a_value_told_before_an_estimate_cue_is_still_a_metric(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert ("Corrie Semiconductor", "grossMargin", Decimal("52")) in _metrics(ents, out)


@pytest.mark.parametrize("tail, name", [
    ("财务总监郑雨桐透露，前三季度公司营业收入12.6亿元。", "revenue"),
    ("本季度公司营业收入12.6亿元，同比增长40%。", "revenue"),
    ("据介绍，公司上半年净利润12.6亿元。", "netIncome"),
])
def test_a_bare_company_in_a_firmless_sentence_is_the_article_firm_not_the_last_named(
        tmp_path, tail, name):
    ents, out = run(tmp_path, "云岫科技发布三季报。云岫科技与灵犀模型签署了算力合同。灵犀模型将按月付费。"
                    + tail)
    assert ("云岫科技", name, Decimal("1260000000")) in _metrics(ents, out)
