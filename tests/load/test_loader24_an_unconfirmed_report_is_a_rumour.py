"""Issue 10, twenty-fourth pass: a deal a publisher reports ("Bloomberg reported that X would
…", 据路透社报道…) and the next sentence, naming no firm and telling no deal of its own, says
nobody confirmed ("Neither company confirmed the report", "None of the companies confirmed the
report", 相关公司未予证实, 相关公司并未证实这一消息) is a rumour, no fact: the cue of the second
sentence reaches back to the first (rules/cues.py ``apply_cues``). An unconfirmed figure ("Neither
company confirmed the figure", 两家公司均未确认这一金额) doubts the amount, not the deal; a deal
told by no publisher stays a fact."""
import pytest

from tests.load.helpers import agreement_frames, facts, run


@pytest.mark.parametrize("body", [
    "Bloomberg reported on Monday that Castemere Cloud would put $1 billion into Dornwell Labs. "
    "Neither company confirmed the report.",
    "Reuters reported that Castemere Cloud had agreed to lend $500 million to Dornwell Labs. None "
    "of the companies confirmed the report, and it is listed here for completeness.",
    "彭博社报道，岚策资本将向沐川科技投资10亿美元。相关公司未予证实。",
    "据路透社报道，沐川科技将向岚策资本采购价值20亿元的算力服务。不过，相关公司并未证实这一消息。",
], ids=["en-neither", "en-none-of", "zh-weiyu", "zh-bingwei"])
def test_a_report_nobody_confirmed_is_a_rumour(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert agreement_frames(out), "the deal is still read (as a rumour)"
    assert not facts(out)


@pytest.mark.parametrize("body", [
    "Reuters reported that Castemere Cloud had agreed to buy $2 billion of computing power from "
    "Dornwell Cloud. Neither company confirmed the figure.",
    "据路透社报道，沐川科技将向岚策资本采购价值20亿元的算力服务。两家公司均未确认这一金额。",
    "Castemere Cloud invested $1 billion in Dornwell Labs on Monday. Neither company confirmed the "
    "report.",
], ids=["en-figure", "zh-amount", "no-publisher"])
def test_an_unconfirmed_figure_or_an_unreported_deal_stays_a_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert facts(out)
