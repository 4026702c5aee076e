"""Issue 10, twenty-fifth pass: a span of years counted back from now or from an event ("a firm
that did not exist four years ago", "two years earlier", 两年前, 三年以前) is a point in time, no
duration, so it is never a deal's term: a years quantity right before ago / earlier (前, 以前,
之前 in Chinese) is no quantity at all (kg/load/text/numbers.py, ``years_ago`` in units.yaml).
A term told beside it ("a five-year facility", 期限5年) is still read, and so is a year-like
number before 前 (2027年前 stays a date, not a count of years)."""
import pytest

from kg.load.text.numbers import find_durations
from tests.load.helpers import run


@pytest.mark.parametrize("text", [
    "Brindlewood Compute, a lender that did not exist four years ago, signed the loan.",
    "Two years earlier the partners had met in Oslo.",
    "岚川科技早在两年前就已入股沐云数据。",
    "沐云数据三年以前曾向岚川科技采购服务器。",
    "五年之前，双方首次合作。",
], ids=["en-ago", "en-earlier", "zh-qian", "zh-yiqian", "zh-zhiqian"])
def test_years_counted_back_are_no_duration(text):
    assert find_durations(text) == []


@pytest.mark.parametrize("text, value", [
    ("Harlow Bank provided a five-year facility.", 5),
    ("The loan runs for three years.", 3),
    ("贷款期限5年，可分次提款。", 5),
    ("双方签订为期三年的算力服务合同，前两年价格固定。", 3),
], ids=["en-five-year", "en-runs-for", "zh-qixian", "zh-qian-later"])
def test_a_term_is_still_a_duration(text, value):
    assert find_durations(text)[0].value == value


def test_a_years_ago_clause_gives_no_term_to_the_deal(tmp_path):
    ents, out = run(tmp_path, "Brindlewood Cloud, a GPU renter that did not exist three years "
                              "ago, this week closed a $900 million credit facility with Harlow "
                              "Bank.")
    deals = [f for f in out.frames if f.family != "Move"]
    assert deals and all("termYears" not in f.figures for f in deals)


def test_a_years_ago_stake_gives_no_term_zh(tmp_path):
    ents, out = run(tmp_path, "岚川半导体早在三年前就已入股沐云科技，目前持股约6%，是后者第二大股东。",
                    language="zh")
    deals = [f for f in out.frames if f.family != "Move"]
    assert deals and all("termYears" not in f.figures for f in deals)
