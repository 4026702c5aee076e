"""Issue 10, fourteenth pass: Chinese names ending in a sector word that is also a common noun
(通信, 电力, 光电, 电气: "锐石通信", "岭南电力") are weak suffixes: a name is read from them where the
weak-suffix rules allow (a move told of it, a role word before it, a recurrence), as with 数据 or
能源. They were no suffix at all, so a market wrap's telecom and power movers were lost, and with
them their deals (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, name", [
    ("光模块方向领涨。锐石通信午后直线拉升至涨停，收涨9.98%。锐石通信盘中公告称订单饱满。", "锐石通信"),
    ("电力板块中，岭南电力涨5.6%。岭南电力披露，已与云栈算力签订长期购电协议。", "岭南电力"),
    ("光模块股集体走强，北溟光电收涨6.1%，北溟光电成交额创年内新高。", "北溟光电"),
    ("设备股走强，恒川电气收涨4.3%，恒川电气此前中标多个智算中心配电项目。", "恒川电气"),
    ("运营商华信通信与大模型公司星澜智能签署了算力合作协议，华信通信当日股价上涨3%。", "华信通信"),
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
