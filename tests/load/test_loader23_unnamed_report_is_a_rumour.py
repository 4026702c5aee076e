"""Issue 10, twenty-third pass: a deal told as the claim of a report whose source the sentence
does not name ("a report on an industry blog said X was about to …", "investors passed around a
report that …", "A news report, citing unnamed sources, said …", 有媒体报道称…, 此前有自媒体称…,
有市场人士提及…) is a rumour, no fact (``unnamed_report`` in cues.yaml, rules/cues.py
``unnamed_report_at``). A deal told before the report, a report the sentence names (a publisher),
an analyst's or a company's own report keep their deal a fact."""
import pytest

from tests.load.helpers import facts, run


def _deals(out):
    return [f for f in out.frames if f.family not in ("Move",)]


@pytest.mark.parametrize("body", [
    "A report on an industry blog on Monday said Castemere Cloud was about to invest $1 billion "
    "in Dornwell Labs.",
    "Investors passed around a report that Castemere Cloud had agreed to lend $600 million to "
    "Dornwell Labs.",
    "A news report in the afternoon, citing unnamed sources, said Castemere Cloud would invest "
    "$2 billion in Dornwell Labs.",
    "Shares of Dornwell Labs rose 3% after a local report said Castemere Cloud had signed a "
    "$900 million cloud contract with Dornwell Labs.",
    "有媒体报道称，岚策资本正考虑入股沐川科技。",
    "此前有自媒体称，沐川科技已与岚策云签署一笔20亿元的服务器采购协议。",
    "调研期间，有市场人士提及岚策资本拟入股沐川科技。",
    "有外媒报道称，岚策资本将向沐川科技投资10亿美元。",
], ids=["blog", "passed-around", "citing", "after-report", "zh-media", "zh-self-media",
        "zh-market-people", "zh-foreign-media"])
def test_a_deal_an_unnamed_report_tells_is_no_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _deals(out), "the deal is still read (as a rumour)"
    assert not facts(out)


@pytest.mark.parametrize("body", [
    "Castemere Cloud invested $1 billion in Dornwell Labs in March, and a report from the lender "
    "said the stake had doubled in value.",
    "An analyst report said Castemere Cloud invested $1 billion in Dornwell Labs last year.",
    "Castemere Cloud's annual report said it had invested $1 billion in Dornwell Labs.",
    "A report by Reuters said Castemere Cloud had agreed to invest $1 billion in Dornwell Labs.",
    "岚策资本已向沐川科技投资10亿美元，有媒体报道称双方早有接触。",
], ids=["deal-before", "analyst", "annual", "named-publisher", "zh-deal-before"])
def test_a_deal_told_otherwise_stays_a_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert facts(out)
