"""Issue 10, twenty-third pass: bindingness said of a part of a deal (a first, later or remaining
quantity, tranche or batch: "a binding commitment for the first 1 GW", "对首批0.5吉瓦的采购作出了
具有约束力的承诺", "the remaining 3 GW is only a letter of intent") in a sentence that tells no deal
of its own does not reach the whole deal told before (``part_of_deal`` in cues.yaml,
rules/cues.py ``_said_of_part``). A cue in another clause than the part ("the agreement is
binding, and the first 1 GW ships next year"), a cue said of the whole ("for all 4 GW"), and a
sentence telling its own deal keep their reading."""
import pytest

from tests.load.helpers import run

_DEAL_EN = "Corvalis Labs will deploy 4 gigawatts of Tenmark Silicon accelerators over five years. "
_DEAL_ZH = "岚栖智能将在未来四年部署总计3吉瓦的澄芯科技加速卡。"


def _bindings(out, family="Compute"):
    return [f.binding for f in out.frames if f.family == family]


@pytest.mark.parametrize("body", [
    _DEAL_EN + "Tenmark said Corvalis had taken on a binding obligation to buy the first 1 GW.",
    _DEAL_EN + "Tenmark said the first tranche of Corvalis's purchase is binding.",
    _DEAL_EN + "Tenmark said the remaining 3 GW of Corvalis's purchase is only a non-binding letter "
               "of intent.",
    _DEAL_ZH + "公告显示，岚栖智能就首批0.5吉瓦加速卡下达的订单具有约束力。",
    _DEAL_ZH + "澄芯科技表示，岚栖智能的首批订单具有法律约束力。",
    _DEAL_ZH + "澄芯科技称，岚栖智能其余2.5吉瓦的采购仍只是意向书。",
], ids=["first-gw", "first-tranche", "remaining-gw-loi", "zh-first-batch-gw", "zh-first-order",
        "zh-remaining-loi"])
def test_a_part_said_binding_leaves_the_whole_deal_unmarked(tmp_path, body):
    _, out = run(tmp_path, body)
    assert _bindings(out) == [None]


@pytest.mark.parametrize("body", [
    _DEAL_EN + "Tenmark said the agreement is binding, and the first 1 GW ships next year.",
    _DEAL_EN + "Tenmark said the purchase agreement is binding; the first 1 GW ships next year.",
    _DEAL_EN + "Tenmark said Corvalis had made a binding commitment for all 4 GW.",
    "Corvalis Labs signed a binding agreement to buy 1 GW of Tenmark Silicon accelerators, the "
    "first batch of a planned rollout.",
    _DEAL_ZH + "澄芯科技称，该协议具有法律约束力，首批0.5吉瓦明年交付。",
], ids=["part-in-next-clause", "part-after-semicolon", "all-of-it", "own-deal", "zh-part-in-next-clause"])
def test_the_whole_deal_said_binding_stays_binding(tmp_path, body):
    _, out = run(tmp_path, body)
    assert _bindings(out) == [True]
