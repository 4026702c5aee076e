"""Issue 10, fifteenth pass: whose metric a bare 公司 states in Chinese. A value whose sentence
names no firm before it and says 公司 belongs to the firm that 公司 means on structure
(rules/zh_company_referent.py, the same reading the deal rules use): the firm a research note's
title rates ("X（增持，首次）", "X（买入/维持）": a rating with its action), the firm that opened
the paragraph as its subject, the subject of the sentence before a clause break — not the firm the
article happens to name most often. 公司 after a verb ending in 调 (上调/下调公司…预测) is bare.
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return {(ents.names.get(m.firm, m.firm), m.name, m.value) for m in out.metrics}


def _moves(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return {(ents.names.get(m.firm, m.firm), float(m.percent)) for m in out.moves}


#: a paragraph naming another firm three times, so that it is the article's most-named firm
_OTHER = "沧溟智算是国内头部智算平台，沧溟智算今年扩张迅速，沧溟智算的采购需求旺盛。"


@pytest.mark.parametrize("body, fact", [
    # a research note's title rates the firm with a rating and its action
    ("【澄川证券】岚屿科技（增持，首次）：订单饱满，弹性可期\n\n" + _OTHER + "\n\n"
     "受益于液冷产品放量，公司第二季度毛利率升至27.5%。",
     ("岚屿科技", "grossMargin", 27.5)),
    ("栖梧电子（买入/维持）：液冷订单放量\n\n栖梧电子披露三季报。\n\n" + _OTHER + "\n\n"
     "考虑到订单能见度提升，我们上调公司明年盈利预期，预计2026年归母净利润为9.6亿元。",
     ("栖梧电子", "netIncome", 960000000.0)),
    ("汀兰微电子（推荐，维持评级）：新品导入顺利\n\n" + _OTHER + "\n\n"
     "三季度公司营收录得7.3亿元。",
     ("汀兰微电子", "revenue", 730000000.0)),
    # the firm the paragraph opened with as its subject
    ("曦禾数据在周四晚间披露了半年度报告，同时回应了投资者关于大客户的提问。公司上半年营业收入同比增长48%，"
     "达到21.5亿元。\n\n" + _OTHER + "曦禾数据是其算力供应商之一。",
     ("曦禾数据", "revenue", 2150000000.0)),
    # the subject of the sentence before a clause break (a teller between)
    (_OTHER + "\n\n霁川科技去年亏损收窄；谈到今年，董事长宋屿在致股东信中表示，公司全年收入预计将增至12亿美元。",
     ("霁川科技", "revenue", 1200000000.0)),
])
def test_company_metric_is_the_firm_company_means(tmp_path, body, fact):
    found = _metrics(tmp_path, body)
    assert fact in found, found


def test_company_shares_in_a_rated_note_are_the_rated_firm(tmp_path):
    body = ("【澄川证券】岚屿科技（增持，首次）：订单饱满\n\n" + _OTHER + "\n\n"
            "业绩发布次日，公司股价收涨5.2%。")
    assert ("岚屿科技", 5.2) in _moves(tmp_path, body)


@pytest.mark.parametrize("body, fact", [
    # a firm named before the value keeps it
    ("【澄川证券】岚屿科技（增持，首次）：订单饱满\n\n沧溟科技第二季度营业收入为31亿元。",
     ("沧溟科技", "revenue", 3100000000.0)),
    # a parenthesis that is no rating names no covered firm: the paragraph's subject stays
    ("岚屿科技（2025年三季报）简评\n\n沧溟科技周二发布季报，公司第三季度营收为18亿元。",
     ("沧溟科技", "revenue", 1800000000.0)),
])
def test_a_named_firm_or_a_non_rating_keeps_its_metric(tmp_path, body, fact):
    found = _metrics(tmp_path, body)
    assert fact in found, found
