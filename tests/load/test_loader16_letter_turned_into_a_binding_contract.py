"""Issue 10, sixteenth pass: a letter later turned into a binding contract is binding.
A deal first told as a letter of intent, memorandum or term sheet (non-binding) and later told
as converted into a definitive or binding contract ("the memorandum became a binding contract",
"has since become a binding lease", 意向书已转为正式合同) is binding: the later definitive cue
overrides the earlier non-binding reading. A conversion still to come, asked about, doubted or
hoped for ("whether it had become binding", 能否最终转为正式合同仍存在不确定性) changes nothing,
and neither does another pair's letter converted. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _bindings(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(sorted(ents.names.get(i, i) for i in f.parties()), f.binding) for f in out.frames
            if f.family not in ("Loan", "Facility", "Financing", "Bond")]


_MOU = ("Brisklow Robotics will rent 40 racks of GPU servers from Kinvara Compute under a "
        "memorandum of understanding that carries no binding obligations. ")
_ZH_MOU = "游戏公司青枫科技去年与算力服务商岭澜算力签订算力租赁备忘录，约定不具约束力。"


@pytest.mark.parametrize("body, pair, language", [
    (_MOU + "Six weeks on, that memorandum became a binding hosting contract, a Kinvara filing "
     "shows.", ["Kinvara Compute", "Brisklow Robotics"], None),
    ("Wendlemere Data is to lease a 35-megawatt hall in Ohio to Ardlow AI under a term sheet that "
     "neither side treats as binding. By autumn it had become a binding lease, Ardlow's chief "
     "operating officer told investors.", ["Ardlow AI", "Wendlemere Data"], None),
    (_ZH_MOU + "据青枫科技最新公告，该备忘录现已转为正式合同，总价4.6亿元。", ["岭澜算力", "青枫科技"], "zh"),
])
def test_letter_later_converted_is_binding(tmp_path, body, pair, language):
    found = _bindings(tmp_path, body, language=language)
    assert (sorted(pair), True) in [(sorted(p), b) for p, b in found], found


@pytest.mark.parametrize("body, pair, language", [
    # the conversion asked about, doubted or still to come
    (_MOU + "Analysts questioned whether the memorandum had become a binding contract at all.",
     ["Kinvara Compute", "Brisklow Robotics"], None),
    (_MOU + "Kinvara hopes the memorandum can be converted into a definitive contract next year.",
     ["Kinvara Compute", "Brisklow Robotics"], None),
    (_ZH_MOU + "至于这份备忘录最终转为正式合同的可能性，公司提示仍有不确定性。", ["岭澜算力", "青枫科技"], "zh"),
    (_ZH_MOU + "截至发稿，该备忘录仍未转为正式合同。", ["岭澜算力", "青枫科技"], "zh"),
    # another pair's letter converted
    (_MOU + "In a separate deal, Pettigrove Cloud turned its memorandum with Osgood Labs into a binding "
     "contract last month.", ["Kinvara Compute", "Brisklow Robotics"], None),
    (_ZH_MOU + "另据了解，同业的沐川算力与启沅智能早前签的框架协议已转为正式合同。", ["岭澜算力", "青枫科技"], "zh"),
])
def test_no_conversion_of_this_letter_keeps_it(tmp_path, body, pair, language):
    found = _bindings(tmp_path, body, language=language)
    assert (sorted(pair), False) in [(sorted(p), b) for p, b in found], found
