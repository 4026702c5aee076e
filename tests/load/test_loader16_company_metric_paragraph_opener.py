"""Issue 10, sixteenth pass: a bare 公司 metric with no subject of its own belongs to the firm that
OPENED the paragraph as its subject (the firm reporting), not to the firm that opened the latest
sentence (a customer or partner the paragraph turned to). Pins the fifteenth pass's
`extract._metric_company` fallback (paragraph opener), and 公司 right after a time phrase
(上半年公司…, 今年公司…) counts as bare. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return {(ents.names.get(m.firm, m.firm), m.name, m.value) for m in out.metrics}


@pytest.mark.parametrize("body, fact", [
    # a partner opens the two sentences before the metric
    ("霁岚科技周二晚间发布三季度报告。霁岚科技与箐川智能订立了一份算力服务协议。箐川智能将在未来两年内使用这批算力。"
     "公司前三季度营业收入为18.4亿元。", ("霁岚科技", "revenue", 1840000000)),
    # the customer is the subject of the last sentence; a net profit
    ("澜拓半导体昨日公布了年度业绩。报告期内，澜拓半导体与楚衡智能续签了供货合同；楚衡智能是其第一大客户。"
     "楚衡智能今年还完成了新一轮融资。公司全年净利润约为6.2亿元。", ("澜拓半导体", "netIncome", 620000000)),
    # a loss narrowed, the partner named by 其 in between
    ("峤北科技周一公布业绩快报。峤北科技称，其与沐川智能的合作进展顺利。沐川智能已完成首期验收。"
     "公司全年净亏损收窄至1.3亿元。", ("峤北科技", "netIncome", -130000000)),
    # the metric sentence opens on a time phrase, 公司 after it
    ("汀州科技在投资者交流会上介绍了经营情况。汀州科技称来自云泽智算的订单正在放量。云泽智算已追加采购。"
     "今年上半年，公司毛利率升至31.5%。", ("汀州科技", "grossMargin", 31.5)),
    # the metric told after 报告显示
    ("舜禾智算发布2025年度报告。舜禾智算去年为望川模型搭建了专属训练集群。望川模型随后又追加了推理算力订单。"
     "报告显示，公司全年营收为46亿元。", ("舜禾智算", "revenue", 4600000000)),
    # 公司 right after a time word, no comma
    ("栖禾电子于周五披露半年报。栖禾电子同期向岑原云交付了首批加速卡。岑原云随即把这批加速卡部署到西部园区。"
     "上半年公司营业收入同比增长62%，达到9.7亿元。", ("栖禾电子", "revenue", 970000000)),
])
def test_company_metric_goes_to_the_paragraphs_opener(tmp_path, body, fact):
    found = _metrics(tmp_path, body)
    assert fact in found, found


@pytest.mark.parametrize("body, fact", [
    # the sentence names its own subject before 公司: that firm's
    ("霁岚科技周二发布三季度报告。箐川智能则表示，公司今年营收预计为7.5亿元。",
     ("箐川智能", "revenue", 750000000)),
    # a new paragraph opens on another firm: its own opener
    ("霁岚科技周二发布三季度报告。霁岚科技与箐川智能订立了服务协议。\n\n"
     "箐川智能同日披露了半年报。箐川智能称，霁岚科技是其主要供应商。公司上半年营收为3.1亿元。",
     ("箐川智能", "revenue", 310000000)),
])
def test_company_metric_keeps_its_own_subject(tmp_path, body, fact):
    found = _metrics(tmp_path, body)
    assert fact in found, found
