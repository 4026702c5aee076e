"""Issue 10, thirteenth pass: a weak-suffix Chinese name told once whose shares move, told as a
modifier before it ("昨日大涨15%的X", "连续涨停的X") or right after it ("X今日收跌5.7%"), is a
listed firm (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, firm", [
    ("此外，昨日大涨15%的宏岚电子今日冲高回落，收跌5.7%。", "宏岚电子"),
    ("连续涨停的北溪数据今天开板，全天成交额放大。", "北溪数据"),
    ("光模块板块走强，华岭信息今日收涨9.8%，创年内新高。", "华岭信息"),
])
def test_weak_suffix_name_whose_shares_move_is_a_firm(tmp_path, body, firm):
    ents, _ = run(tmp_path, body, language="zh")
    assert firm in set(ents.names.values()), ents.names


def test_market_data_word_before_an_index_move_is_no_firm(tmp_path):
    ents, _ = run(tmp_path, "宏观数据公布后，恒生指数收涨0.6%，市场情绪回暖。", language="zh")
    assert "宏观数据" not in set(ents.names.values()), ents.names
