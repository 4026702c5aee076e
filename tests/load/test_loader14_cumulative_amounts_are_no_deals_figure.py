"""Issue 10, fourteenth pass: an amount told as a cumulative sum (累计 with a few words between it
and the amount: 累计承诺出资已达N亿美元, 累计数字约为N亿美元, 累计向其注资; "a cumulative $13bn") is the
sum of several deals told elsewhere, never one deal's amount (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(out):
    return [float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures]


@pytest.mark.parametrize("body, language, total", [
    ("按公司披露，到今年6月末星澜资本对明川智能的累计承诺出资已达96亿美元。", "zh", 9.6e9),
    ("过去三年里，星澜资本向明川智能累计注资约85亿美元。", "zh", 8.5e9),
    ("关于星澜资本向明川智能的投入总额，外界估算的累计数字约为112亿美元。", "zh", 1.12e10),
    ("沐恩银行累计向砚池科技发放贷款逾40亿美元。", "zh", 4e9),
    ("Fernwood Capital has put a cumulative $13 billion into Lumio AI since 2021.", "en", 1.3e10),
])
def test_a_cumulative_amount_is_no_deals_figure(tmp_path, body, language, total):
    _, out = run(tmp_path, body, language=language)
    assert total not in _amounts(out), [(f.family, f.figures) for f in out.frames]


@pytest.mark.parametrize("body, language, amount", [
    ("星澜资本承诺对明川智能出资96亿美元。", "zh", 9.6e9),
    ("沐恩银行向砚池科技发放40亿美元贷款，累计授信额度未披露。", "zh", 4e9),
    ("Fernwood Capital has put $13 billion into Lumio AI.", "en", 1.3e10),
])
def test_one_deals_amount_stays(tmp_path, body, language, amount):
    _, out = run(tmp_path, body, language=language)
    assert amount in _amounts(out), [(f.family, f.figures) for f in out.frames]
