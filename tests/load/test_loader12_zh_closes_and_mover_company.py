"""Issue 10, twelfth pass (market copy in Chinese): a close told after clauses of the day
(早盘一度触及涨停，午后涨幅有所回落，收涨9.3%), by its size word after the price (收盘报38.64元，涨幅20%),
as a narrowing size (尾盘涨幅收窄至8.6%) or after 则 is the firm's move; a bare 公司 right after a
sentence telling the move of the firm that opens the paragraph is that firm (invented text and
firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _moves(ents, out):
    return sorted((ents.names.get(m.firm, m.firm), float(m.percent), m.intraday) for m in out.moves)


@pytest.mark.parametrize("body, expected", [
    ("芯片厂商墨岩科技早盘一度触及涨停，午后涨幅有所回落，收涨9.3%。", [("墨岩科技", 9.3, False)]),
    ("墨岩科技早盘低开，随后震荡走弱，收跌4.2%。", [("墨岩科技", -4.2, False)]),
    ("墨岩科技（300917）直线封板，收盘报38.64元，涨幅20%，全天成交额41亿元。", [("墨岩科技", 20.0, False)]),
    ("墨岩科技收盘报12.5元，跌幅3%。", [("墨岩科技", -3.0, False)]),
    ("墨岩科技盘中一度涨逾12%，尾盘涨幅收窄至8.6%。", [("墨岩科技", 8.6, False), ("墨岩科技", 12.0, True)]),
    ("同为加速卡厂商的澄峰科技则收跌3.1%。", [("澄峰科技", -3.1, False)]),
])
def test_zh_close_after_clauses_or_by_its_size_word(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body", [
    "墨岩科技第三季度营收为5亿元，同比增长30%。",
    "墨岩科技与澄峰科技签署协议，澄峰科技的订单金额同比涨幅达30%。",
])
def test_growth_of_a_figure_is_no_close(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert out.moves == []


def _metrics(ents, out):
    return sorted((ents.names.get(m.firm, m.firm), m.name, float(m.value)) for m in out.metrics)


@pytest.mark.parametrize("body, firm", [
    ("墨岩科技发布公告。\n\n与之形成对比的是澄峰科技。澄峰科技开盘即封死跌停，收跌10%。公司昨晚披露三季报，"
     "前三季度净利润为-5.6亿元。", "澄峰科技"),
    ("墨岩科技发布公告。\n\n个股方面，澄峰科技早盘走弱，收跌6%。消息面上，公司昨晚公告，前三季度营收为12亿元。",
     "澄峰科技"),
    ("墨岩科技发布公告。\n\n澄峰科技今日收涨4.5%；公司午间披露，第三季度毛利率为31%。", "澄峰科技"),
])
def test_bare_company_after_the_paragraph_firms_move_is_that_firm(tmp_path, body, firm):
    ents, out = run(tmp_path, body)
    assert {f for f, _, _ in _metrics(ents, out)} == {firm}


def test_bare_company_after_a_peers_move_stays_the_paragraphs_firm(tmp_path):
    ents, out = run(tmp_path, "墨岩科技昨晚发布公告。受此影响，同行业的澄峰科技收涨5%。公司表示，"
                              "第三季度营收为8亿元。")
    assert {f for f, _, _ in _metrics(ents, out)} != {"澄峰科技"}
