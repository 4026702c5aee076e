"""Issue 10, thirteenth pass: an outlet told in brackets as a line's dateline, its copy running on
after it ("【南屿日报】昨日…", "【北岸财经·快讯】…"), is a publisher; a section label in brackets
("【快讯】", "【一级市场】", "【深度·时间线】") names none (invented outlets and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _publishers(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    return {ents.names[i] for i, types in ents.reference_types.items() if "Publisher" in types} | {
        ents.names[i] for i, types in ents.types.items() if "Publisher" in types}


@pytest.mark.parametrize("body, outlet", [
    ("# 标题\n\n【南屿日报】昨日，澄岳科技与北屿银行签署贷款协议。", "南屿日报"),
    ("【北岸财经·快讯】澄岳科技周三公告，拟发行公司债。", "北岸财经"),
    ("【海潮经济观察报】从深圳驱车一小时，就到了澄岳科技的数据中心。", "海潮经济观察报"),
    ("# 标题\n\n【21世纪海岚报道】总部位于新加坡的GPU云公司澜石算力近日完成融资。", "21世纪海岚报道"),
    ("【云栖新闻】周二A股算力板块走势分化，澄岳科技收涨3%。", "云栖新闻"),
])
def test_bracketed_outlet_opening_a_line_is_a_publisher(tmp_path, body, outlet):
    assert outlet in _publishers(tmp_path, body)


@pytest.mark.parametrize("body", [
    "【快讯】澄岳科技周二盘前宣布，已与北屿银行签署贷款协议。",
    "【一级市场】\n澄岳科技完成一轮融资。",
    "【深度·时间线】2025年，澄岳科技几乎每隔几周就宣布一笔交易。",
    "【新闻】澄岳科技今日公告，拟发行公司债。",
])
def test_bracketed_section_label_is_no_publisher(tmp_path, body):
    assert not _publishers(tmp_path, body)
