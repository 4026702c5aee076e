"""Issue 10, twentieth pass: a figure of one tranche of an issue is no figure of the issue
(rules/tranche_figures.py, ``tranche_figure`` in lexicon/cues.yaml).

A term right before a tranche noun ("a 35-year piece", "the 25-year tranche", 十年期那一档), a term
after a longest/shortest word (最长30年期), an amount in a clause 其中 opens on a tranche noun
(其中…一档…N) or told "of the N-year tranche" sizes one series, not the bond. Not done: the
issue's own term or amount ("12-year bonds", "$9bn of notes", 期限7年).
"""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _bond(out):
    found = [f for f in out.frames if f.family == "Bond"]
    assert found, [(f.family, f.figures) for f in out.frames]
    figs: dict = {}
    for f in found:
        for k, v in f.figures.items():
            figs.setdefault(k, float(v.value))
    return figs


def test_term_of_a_tranche_told_after_the_issue(tmp_path):
    ents, out = run(tmp_path, "Corvell Systems sold $6 billion of bonds, including a 25-year tranche "
                              "that drew the most orders.")
    assert "termYears" not in _bond(out)


def test_chinese_longest_tenor_is_no_term(tmp_path):
    ents, out = run(tmp_path, "# 债市周报\n\n数据中心运营商岩桐科技本周完成发行90亿美元优先票据，最长30年期，"
                              "认购倍数约3倍。", language="zh")
    figs = _bond(out)
    assert figs.get("amountUSD") == 9e9 and "termYears" not in figs


def test_chinese_amount_and_term_of_one_series(tmp_path):
    # held before the rule as well (no deal rule took the series' figures); pinned so it stays

    ents, out = run(tmp_path, "# 债市周报\n\n算力服务商砚川科技本周完成发行70亿美元公司债券，分四个品种发售；"
                              "其中十年期那一档占25亿美元。", language="zh")
    figs = _bond(out)
    assert figs.get("amountUSD") == 7e9 and "termYears" not in figs


def test_issue_term_is_kept(tmp_path):
    ents, out = run(tmp_path, "On Thursday Senwick Data priced 12-year bonds worth $1.2 billion, its "
                              "first deal in the market.")
    assert _bond(out).get("termYears") == 12


def test_chinese_issue_term_is_kept(tmp_path):
    ents, out = run(tmp_path, "# 债市周报\n\n数据中心运营商岩桐科技本周发行30亿美元公司债券，期限7年，"
                              "票面利率5.2%。", language="zh")
    figs = _bond(out)
    assert figs.get("termYears") == 7 and figs.get("amountUSD") == 3e9


def test_pin_the_amount_of_one_tranche_is_no_amount_of_the_issue(tmp_path):
    """Twenty-first pass, after review: pins the amount half ("$N of the 30-year tranche")."""
    ents, out = run(tmp_path, "Corvell Systems sold bonds in four series on Tuesday, with $2 billion "
                              "of the 30-year tranche placed with insurers.")
    figs = _bond(out)
    assert "amountUSD" not in figs and "termYears" not in figs


@pytest.mark.parametrize("body, family, key, value", [
    ("德斯克数据与维尔能源签署供电协议，协议期限最长可达10年。德斯克数据称需求旺盛。", "Supply", "termYears",
     10.0),
    ("Vell Capital invested $200 million of the Series C in Dresk Data, alongside Orr Ventures.",
     "Investment", "amountUSD", 2e8),
])
def test_pin_a_sentence_telling_no_bond_keeps_its_figures(tmp_path, body, family, key, value):
    """Twenty-first pass, after review: the rule reads only sentences that tell a bond issue."""
    ents, out = run(tmp_path, body)
    figs = [float(f.figures[key].value) for f in out.frames if f.family == family
            and key in f.figures]
    assert figs == [value], [(f.family, f.figures) for f in out.frames]
