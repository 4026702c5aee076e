"""Issue 10, ninth pass: metrics that are no figure of the firm now (invented text, both languages)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(ents, out) -> set[tuple[str, str, float]]:
    return {(ents.names[m.firm], m.name, float(m.value)) for m in out.metrics}


@pytest.mark.parametrize("sentence, now, before", [
    ("In the third quarter Pendry Compute reported revenue of $87 million, up from $38 million a year before.",
     87e6, 38e6),
    ("Pendry Compute said revenue rose to $96 million, compared with $41 million last year.", 96e6, 41e6),
    ("Pendry Compute posted sales of $1.2 billion versus $800 million in the year-earlier quarter.",
     1.2e9, 8e8),
    ("Pendry Compute's revenue was $96 million in the quarter, down from about $120 million.", 96e6, 1.2e8),
])
def test_value_a_metric_grew_from_is_not_its_value_now(tmp_path, sentence, now, before):
    ents, out = run(tmp_path, sentence)
    got = _metrics(ents, out)
    assert ("Pendry Compute", "revenue", now) in got
    assert not any(v == before for _, _, v in got)


def test_chinese_value_of_the_year_before_is_not_the_metric(tmp_path):
    ents, out = run(tmp_path, "澜屿科技三季度营收为6.4亿元，上年同期为3.1亿元。", language="zh")
    assert {v for _, _, v in _metrics(ents, out)} == {6.4e8}


@pytest.mark.parametrize("text, language", [
    ("云岫证券发布研报，首次覆盖澜屿科技。我们预计公司2026-2027年营收分别为85亿元、120亿元。", "zh"),
    ("澜屿科技三季度表现强劲。我们测算公司明年营业收入约为90亿元。", "zh"),
    ("Analysts expect Pendry Compute to post revenue of $4 billion next year.", "en"),
    ("Pendry Compute is growing fast; analysts at Brisk Bank estimate its revenue at $4 billion.", "en"),
    ("Pendry Compute is growing fast; we estimate revenue of $4 billion for 2027.", "en"),
])
def test_a_third_partys_estimate_is_no_metric_of_the_firm(tmp_path, text, language):
    ents, out = run(tmp_path, text, language=language)
    assert not out.metrics


def test_estimate_in_another_clause_leaves_the_reported_metric(tmp_path):
    ents, out = run(tmp_path, "Pendry Compute reported revenue of $8.2 billion for its last fiscal "
                              "year, and the new order could exceed that, some analysts estimated.")
    assert ("Pendry Compute", "revenue", 8.2e9) in _metrics(ents, out)


@pytest.mark.parametrize("headline", [
    "# Pendry Signs Chip Deal as Run-Rate Revenue Tops $3 Billion",
    "# Pendry Compute's annualized revenue passes $3 billion",
    "# Pendry Compute revenue tops $3 billion on GPU demand",
])
def test_headline_rounding_of_a_metric_the_body_gives_is_dropped(tmp_path, headline):
    body = (f"{headline}\n\nPendry Compute, a cloud provider, said its annualized revenue passed "
            "$3.1 billion in October, and its revenue for the quarter was $700 million.")
    ents, out = run(tmp_path, body)
    values = {v for _, _, v in _metrics(ents, out)}
    assert 3e9 not in values and 3.1e9 in values


def test_run_rate_revenue_is_annualized_revenue(tmp_path):
    ents, out = run(tmp_path, "Pendry Compute said its run-rate revenue reached $2.4 billion.")
    assert _metrics(ents, out) == {("Pendry Compute", "annualizedRevenue", 2.4e9)}


@pytest.mark.parametrize("opening", [
    "澜屿科技11月3日晚间公告，公司与模型公司启岚智能签署算力服务合同，合同金额为12亿元。",
    "澜屿科技周一公告称，公司与模型公司启岚智能签署算力服务合同，合同金额为12亿元。",
    "澜屿科技发布公告，公司与模型公司启岚智能签署算力服务合同，合同金额为12亿元。",
])
@pytest.mark.parametrize("figures", [
    "财务数据显示，公司2024年实现营业收入9.3亿元，归母净利润为6800万元。",
    "公司去年营业收入为9.3亿元，净利润6800万元。",
])
def test_metric_of_a_bare_company_in_an_announcement_is_the_announcers(tmp_path, opening, figures):
    text = (f"{opening}\n\n资金方面，公司已与丰岳银行签署授信协议，获得不超过5亿元的授信额度。\n\n{figures}")
    ents, out = run(tmp_path, text, language="zh")
    assert _metrics(ents, out) == {("澜屿科技", "revenue", 9.3e8), ("澜屿科技", "netIncome", 6.8e7)}
    assert any({ents.names[i] for i in f.parties()} == {"澜屿科技", "丰岳银行"} for f in out.frames)


@pytest.mark.parametrize("second", [
    "她还表示，在公司此前公布的3000亿美元Vanta和Orrel订单里，没有包括启岚智能的部分。",
    "她同时表示，公司约3000亿美元的Vanta、Orrel及Kite订单中有一半来自海外客户。",
])
def test_orders_of_a_bare_company_named_by_product_are_its_bookings(tmp_path, second):
    text = f"澜屿科技首席财务官周宁在会议上确认，与启岚智能的协议仍未敲定。{second}"
    ents, out = run(tmp_path, text, language="zh")
    assert _metrics(ents, out) == {("澜屿科技", "bookings", 3e11)}


def test_orders_won_in_a_deal_are_no_bookings_metric(tmp_path):
    ents, out = run(tmp_path, "澜屿科技拿下启岚智能价值30亿美元的算力订单。", language="zh")
    assert not out.metrics
