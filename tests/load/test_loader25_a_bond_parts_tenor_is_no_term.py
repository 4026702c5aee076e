"""Issue 10, twenty-fifth pass: a bond issue sold in several parts tells the tenor of a part
("in as many as six parts, including a 40-year bond", "in four parts, ranging from three to 30
years", 共分六个品种，其中40年期品种…, 最长品种为40年期): that part's tenor is no term of the issue
(``series_tenor`` in lexicon/cues.yaml, read before a years figure by rules/frames.py). A single
issue's own tenor ("$2bn of five-year notes", 三年期绿色债券) stays its term."""
import pytest

from tests.load.helpers import run


def _bonds(out):
    return [f for f in out.frames if f.family == "Bond"]


@pytest.mark.parametrize("body", [
    "Harlow Systems, the cloud operator, sold $5 billion of senior notes in four parts, ranging "
    "from three to 30 years.",
    "Harlow Systems priced $5 billion of senior notes in as many as six parts, including a 40-year "
    "bond.",
    "数据中心运营商岱海云发行50亿美元优先票据，共分六个品种，其中40年期品种利差最高。",
    "数据中心运营商岱海云发行50亿美元优先票据，最长品种为40年期。",
], ids=["en-ranging", "en-including", "zh-qizhong", "zh-zuichang"])
def test_a_parts_tenor_is_no_term(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = _bonds(out)
    assert found and all("termYears" not in f.figures for f in found)
    assert all("amountUSD" in f.figures for f in found)


@pytest.mark.parametrize("body, years", [
    ("Harlow Systems sold $2 billion of five-year notes.", 5),
    ("数据中心运营商岱海云发行5亿美元三年期绿色债券，票面利率5.35%。", 3),
], ids=["en-single", "zh-single"])
def test_a_single_issues_tenor_stays(tmp_path, body, years):
    ents, out = run(tmp_path, body)
    assert [f.figures["termYears"].value for f in _bonds(out)] == [years]
