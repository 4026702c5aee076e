"""Issue 10, fifteenth pass: the shares a stake brought, told when it completes, however far
after the stake was told. A sentence naming exactly the investor and the investee of an earlier
equity deal names that deal ("the Y stake changed hands, with X receiving N shares" much later);
an investment told only with the shares it brought (a count, no amount) between the pair of an
earlier stake is that stake completed, not a deal of its own (rules/deal_shares.py). Invented
sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

#: timeline entries between the stake and its completion (no firm of the stake named)
_FILLER = ("\n\nApril. Calder Rowe Systems opened a lab in Leeds.\n\nMay. Brisk Harbor Networks hired "
           "a new chief engineer.\n\nJune. Penhallow Grid started work on a substation.\n\nJuly. "
           "Calder Rowe Systems shipped its second rack design.\n\nAugust. Brisk Harbor Networks "
           "opened an office in Lyon.\n\nSeptember. Penhallow Grid finished the substation.\n\n"
           "October. Calder Rowe Systems named a new finance chief.\n\n")
_FILLER_ZH = ("\n\n4月，卡尔德科技在合肥开设了研发中心。\n\n5月，布里斯克网络任命了新的首席工程师。\n\n6月，彭哈洛电气启动变电站建设。"
              "\n\n7月，卡尔德科技发布第二代机柜。\n\n8月，布里斯克网络在成都设立办公室。\n\n9月，彭哈洛电气完成变电站建设。"
              "\n\n10月，卡尔德科技任命了新的财务负责人。\n\n")


def _stakes(tmp_path, body, language=None):
    ents, out = run(tmp_path, body, **({"language": language} if language else {}))
    return [({r: [ents.names.get(i, i) for i in v] for r, v in f.roles.items()},
             {k: float(v.value) for k, v in f.figures.items()})
            for f in out.frames if f.family in ("Stake", "Investment")]


@pytest.mark.parametrize("body, language", [
    ("March. Kelderwick Ventures will pay $1.4 billion for a 9% stake in Sunnath Robotics, subject "
     "to an antitrust review." + _FILLER + "November. Once regulators signed off, the Sunnath "
     "Robotics stake changed hands, with Kelderwick Ventures receiving 41,250,000 shares.", None),
    ("March. Kelderwick Ventures will acquire 9% of Sunnath Robotics for $1.4 billion, the "
     "companies said." + _FILLER + "December. Kelderwick Ventures got 41,250,000 new shares once "
     "the Sunnath Robotics sale closed.", None),
    ("March. Marrowind Capital said it would invest $2 billion in Tarnby Systems for roughly 6% of "
     "the company." + _FILLER + "November. Closing came late: Marrowind Capital now holds "
     "41,250,000 shares of Tarnby Systems.", None),
    ("3月，马罗文资本斥资20亿元入股塔恩比科技，持股比例约为6%。" + _FILLER_ZH
     + "拖了九个月之后，马罗文资本对塔恩比科技的投资终于完成，其账户里多出41,250,000股。", "zh"),
    ("3月，马罗文资本斥资20亿元入股塔恩比科技，持股比例约为6%。" + _FILLER_ZH
     + "12月，据交割文件，马罗文资本最终认购了塔恩比科技41,250,000股普通股。", "zh"),
])
def test_completion_shares_go_to_the_pairs_stake(tmp_path, body, language):
    stakes = _stakes(tmp_path, body, language)
    assert any(fig.get("shareCount") == 41250000 for _, fig in stakes), stakes
    assert len(stakes) == 1, stakes


@pytest.mark.parametrize("body, language", [
    # the pair of a supply deal, not of the stake: no shares for the stake
    ("March. Kelderwick Ventures will pay $1.4 billion for a 9% stake in Sunnath Robotics." + _FILLER
     + "November. Quellmoor Labs bought Sunnath Robotics chips, receiving 41,250,000 units.", None),
    # a new investment with its own amount stays a deal of its own
    ("3月，马罗文资本斥资20亿元入股塔恩比科技，持股比例约为6%。" + _FILLER_ZH
     + "年底，马罗文资本再向塔恩比科技投资5亿元，获得41,250,000股。", "zh"),
])
def test_shares_of_another_pair_or_deal_stay_off_the_stake(tmp_path, body, language):
    stakes = _stakes(tmp_path, body, language)
    first = stakes[0]
    assert "shareCount" not in first[1], stakes
