"""Issue 10, eleventh pass (precision): a firm named after a metric's value as the source or an
exclusion of part of it ("most of it from X", "not including X", 其中大部分来自X) is not the metric's
owner: the firm the text was about is (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_OPEN = "Tarrow Compute reported third-quarter results on Tuesday. "
_OPEN_ZH = "澄川科技周二发布三季报。"


@pytest.mark.parametrize("body, owner, source", [
    (_OPEN + "Revenue in the quarter reached $2.1 billion, most of it from Tarvek AI.",
     "Tarrow Compute", "Tarvek AI"),
    (_OPEN + "Bookings rose to $9.4 billion, including a large order from Tarvek AI.",
     "Tarrow Compute", "Tarvek AI"),
    (_OPEN + "Quarterly revenue was $1.3 billion, excluding the Tarvek AI contract.",
     "Tarrow Compute", "Tarvek AI"),
    (_OPEN_ZH + "三季度营业收入达到12亿元，其中大部分来自墨岩智能。", "澄川科技", "墨岩智能"),
    (_OPEN_ZH + "前三季度营业收入为18亿元，不包括墨岩智能的订单。", "澄川科技", "墨岩智能"),
])
def test_firm_named_as_a_source_after_the_value_does_not_own_the_metric(
        tmp_path, body, owner, source):
    ents, out = run(tmp_path, body)
    owners = {ents.names.get(m.firm, m.firm) for m in out.metrics}
    assert owner in owners
    assert source not in owners


def test_firm_after_the_value_without_a_source_word_still_owns_it(tmp_path):
    ents, out = run(tmp_path, "Revenue of $2.1 billion was reported by Tarvek AI on Tuesday.")
    assert {ents.names.get(m.firm, m.firm) for m in out.metrics} <= {"Tarvek AI"}
