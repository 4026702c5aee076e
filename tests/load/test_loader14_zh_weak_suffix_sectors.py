"""Issue 10, fourteenth pass: Chinese names ending in a sector word that is also a common noun
(通信, 电力, 光电, 电气: "砺峰通信", "黔岳电力") are weak suffixes: a name is read from them where the
weak-suffix rules allow (a move told of it, a role word before it, a recurrence), as with 数据 or
能源. They were no suffix at all, so a market wrap's telecom and power movers were lost, and with
them their deals (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, name", [
    ("临近收盘，砺峰通信被资金封上涨停板。砺峰通信近期披露了一批海外订单。", "砺峰通信"),
    ("受夏季用电高峰预期提振，黔岳电力盘中大涨超7%；黔岳电力表示，将向沐光算力的智算园区供应绿电。",
     "黔岳电力"),
    ("CPO概念午后异动，澜屿光电跳涨5.2%。澜屿光电的800G产品已小批量出货。", "澜屿光电"),
    ("汀州电气今日低开高走，全天上涨4.7%，汀州电气此前拿下一批变压器订单。", "汀州电气"),
    ("光通信厂商镜湖通信宣布与大模型企业霁月智能达成算力合作，镜湖通信收盘微涨1%。", "镜湖通信"),
])
def test_sector_suffix_names_are_firms(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    assert name in ents.names.values(), ents.names


@pytest.mark.parametrize("body", [
    "电力板块整体上涨1.2%，通信板块跌0.8%。",
    "光伏与电力设备股表现分化，电气设备指数收涨0.5%。",
])
def test_sector_words_alone_name_no_firm(tmp_path, body):
    ents, _ = run(tmp_path, body)
    assert not ents.names, ents.names
