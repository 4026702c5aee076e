"""Issue 10, twenty-first pass: a table column whose header names someone's estimate ("Our
estimate", "Street est.", "Consensus", "FY27E", "2026E", 一致预期, 预测) holds a research note's or
the market's forecast, as "we expect …" or "consensus of …" does in prose: its values are no
metrics of the firm. The column of the figures reported, a column of the firm's own guidance, a
plain period ("FY2026"), a header word in prose, and a table whose body does not split into whole
rows keep their values (rules/table_columns.py, ``estimate_column`` in lexicon/metrics.yaml)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(tmp_path, body, **kw):
    _, out = run(tmp_path, body, **kw)
    return sorted((m.name, float(m.value)) for m in out.metrics)


def test_estimate_and_consensus_columns_are_left_out(tmp_path):
    body = ("Quibbsworth Devices beat expectations in its fiscal third quarter.\n\n"
            "| Line | Street est. | Reported | Consensus |\n|:---|---:|---:|---:|\n"
            "| Revenue | $3.38bn | $3.61bn | $3.44bn |\n| Gross margin | 52.5% | 54.2% | 53.0% |\n")
    got = _metrics(tmp_path, body)
    assert ("revenue", 3.61e9) in got and ("grossMargin", 54.2) in got
    assert ("revenue", 3.38e9) not in got and ("revenue", 3.44e9) not in got
    assert ("grossMargin", 52.5) not in got and ("grossMargin", 53.0) not in got


def test_year_e_columns_are_left_out(tmp_path):
    body = ("Hollicent Compute: we raise our target on a stronger backlog.\n\n"
            "| | FY2026E | FY2027E |\n|---|---|---|\n"
            "| Revenue | $2.07bn | $2.93bn |\n| Net income | $186m | $402m |\n")
    got = _metrics(tmp_path, body)
    assert ("revenue", 2.07e9) not in got and ("revenue", 2.93e9) not in got
    assert ("netIncome", 186e6) not in got and ("netIncome", 402e6) not in got


def test_forecast_column_zh(tmp_path):
    body = ("筠澈微电子：维持买入评级，上调目标价。\n\n"
            "| 指标 | 本季实际 | 市场一致预期 |\n|---|---:|---:|\n"
            "| 营收 | 7.4亿美元 | 6.9亿美元 |\n| 毛利率 | 44.6% | 42.8% |\n")
    got = _metrics(tmp_path, body, language="zh")
    assert ("revenue", 7.4e8) in got and ("grossMargin", 44.6) in got
    assert ("revenue", 6.9e8) not in got and ("grossMargin", 42.8) not in got


def test_guidance_and_plain_period_columns_are_kept(tmp_path):
    body = ("Brevadine Networks gave its annual results and its outlook.\n\n"
            "| | FY2025 | FY2026 guidance |\n|---|---|---|\n"
            "| Revenue | $1.18bn | $1.52bn |\n")
    got = _metrics(tmp_path, body)
    assert ("revenue", 1.18e9) in got and ("revenue", 1.52e9) in got


def test_header_word_in_prose_is_no_column(tmp_path):
    body = ("Cassomir Labs said third-quarter revenue came to $533 million, above the estimate in "
            "its filing.")
    got = _metrics(tmp_path, body)
    assert ("revenue", 533e6) in got


def test_ragged_table_is_left_alone(tmp_path):
    body = ("栾栖微电子公布季度业绩。\n\n"
            "| 指标 | 本季 | 预测 |\n|---|---:|---:|\n"
            "| 营收 | 3.6亿美元 |\n")
    got = _metrics(tmp_path, body, language="zh")
    assert ("revenue", 3.6e8) in got


@pytest.mark.parametrize("body, language, kept", [
    ("Ravelin Devices reported its third quarter.\n\n| Line | Q3 result (vs. est.) |\n"
     "|:---|---:|\n| Revenue | $3.61bn ($3.38bn) |\n| Gross margin | 54.2% (52.5%) |\n",
     None, [("revenue", 3.61e9), ("grossMargin", 54.2)]),
    ("Ravelin Devices reported its third quarter, ahead of consensus.\n\n"
     "| Line | Q3 actual, beat consensus |\n|:---|---:|\n| Revenue | $3.61bn |\n"
     "| Gross margin | 54.2% |\n", None, [("revenue", 3.61e9), ("grossMargin", 54.2)]),
    ("栾栖微电子公布季度业绩，营收超出预测。\n\n| 指标 | 本季（超预测） |\n|---|---:|\n"
     "| 营收 | 3.6亿美元 |\n| 毛利率 | 44.6% |\n", "zh", [("grossMargin", 44.6)]),
])
def test_a_column_of_the_reported_figure_set_against_an_estimate_is_kept(tmp_path, body,
                                                                         language, kept):
    """Review probes (twenty-second pass): a header naming the result as well as the estimate
    ("Q3 result (vs. est.)", "Q3 actual, beat consensus", 本季（超预测）) is the firm's column."""
    got = _metrics(tmp_path, body, language=language)
    assert all(k in got for k in kept), got


@pytest.mark.parametrize("body, language", [
    ("Quibbsworth Devices beat expectations in its fiscal third quarter.\n\n"
     "| Line | Consensus for Q3 results | Reported |\n|:---|---:|---:|\n"
     "| Revenue | $3.38bn | $3.61bn |\n", None),
    ("Quibbsworth Devices beat expectations in its fiscal third quarter.\n\n"
     "| Line | Street estimate of results | Reported |\n|:---|---:|---:|\n"
     "| Revenue | $3.38bn | $3.61bn |\n", None),
    ("筠澈微电子：维持买入评级，上调目标价。\n\n"
     "| 指标 | 本季实际 | 本季市场预测 |\n|---|---:|---:|\n| 营收 | 3.61亿美元 | 3.38亿美元 |\n", "zh"),
])
def test_an_estimate_of_the_results_is_still_an_estimate(tmp_path, body, language):
    """Review of f089350: "results" or 本季 in an estimate column's header names no figure of the
    firm's own."""
    got = _metrics(tmp_path, body, language=language)
    assert [v for n, v in got if n == "revenue"] in ([3.61e9], [3.61e8])
