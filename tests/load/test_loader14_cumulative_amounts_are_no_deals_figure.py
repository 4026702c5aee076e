"""Issue 10, fourteenth pass: an amount told as a cumulative sum (累计 with a few words between it
and the amount: 累计承诺出资130亿美元, 累计数字为138亿美元, 累计向其注资; "a cumulative $13bn") is the
sum of several deals told elsewhere, never one deal's amount (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(out):
    return [float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures]


@pytest.mark.parametrize("body, language, total", [
    ("截至9月30日，星澜资本累计承诺向明川智能出资130亿美元。", "zh", 1.3e10),
    ("截至6月底，星澜资本已向明川智能累计注资约85亿美元。", "zh", 8.5e9),
    ("星澜资本对明川智能的投资，有媒体给出的累计数字为138亿美元。", "zh", 1.38e10),
    ("北辰银行累计向云岫科技发放贷款逾40亿美元。", "zh", 4e9),
    ("Fernwood Capital has put a cumulative $13 billion into Lumio AI since 2021.", "en", 1.3e10),
])
def test_a_cumulative_amount_is_no_deals_figure(tmp_path, body, language, total):
    _, out = run(tmp_path, body, language=language)
    assert total not in _amounts(out), [(f.family, f.figures) for f in out.frames]


@pytest.mark.parametrize("body, language, amount", [
    ("星澜资本承诺向明川智能出资130亿美元。", "zh", 1.3e10),
    ("北辰银行向云岫科技发放40亿美元贷款，累计授信额度未披露。", "zh", 4e9),
    ("Fernwood Capital has put $13 billion into Lumio AI.", "en", 1.3e10),
])
def test_one_deals_amount_stays(tmp_path, body, language, amount):
    _, out = run(tmp_path, body, language=language)
    assert amount in _amounts(out), [(f.family, f.figures) for f in out.frames]
