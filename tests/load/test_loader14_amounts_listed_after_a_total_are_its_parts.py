"""Issue 10, fourteenth pass: amounts listed after a colon that follows a total are the total's parts
(invented text and firm names) — a bond's series, a syndicate's shares, instalments — never deals
of their own (no twin frame per part) nor the frame's amount."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(out):
    return sorted(float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures)


@pytest.mark.parametrize("body, language, total, parts", [
    ("岚峰科技已完成48亿美元公司债的发行，分四档：12亿美元于2029年到期、14亿美元于2031年到期、"
     "16亿美元于2034年到期、6亿美元于2054年到期。", "zh", 4.8e9, {1.2e9, 1.4e9, 1.6e9, 6e8}),
    ("Oriel Systems sold $9 billion of senior notes on Tuesday, split this way: $2 billion due 2030, "
     "$2.5 billion due 2033, $3 billion due 2036 and $1.5 billion due 2055.", "en", 9e9,
     {2e9, 2.5e9, 3e9, 1.5e9}),
    ("Brisk Compute borrowed $5 billion from its banks under a new term loan: $2.2 billion from "
     "Harwell Bank, $1.8 billion from Osgood Bank and $1 billion from Ebbridge Bank.", "en", 5e9,
     {2.2e9, 1.8e9, 1e9}),
    ("砚池科技获得沐恩银行牵头的总额12亿美元银团贷款：沐恩银行出资7亿美元，南湖银行出资5亿美元。", "zh",
     1.2e9, {7e8, 5e8}),
    ("Fernwood Capital agreed to invest $3.6 billion in Lumio AI, paid in three instalments: $1.6 "
     "billion at signing, $1.2 billion in 2026 and $0.8 billion in 2027.", "en", 3.6e9,
     {1.6e9, 1.2e9, 8e8}),
])
def test_parts_listed_after_a_total_are_no_deals(tmp_path, body, language, total, parts):
    _, out = run(tmp_path, body, language=language)
    amounts = _amounts(out)
    assert total in amounts, amounts
    assert not parts & set(amounts), amounts


@pytest.mark.parametrize("body, language, kept", [
    # no total before the colon: two deals, each with its amount
    ("Lumio AI signed two deals this week: a $3 billion cloud contract with Dunmere Cloud and a "
     "$2 billion supply agreement with Kestrelmoor Systems.", "en", {3e9, 2e9}),
    # one amount after the colon: the figure itself
    ("岚峰科技公告：公司已发行48亿美元公司债。", "zh", {4.8e9}),
    ("Oriel Systems said on Tuesday: it has priced $9 billion of senior notes.", "en", {9e9}),
])
def test_amounts_after_a_colon_without_a_total_stay(tmp_path, body, language, kept):
    _, out = run(tmp_path, body, language=language)
    assert kept <= set(_amounts(out)), _amounts(out)
