"""Review of 4752036 (issue 10, twenty-third pass): a bindingness cue whose clause names the whole
deal before the part ("the contract is binding from the first tranche onward", "the deal is
legally binding and deliveries of the first 1 GW begin next year", "该协议自首批…交付起即具有法律约束力")
is said of the whole deal: it still reaches the deal told before (rules/cues.py
``_said_of_part``). A cue said of the part itself stays with the part."""
import pytest

from tests.load.helpers import run

_DEAL_EN = "Corvalis Labs will deploy 4 gigawatts of Tenmark Silicon accelerators over five years. "
_DEAL_ZH = "岚栖智能将在未来四年部署总计3吉瓦的澄芯科技加速卡。"


def _bindings(out):
    return [f.binding for f in out.frames if f.family == "Compute"]


@pytest.mark.parametrize("body", [
    _DEAL_EN + "Tenmark said the contract is binding from the first tranche onward.",
    _DEAL_EN + "Tenmark said the deal is legally binding and deliveries of the first 1 GW begin "
               "next year.",
    _DEAL_EN + "The agreement is a binding contract whose first tranche ships in 2026.",
    _DEAL_ZH + "澄芯科技表示，该协议自首批0.5吉瓦交付起即具有法律约束力。",
    _DEAL_ZH + "澄芯科技表示，该协议具有法律约束力并涵盖首批0.5吉瓦和其余2.5吉瓦。",
], ids=["from-first-tranche", "and-first-gw", "whose-first-tranche", "zh-from-first-batch",
        "zh-covers-first-batch"])
def test_the_whole_deal_said_binding_beside_a_part_stays_binding(tmp_path, body):
    _, out = run(tmp_path, body)
    assert _bindings(out) == [True]


@pytest.mark.parametrize("body", [
    _DEAL_EN + "Tenmark said only the first 1 GW is binding.",
    _DEAL_EN + "Tenmark said Corvalis's pledge to take the first 1 GW is binding.",
], ids=["only-first-gw", "pledge-first-gw"])
def test_the_part_said_binding_leaves_the_whole_unmarked(tmp_path, body):
    _, out = run(tmp_path, body)
    assert _bindings(out) == [None]
