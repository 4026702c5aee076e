"""Issue 10, twenty-fourth pass: after a stake bought is told ("X agreed to invest $400m in Y for
a 5% stake", X以5亿美元取得Y约4%的股权), a later sentence naming that investment's money as a
thing ("the cash X is putting into Y", "X's investment in Y", "…来自X的投资款") with no figure
of its own names the stake again: no second deal (rules/deal_shares.py ``retold_investments``).
An investment told with a figure of its own ("a further $100m"), or told by a verb of investing
("How much X had put into Y before …", "X invests in Y; Y buys X chips"), stays."""
import pytest

from tests.load.helpers import run

STAKE_EN = "Harlow Systems agreed to invest $400 million in Quennel AI for a 5% stake. "
STAKE_ZH = "岚策科技以5亿美元取得沐川智能约4%的股权。"


def _families(out):
    return sorted(f.family for f in out.frames if f.is_fact)


@pytest.mark.parametrize("body", [
    STAKE_EN + "Since then the cash Harlow Systems is putting into Quennel AI has come back as "
    "chip orders.",
    STAKE_EN + "Harlow Systems's investment in Quennel AI props up its own sales.",
    STAKE_ZH + "沐川智能的采购资金，一部分来自岚策科技的投资。",
    STAKE_ZH + "沐川智能的采购资金，部分来自岚策科技的投资款。",
], ids=["the-cash", "possessive-investment", "zh-de-touzi", "zh-touzikuan"])
def test_the_stakes_money_named_again_is_no_second_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _families(out) == ["Stake"]


@pytest.mark.parametrize("body", [
    STAKE_EN + "In May Harlow Systems invested a further $100 million in Quennel AI.",
    STAKE_EN + "How much Harlow Systems had put into Quennel AI before that is unclear.",
    STAKE_EN + "Harlow Systems invests in Quennel AI; Quennel AI buys Harlow chips.",
], ids=["further-amount", "verb-put-into", "verb-invests"])
def test_an_investment_told_otherwise_stays(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert "Investment" in _families(out)
