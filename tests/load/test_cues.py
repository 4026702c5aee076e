"""Denials, rumours, hypotheticals and second-hand reports are recorded as such, never as facts."""
from __future__ import annotations

from tests.load.helpers import frames_by_family, run


def test_denied_report_is_not_a_fact(tmp_path):
    ents, out = run(tmp_path, "Northwind Models denied a report that it was negotiating to buy "
                    "chips directly from Kestrel Semiconductor.")
    f = frames_by_family(out)["Supply"][0]
    assert f.status == "Denied" and not f.is_fact


def test_rumour_then_denial_zh(tmp_path):
    ents, out = run(tmp_path, "另据市场传闻,海澜主权基金有意收购云服务商云栈科技20%的股权。"
                    "云栈科技周四否认了这一说法。", language="zh")
    f = frames_by_family(out)["Stake"][0]
    assert f.status == "Denied"


def test_rumoured_loan(tmp_path):
    ents, out = run(tmp_path, "市场另有传闻称,CoreWeave正就第三笔延迟提款定期贷款进行洽谈,规模约26亿美元。",
                    language="zh")
    # a delayed-draw term loan is a credit facility (test_loader10_drawn_over_time_facilities.py)
    assert frames_by_family(out)["Facility"][0].status == "Rumoured"


def test_quoted_what_if_is_hypothetical(tmp_path):
    ents, out = run(tmp_path, "OpenAI可对银行说“拿到贷款就能投产”,若甲骨文向OpenAI提供贷款则更好。",
                    language="zh")
    assert all(not f.is_fact for f in out.frames)


def test_reported_by_publisher(tmp_path):
    ents, out = run(tmp_path, "According to The Wall Street Journal, OpenAI has agreed to buy "
                    "about $300 billion of computing power from Oracle.")
    f = frames_by_family(out)["Cloud"][0]
    assert f.reported_by.endswith("/the-wall-street-journal")
    ents, out = run(tmp_path, "据《TheInformation》援引的内部文件,甲骨文获得约9亿美元营收。",
                    language="zh", name="b")
    assert out.metrics[0].reported_by.endswith("/the-information")


def test_some_deals_are_letters_of_intent_names_no_deal(tmp_path):
    ents, out = run(tmp_path, "OpenAI与甲骨文签订约3000亿美元的云计算协议。部分合作仅为意向书,无法律约束力。",
                    language="zh")
    assert frames_by_family(out)["Cloud"][0].binding is None


def test_definitive_agreement_binding(tmp_path):
    ents, out = run(tmp_path, "Under that definitive agreement Microsoft holds about 27% of "
                    "OpenAI, and OpenAI committed to buy an incremental $250 billion of Azure "
                    "cloud services.")
    fams = frames_by_family(out)
    assert fams["Stake"][0].binding is True and fams["Stake"][0].status == "Definitive"
    assert fams["Cloud"][0].binding is True
