"""Review of fa8352c (twenty-fifth pass): a later sentence naming a stake's money as a thing
("X的投资", "来自X的投资款") is that stake, no second deal (``retold_investments`` in
rules/deal_shares.py) — but the Chinese form only counted when 投资 ended the clause, so the
commonest wording, the money then a verb ("岚策科技的投资将用于购买芯片", "岚策科技的投资使沐川智能
得以扩建"), still read a second, figureless investment. The rule: 的投资/出资/注资 names the money
unless a noun of a firm that invests follows (投资者, 投资人, 投资方, 投资机构 …); an investment
told with a figure of its own stays a deal."""
import pytest

from tests.load.helpers import run

STAKE_ZH = "沐川智能是人工智能公司。岚策科技以5亿美元取得沐川智能约4%的股权。"


def _families(out):
    return sorted(f.family for f in out.frames if f.is_fact)


@pytest.mark.parametrize("body", [
    STAKE_ZH + "沐川智能表示，岚策科技的投资将用于购买芯片。",
    STAKE_ZH + "岚策科技的投资使沐川智能得以扩建数据中心。",
    STAKE_ZH + "沐川智能的采购资金，部分来自岚策科技的投资款。",
], ids=["then-jiang", "then-shi", "touzikuan-at-the-end"])
def test_the_stakes_money_then_a_verb_is_no_second_deal(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    assert _families(out) == ["Stake"]


def test_an_investment_with_its_own_figure_stays(tmp_path):
    body = STAKE_ZH + "今年晚些时候，岚策科技将再向沐川智能投资2亿美元。"
    ents, out = run(tmp_path, body, language="zh")
    assert "Investment" in _families(out)
