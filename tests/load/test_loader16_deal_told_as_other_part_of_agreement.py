"""Issue 10, sixteenth pass: a deal told as a part of a pair's agreement told before.
"As part of the package, Y agreed to buy …", "Then comes the other half of the arrangement: Y
committed to …", "The remaining part of the deal concerns compute. Y will rent …", 协议的另一部分是…: the deal is bound as the same
pair's deal told under that agreement before it is (binding when the agreement is definitive, a
letter when it is one). Nothing is copied from a deal told later or from another pair's deal.
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_DEFINITIVE = ("Vaystone Systems and Holt Labs signed a definitive agreement on Monday under which "
               "Vaystone will hold about 18% of Holt Labs. Regulators in two countries must still "
               "approve it. Analysts expect that to take until spring. ")


def _cloud_binding(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [f.binding for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("body", [
    _DEFINITIVE + "\n\nAs part of the package, Holt Labs agreed to buy $40 billion of cloud capacity "
    "from Vaystone over eight years.",
    _DEFINITIVE + "\n\nThen comes the other half of the arrangement: Holt Labs committed to spend "
    "$40 billion on Vaystone's cloud services over eight years.",
    _DEFINITIVE + "\n\nThe remaining part of the deal concerns compute. Holt Labs will rent $40 "
    "billion of GPU capacity from Vaystone over eight years.",
    _DEFINITIVE + "\n\nAs a part of the same accord, Holt Labs will rent $40 billion of cloud "
    "capacity from Vaystone Systems.",
])
def test_deal_told_as_part_of_a_definitive_agreement_is_binding(tmp_path, body):
    assert _cloud_binding(tmp_path, body) == [True]


def test_zh_other_part_of_the_agreement_is_binding(tmp_path):
    body = ("岚谷科技与星渊智能签署最终协议，岚谷科技将持有星渊智能约15%的股权。该交易尚需监管审批。预计明年一季度完成交割。\n\n"
            "协议的另一部分是算力采购：星渊智能将在未来五年向岚谷科技采购价值300亿元的云计算服务。")
    assert _cloud_binding(tmp_path, body, language="zh") == [True]


@pytest.mark.parametrize("body", [
    # the agreement is told after the deal: nothing before to copy from
    "Under the accord, Holt Labs will also rent $40 billion of cloud capacity from Vaystone Systems. "
    + _DEFINITIVE,
    # the earlier deal is no agreement told as binding
    "Vaystone Systems bought about 18% of Holt Labs last year.\n\nAs part of the package, Holt Labs "
    "agreed to buy $40 billion of cloud capacity from Vaystone over eight years.",
    # another pair's deal
    _DEFINITIVE + "\n\nThen comes the other half of the arrangement: Merriden AI committed to spend "
    "$40 billion on Vaystone's cloud services over eight years.",
])
def test_no_bound_deal_of_the_pair_before_no_binding(tmp_path, body):
    assert _cloud_binding(tmp_path, body) == [None]
