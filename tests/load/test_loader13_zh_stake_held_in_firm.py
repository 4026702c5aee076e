"""Issue 10, thirteenth pass: a Chinese stake told as "X在Y(集团)中持股N%" (a holding verb and its
noun in one word, the investee perhaps followed by 集团 or 公司) is X's stake in Y, and the value
told after it is the stake's, not another deal's of the sentence (invented sentences and firms)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "星海资本与云峤科技签署新的正式协议，星海资本在重组后的云峤科技集团中持股约15%，价值约30亿美元。",
    "据披露，交易完成后，星海资本将在云峤科技中持股15%，对应价值约30亿美元。",
    "星海资本去年入局。目前，星海资本在云峤科技公司内持股约15%，该部分股权价值约30亿美元。",
])
def test_stake_held_in_a_firm_with_one_word_holding_verb_is_a_stake(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    stakes = [f for f in out.frames if f.family == "Stake"]
    assert len(stakes) == 1, [f.family for f in out.frames]
    roles = named_roles(ents, stakes[0])
    assert roles["investor"] == ["星海资本"]
    assert len(roles["investee"]) == 1 and roles["investee"][0] in ("云峤科技", "云峤科技集团"), roles
    assert stakes[0].figures["stakePercent"].value == Decimal("15")
    assert stakes[0].figures["amountUSD"].value == Decimal("3000000000")


def test_stake_value_is_not_the_cloud_deal_told_after_it(tmp_path):
    body = ("星海资本与云峤科技签署新的正式协议，星海资本在重组后的云峤科技集团中持股约15%，价值约30亿美元；"
            "云峤科技另承诺向星海云采购50亿美元的云服务。")
    ents, out = run(tmp_path, body, language="zh")
    for f in out.frames:
        if f.family != "Stake" and "amountUSD" in f.figures:
            assert f.figures["amountUSD"].value != Decimal("3000000000"), f.family
