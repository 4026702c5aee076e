"""Issue 10, twentieth pass: a table column whose header names an earlier period ("Year earlier",
"Q2 last year", "prior year", 去年同期) holds the figures a metric had before, as "up from $41m a
year earlier" or 上年同期为… does in prose: its values are no metrics. The column of the period
reported, a column headed by a plain period ("FY2026", "本季"), prose, and a table whose body does
not split into whole rows keep their values (rules/table_columns.py, ``prior_column`` in
lexicon/metrics.yaml)."""
from __future__ import annotations

from tests.load.helpers import run


def _metrics(tmp_path, body, **kw):
    _, out = run(tmp_path, body, **kw)
    return sorted((m.name, float(m.value)) for m in out.metrics)


def test_year_earlier_column_is_left_out(tmp_path):
    body = ("Quorin Varnell Systems posted its second-quarter figures on Monday.\n\n"
            "| Item | Second quarter | Year earlier |\n|---|---|---|\n"
            "| Revenue | $2.72bn | $1.94bn |\n| Net income | $311m | $205m |\n")
    got = _metrics(tmp_path, body)
    assert ("revenue", 2.72e9) in got and ("netIncome", 311e6) in got
    assert ("revenue", 1.94e9) not in got and ("netIncome", 205e6) not in got


def test_last_year_column_in_the_middle(tmp_path):
    body = ("Hadlow Quorin Networks reported on Thursday.\n\n"
            "| | Q2 last year | Q2 |\n|:---|---:|---:|\n"
            "| Revenue | $870m | $1.13bn |\n| Gross margin | 49.5% | 46.1% |\n")
    got = _metrics(tmp_path, body)
    assert ("revenue", 1.13e9) in got and ("grossMargin", 46.1) in got
    assert ("revenue", 870e6) not in got and ("grossMargin", 49.5) not in got


def test_prior_year_column_zh(tmp_path):
    body = ("澄岭星阑科技周一公布半年度业绩，主要数据如下：\n\n"
            "| 项目 | 本期 | 上年同期 |\n|---|---:|---:|\n"
            "| 营收 | 9.6亿美元 | 7.3亿美元 |\n| 毛利率 | 33.4% | 36.9% |\n")
    got = _metrics(tmp_path, body, language="zh")
    assert ("revenue", 9.6e8) in got and ("grossMargin", 33.4) in got
    assert ("revenue", 7.3e8) not in got and ("grossMargin", 36.9) not in got


def test_plain_period_columns_are_kept(tmp_path):
    body = ("Quorin Varnell Systems gave its results.\n\n"
            "| | FY2024 | FY2025 |\n|---|---|---|\n"
            "| Revenue | $3.05bn | $4.18bn |\n")
    got = _metrics(tmp_path, body)
    assert ("revenue", 3.05e9) in got and ("revenue", 4.18e9) in got


def test_prose_year_word_is_no_column(tmp_path):
    body = ("Hadlow Quorin Networks said revenue for the year earlier period it restated was "
            "$640 million.")
    got = _metrics(tmp_path, body)
    assert ("revenue", 640e6) in got


def test_ragged_table_is_left_alone(tmp_path):
    body = ("岳峙微电子公布业绩。\n\n"
            "| 指标 | 本季 | 去年同期 |\n|---|---:|---:|\n"
            "| 营收 | 5.2亿美元 |\n")
    got = _metrics(tmp_path, body, language="zh")
    assert ("revenue", 5.2e8) in got
