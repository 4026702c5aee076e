"""Issue 10, seventh pass: a Chinese name whose weak suffix is followed by a strong one, and the
deal it signs with a list partner (invented text)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_zh_weak_suffix_followed_by_a_strong_suffix_does_not_end_the_name(tmp_path):
    ents, out = run(tmp_path, "周二，云服务商青云科技股价大涨8%。青云科技与大模型公司雾岛智能正式签署了为期五年的算力服务合同，"
                    "总金额12亿美元。", language="zh")
    names = set(ents.names.values())
    assert "青云科技" in names and "青云" not in names
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"customer": ["雾岛智能"], "provider": ["青云科技"]}


def test_zh_choosing_a_firm_is_no_part_of_its_name(tmp_path):
    ents, out = run(tmp_path, "云服务商青云科技获得新订单。雾岛智能首席执行官表示，选择青云科技是因为其交付速度快。",
                    language="zh")
    assert not any(n.startswith("选择") for n in ents.names.values())
