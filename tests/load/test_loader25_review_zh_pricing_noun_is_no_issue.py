"""Review of 0deb8f4 (twenty-fifth pass): 定价 became a verb of a Chinese bond issue
("X周二定价8亿美元五年期票据"), but 定价 is as often the noun of a loan's or a rate's price, and a
bond word later in the sentence then made a figureless issue of X ("X的利率定价参考了同类债券",
"X对这笔贷款的定价低于其债券收益率"). The rule: 定价 after 的, 贷款 or 利率 is that noun, no issue
(zh.bond.issue in relations.yaml); a firm pricing its notes is still an issue."""
import pytest

from tests.load.helpers import run

_TYPES = "康利数据是数据中心运营商。"


def _bonds(tmp_path, body):
    ents, out = run(tmp_path, _TYPES + body, language="zh")
    return [f for f in out.frames if f.family == "Bond"]


@pytest.mark.parametrize("body", [
    "康利数据的利率定价参考了同类债券。",
    "康利数据对这笔贷款的定价低于其债券收益率。",
    "康利数据的贷款定价参考了同类债券的收益率。",
], ids=["rate-pricing", "the-loans-pricing", "loan-pricing"])
def test_a_price_noun_is_no_issue(tmp_path, body):
    assert _bonds(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "康利数据周二定价8亿美元五年期票据。",
    "康利数据已定价6亿美元优先票据，票面利率6.5%。",
], ids=["priced-tuesday", "already-priced"])
def test_a_firm_pricing_its_notes_issues_them(tmp_path, body):
    assert len(_bonds(tmp_path, body)) == 1
