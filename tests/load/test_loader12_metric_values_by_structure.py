"""Issue 10, twelfth pass (metrics on fresh text): a value told before its metric word with
"of"/"in" ("$4.3bn of revenue and $2.5bn of cash burned") is that word's even when another
metric's value follows; an aside set off by commas between a metric word and the verb giving its
value ("Revenue, reported last month, was $96m") breaks no clause; a metric in euros keeps its
euros unless a dollar conversion is told with it (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(ents, out):
    return sorted((ents.names.get(m.firm, m.firm), m.name, float(m.value), m.unit) for m in out.metrics)


@pytest.mark.parametrize("body, expected", [
    ("In the first half Corvane Labs booked $4.3 billion of revenue and burned $2.5 billion of cash.",
     [("Corvane Labs", "revenue", 4.3e9, "USD"), ("Corvane Labs", "cashBurn", 2.5e9, "USD")]),
    ("In the three months to August the unit produced about $900 million of revenue and $125 million "
     "of gross profit, Helmark Cloud said.",
     [("Helmark Cloud", "revenue", 9e8, "USD"), ("Helmark Cloud", "grossProfit", 1.25e8, "USD")]),
    ("Helmark Cloud made $2 billion in quarterly sales and $300 million of net income.",
     [("Helmark Cloud", "revenue", 2e9, "USD"), ("Helmark Cloud", "netIncome", 3e8, "USD")]),
])
def test_value_before_its_metric_word_with_of_keeps_that_word(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _metrics(ents, out) == sorted(expected)


def test_word_naming_the_figure_after_it_still_wins_without_of(tmp_path):
    ents, out = run(tmp_path, "Corvane Labs has commitments of $1.4 trillion against revenue of about $13 billion.")
    assert _metrics(ents, out) == [("Corvane Labs", "revenue", 1.3e10, "USD")]


@pytest.mark.parametrize("body, expected", [
    ("Helmark Cloud met its targets. Quarterly revenue, reported separately last month, was $96 million.",
     [("Helmark Cloud", "revenue", 9.6e7, "USD")]),
    ("Helmark Cloud's net income, helped by a tax credit, came in at $40 million.",
     [("Helmark Cloud", "netIncome", 4e7, "USD")]),
    ("Revenue at Helmark Cloud, which reports in dollars, reached $1.1 billion.",
     [("Helmark Cloud", "revenue", 1.1e9, "USD")]),
])
def test_aside_between_metric_word_and_its_verb_breaks_no_clause(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _metrics(ents, out) == sorted(expected)


def test_aside_does_not_join_a_deal_amount_to_a_metric(tmp_path):
    ents, out = run(tmp_path, "Helmark Cloud said revenue, which it did not break out, rose sharply, "
                              "and it signed a $5 billion contract with Corvane Labs.")
    assert [m for m in out.metrics if m.name == "revenue"] == []


@pytest.mark.parametrize("body, expected", [
    ("Nordvik Data AS said third-quarter revenue was €212 million, with a gross margin of 48%. "
     "Net income was €19 million.",
     [("Nordvik Data AS", "revenue", 2.12e8, "EUR"), ("Nordvik Data AS", "grossMargin", 48.0, "percent"),
      ("Nordvik Data AS", "netIncome", 1.9e7, "EUR")]),
    ("Helmark Cloud's revenue rose to 1.3 billion euros in the quarter.",
     [("Helmark Cloud", "revenue", 1.3e9, "EUR")]),
    ("墨川科技第三季度营收为3.2亿欧元，净利润为4000万欧元。",
     [("墨川科技", "revenue", 3.2e8, "EUR"), ("墨川科技", "netIncome", 4e7, "EUR")]),
    ("Helmark Cloud said revenue was €1.3 billion ($1.5 billion) in the quarter.",
     [("Helmark Cloud", "revenue", 1.5e9, "USD")]),
])
def test_metric_in_euros_keeps_euros_unless_converted(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _metrics(ents, out) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("墨川科技称，今年前三季度公司现金消耗约9亿元，同比减少。", [("墨川科技", "cashBurn", 9e8, "CNY")]),
    ("墨川科技今年烧钱约12亿元。", [("墨川科技", "cashBurn", 1.2e9, "CNY")]),
    ("Helmark Cloud burned 2 billion yuan in the first half.", [("Helmark Cloud", "cashBurn", 2e9, "CNY")]),
])
def test_cash_burn_in_yuan_is_a_metric(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _metrics(ents, out) == sorted(expected)
