"""Absolute and relative dates, Chinese and English (kg.load.text.dates)."""
from __future__ import annotations

import time
from datetime import date

import pytest

from kg.load.text.dates import DateMention, find_dates

REF = date(2025, 10, 15)           # a Wednesday
d = date


def one(text, ref=REF) -> DateMention:
    found = find_dates(text, ref)
    assert len(found) == 1, found
    return found[0]


# (text, expected value, precision, relative) with REF as the reference date.
CASES = [
    # Chinese, absolute.
    ("2025年9月22日", d(2025, 9, 22), "day", False),
    ("2025年9月22号", d(2025, 9, 22), "day", False),
    ("二〇二五年九月二十二日", d(2025, 9, 22), "day", False),
    ("2025年10月", d(2025, 10, 1), "month", False),
    ("2025年10月份", d(2025, 10, 1), "month", False),
    ("2024年4月初", d(2024, 4, 1), "month", False),
    ("2027年", d(2027, 1, 1), "year", False),
    ("2026财年", d(2026, 1, 1), "year", False),
    ("2026年下半年", d(2026, 7, 1), "half", False),
    ("2026年上半年", d(2026, 1, 1), "half", False),
    ("2029年底", d(2029, 12, 1), "month", False),
    ("2026年初", d(2026, 1, 1), "month", False),
    ("2025年第三季度", d(2025, 7, 1), "quarter", False),
    ("2025年三季度", d(2025, 7, 1), "quarter", False),
    # Chinese, year from the reference.
    ("9月22日", d(2025, 9, 22), "day", True),
    ("十月六日", d(2025, 10, 6), "day", True),
    ("9月初", d(2025, 9, 1), "month", True),
    ("9月上旬", d(2025, 9, 1), "month", True),
    ("9月中旬", d(2025, 9, 11), "month", True),
    ("9月下旬", d(2025, 9, 21), "month", True),
    ("9月底", d(2025, 9, 21), "month", True),
    ("八月", d(2025, 8, 1), "month", True),
    ("12月", d(2025, 12, 1), "month", True),
    ("第三季度", d(2025, 7, 1), "quarter", True),
    ("今年9月", d(2025, 9, 1), "month", True),
    ("去年12月3日", d(2024, 12, 3), "day", True),
    ("明年下半年", d(2026, 7, 1), "half", True),
    ("下半年", d(2025, 7, 1), "half", True),
    ("今年初", d(2025, 1, 1), "month", True),
    # Chinese deictic words.
    ("今天", d(2025, 10, 15), "day", True),
    ("昨天", d(2025, 10, 14), "day", True),
    ("前天", d(2025, 10, 13), "day", True),
    ("明天", d(2025, 10, 16), "day", True),
    ("上周", d(2025, 10, 8), "week", True),
    ("本周", d(2025, 10, 15), "week", True),
    ("上个月", d(2025, 9, 1), "month", True),
    ("上月", d(2025, 9, 1), "month", True),
    ("今年", d(2025, 1, 1), "year", True),
    ("去年", d(2024, 1, 1), "year", True),
    ("明年", d(2026, 1, 1), "year", True),
    ("上季度", d(2025, 7, 1), "quarter", True),
    ("9月中国市场", d(2025, 9, 1), "month", True),
    ("周二", d(2025, 10, 14), "day", True),
    ("周三", d(2025, 10, 15), "day", True),           # the same day counts
    ("星期四", d(2025, 10, 9), "day", True),
    ("上周一", d(2025, 10, 6), "day", True),
    ("本周一", d(2025, 10, 13), "day", True),
    ("下周五", d(2025, 10, 24), "day", True),
    ("三天前", d(2025, 10, 12), "day", True),
    ("两个月前", d(2025, 8, 1), "month", True),
    # English, absolute.
    ("2025-10-06", d(2025, 10, 6), "day", False),
    ("2025/10/06", d(2025, 10, 6), "day", False),
    ("Sept. 22, 2025", d(2025, 9, 22), "day", False),
    ("September 22, 2025", d(2025, 9, 22), "day", False),
    ("Oct 6, 2025", d(2025, 10, 6), "day", False),
    ("22 September 2025", d(2025, 9, 22), "day", False),
    ("October 2025", d(2025, 10, 1), "month", False),
    ("late October 2025", d(2025, 10, 21), "month", False),
    ("H2 2026", d(2026, 7, 1), "half", False),
    ("2026 H1", d(2026, 1, 1), "half", False),
    ("the second half of 2026", d(2026, 7, 1), "half", False),
    ("Q3 2025", d(2025, 7, 1), "quarter", False),
    ("2025 Q4", d(2025, 10, 1), "quarter", False),
    ("the third quarter of 2025", d(2025, 7, 1), "quarter", False),
    ("in 2027", d(2027, 1, 1), "year", False),
    ("since 1992", d(1992, 1, 1), "year", False),
    ("FY2026", d(2026, 1, 1), "year", False),
    ("by mid-2026", d(2026, 1, 1), "year", False),
    # English, from the reference.
    ("Oct 6", d(2025, 10, 6), "day", True),
    ("Sept. 22", d(2025, 9, 22), "day", True),
    ("on September 18", d(2025, 9, 18), "day", True),
    ("22 September", d(2025, 9, 22), "day", True),
    ("in October", d(2025, 10, 1), "month", True),
    ("began in March", d(2025, 3, 1), "month", True),
    ("In May the two sides", d(2025, 5, 1), "month", True),
    ("in early September", d(2025, 9, 1), "month", True),
    ("by mid-November", d(2025, 11, 11), "month", True),
    ("in December", d(2025, 12, 1), "month", True),
    ("last October", d(2024, 10, 1), "month", True),
    ("next March", d(2026, 3, 1), "month", True),
    ("Q3", d(2025, 7, 1), "quarter", True),
    ("the first quarter", d(2025, 1, 1), "quarter", True),
    ("the first half of next year", d(2026, 1, 1), "half", True),
    ("today", d(2025, 10, 15), "day", True),
    ("yesterday", d(2025, 10, 14), "day", True),
    ("last week", d(2025, 10, 8), "week", True),
    ("next week", d(2025, 10, 22), "week", True),
    ("last month", d(2025, 9, 1), "month", True),
    ("this year", d(2025, 1, 1), "year", True),
    ("last year", d(2024, 1, 1), "year", True),
    ("on Tuesday", d(2025, 10, 14), "day", True),
    ("on Wednesday", d(2025, 10, 15), "day", True),    # the same day counts
    ("on Thursday", d(2025, 10, 9), "day", True),
    ("last Wednesday", d(2025, 10, 8), "day", True),
    ("next Monday", d(2025, 10, 20), "day", True),
    ("two weeks ago", d(2025, 10, 1), "week", True),
    ("3 days ago", d(2025, 10, 12), "day", True),
]


