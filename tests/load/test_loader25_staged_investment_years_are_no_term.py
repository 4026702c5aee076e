"""Issue 10, twenty-fifth pass: money an investor pays in stages over some years ("committed to
invest $3bn in Y in stages over three years", 承诺在未来三年内分期向Y投资最多30亿美元) is told with the
schedule of its payments, no term: the years beside a staged-payment cue (``staged_payment`` in
lexicon/cues.yaml) are no termYears of an investment (rules/frames.py). A term named as one (期限三年,
"for a term of five years") stays, and so do years told with no staging ("invest $3bn over three
years") and the years of other deals beside the cue."""
import pytest

from tests.load.helpers import run


def _investments(out):
    return [f for f in out.frames if f.family == "Investment"]


@pytest.mark.parametrize("body", [
    "Halden Semiconductor committed to invest $3 billion in Murrow AI, a young model developer, in "
    "stages over three years.",
    "Halden Semiconductor will invest up to $3 billion in Murrow AI over four years in tranches tied "
    "to milestones.",
    "今年6月，岚川半导体与大模型公司沐云智能签署投资协议，承诺在未来三年内分期向沐云智能投资最多30亿美元。",
], ids=["en-in-stages", "en-in-tranches", "zh-fenqi"])
def test_staged_years_are_no_term(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = _investments(out)
    assert found and all("termYears" not in f.figures for f in found)
    assert all("amountUSD" in f.figures for f in found)


@pytest.mark.parametrize("body, years", [
    ("Halden Semiconductor committed to invest $3 billion in Murrow AI over three years.", 3),
    ("Halden Semiconductor will invest $3 billion in Murrow AI in three tranches, for a term of "
     "five years.", 5),
    ("岚川半导体承诺向沐云智能投资30亿美元，分三期到位，期限三年。", 3),
], ids=["en-no-stages", "en-term-of", "zh-qixian"])
def test_a_term_stays(tmp_path, body, years):
    ents, out = run(tmp_path, body)
    assert [f.figures["termYears"].value for f in _investments(out)] == [years]
