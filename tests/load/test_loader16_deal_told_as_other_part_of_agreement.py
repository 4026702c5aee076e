"""Issue 10, sixteenth pass: a deal told as a part of a pair's agreement told before.
"As part of the accord, Y will …", "Compute is the second leg of the agreement. Y will rent …",
合同的另一部分涉及…: the deal is bound as the same pair's deal told before it is. A part told as
still unsettled ("remains under negotiation", "might rent … later", 仍在磋商, 可能) is not bound,
and nothing is copied from a deal told later or from another pair's deal. Invented sentences and
firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_SUPPLY = ("Lorimer Chips has signed a binding purchase agreement to sell 20,000 accelerators to "
           "Dunmorrow AI for delivery next year. ")
_ZH_SUPPLY = "芯片商岚溪半导体与模型公司启沅智能签订了具有法律约束力的芯片采购合同，启沅智能将采购2万颗加速芯片。"


def _cloud_binding(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [f.binding for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("body, language", [
    (_SUPPLY + "Compute is the second leg of the agreement. Dunmorrow AI will rent $900 million of "
     "cloud capacity from Lorimer Chips over three years.", None),
    (_SUPPLY + "As part of the accord, Dunmorrow AI will pay Lorimer Chips $900 million to run the "
     "chips in Lorimer's cloud for three years.", None),
    (_ZH_SUPPLY + "合同的另一部分涉及算力：启沅智能将在三年内向岚溪半导体租用价值60亿元的云计算服务。", "zh"),
])
def test_deal_told_as_part_of_a_binding_agreement_is_binding(tmp_path, body, language):
    assert _cloud_binding(tmp_path, body, language=language) == [True]


@pytest.mark.parametrize("body, language", [
    # the part told as unsettled: negotiation or a modal, in the cue's sentence or the deal's
    (_SUPPLY + "The second leg of the contract, a compute deal, remains under negotiation. "
     "Dunmorrow AI might rent cloud capacity from Lorimer Chips later this year.", None),
    (_SUPPLY + "Talks on the other part of the agreement have not finished. Dunmorrow AI will rent "
     "cloud capacity from Lorimer Chips.", None),
    (_SUPPLY + "As part of the accord, Dunmorrow AI may also rent cloud capacity from Lorimer Chips.",
     None),
    (_ZH_SUPPLY + "交易的另一部分仍在磋商，启沅智能可能向岚溪半导体租用云计算服务。", "zh"),
    # the agreement is told after the deal: nothing before to copy from
    ("Under the accord, Dunmorrow AI will also rent $900 million of cloud capacity from Lorimer "
     "Chips. " + _SUPPLY, None),
    # the earlier deal is told with no bindingness
    ("Lorimer Chips sold 20,000 accelerators to Dunmorrow AI last year.\n\nAs part of the package, "
     "Dunmorrow AI agreed to rent $900 million of cloud capacity from Lorimer Chips.", None),
    # another pair's deal
    (_SUPPLY + "Compute is the second leg of the agreement. Brisklow Robotics will rent $900 million "
     "of cloud capacity from Lorimer Chips over three years.", None),
])
def test_no_settled_part_of_the_pairs_bound_deal_no_binding(tmp_path, body, language):
    assert True not in _cloud_binding(tmp_path, body, language=language)