@pytest.mark.parametrize("text, value, precision, relative", CASES)
def test_find_dates(text, value, precision, relative):
    m = one(text)
    assert (m.value, m.precision, m.relative) == (value, precision, relative)
    assert m.text == text[m.start:m.end]


@pytest.mark.parametrize("text", [
    "3个月", "每月处理", "1000亿美元", "$2027", "2025%", "GB200", "1,300", "10 GW",
    "一周一次", "周期", "最近一季度", "2000 MW", "5000亿", "the May rally may fade",
    "we may", "a march", "两周", "几天前",
])
def test_not_dates(text):
    assert [m for m in find_dates(text, REF) if m.value is not None] == []


def test_month_year_inference_past_bias():
    # An article of January mentioning December means last December; of September, "March" is past.
    assert one("12月3日", d(2026, 1, 10)).value == d(2025, 12, 3)
    assert one("in March", d(2025, 9, 26)).value == d(2025, 3, 1)
    assert one("in January", d(2025, 9, 26)).value == d(2025, 1, 1)
    assert one("in November", d(2025, 9, 26)).value == d(2025, 11, 1)   # near future
    assert one("in March", d(2025, 12, 1)).value == d(2026, 3, 1)       # the year after
    assert one("第四季度", d(2026, 2, 1)).value == d(2025, 10, 1)
    assert one("the first quarter", d(2025, 12, 1)).value == d(2025, 1, 1)  # quarters look back


def test_relative_without_reference():
    for text in ("上周", "9月22日", "on Tuesday", "去年", "Q3", "in October", "三天前"):
        m = one(text, None)
        assert m.value is None and m.relative, text
    assert one("2025年9月22日", None).value == d(2025, 9, 22)


def test_seed_article_dates():
    text = ("2025年至今,Open AI签下协议。在八月的一场晚宴上……上周,双方宣布……9月初,甲骨文股价暴涨39%。"
            "但9月下旬起,甲骨文股价开始回调。谷歌2024年4月每月处理约9.7万亿tokens,2025年10月已增至1300万亿。"
            "甲骨文最近一季度营收约9亿美元。2026年,投资人将重点关注。")
    got = [(m.text, m.value, m.precision) for m in find_dates(text, REF) if m.value]
    assert got == [
        ("2025年", d(2025, 1, 1), "year"), ("八月", d(2025, 8, 1), "month"),
        ("上周", d(2025, 10, 8), "week"), ("9月初", d(2025, 9, 1), "month"),
        ("9月下旬", d(2025, 9, 21), "month"), ("2024年4月", d(2024, 4, 1), "month"),
        ("2025年10月", d(2025, 10, 1), "month"), ("2026年", d(2026, 1, 1), "year")]


def test_english_article_sentence():
    text = ("The partnership was unveiled on September 22 as a letter of intent. The first gigawatt is "
            "due in the second half of 2026. A week later, on Monday, OpenAI signed a term sheet.")
    got = [(m.text, m.value) for m in find_dates(text, d(2025, 10, 14))]
    assert got == [("September 22", d(2025, 9, 22)), ("the second half of 2026", d(2026, 7, 1)),
                   ("Monday", d(2025, 10, 13))]


def test_offsets_with_full_width_digits():
    text = "据报道,２０２５年９月２２日"
    m = one(text)
    assert (m.value, m.text) == (d(2025, 9, 22), "２０２５年９月２２日")


def test_speed():
    text = " ".join(t for t, *_ in CASES) * 3
    start = time.perf_counter()
    for _ in range(20):
        find_dates(text, REF)
    assert time.perf_counter() - start < 2.0
