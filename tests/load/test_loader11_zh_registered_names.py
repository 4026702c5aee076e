"""Issue 10, eleventh pass (precision): Chinese firm names read whole. A registered name given with
the short name the text then uses ("…科技有限公司（下称“Y”）") is the firm Y, with no firm made of its
place prefix; a weak suffix right before another business suffix (凌峰云 + 智算) does not end the
name (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, short, stray", [
    ("星岩算力周二晚间公告，公司与大模型公司上海星渡大模型科技有限公司（下称“星渡大模型”）签署算力服务协议。"
     "星渡大模型将在三年内采购算力。", "星渡大模型", "上海"),
    ("【快讯】智算服务商澄岳智算科技股份有限公司（以下简称\"澄岳智算\"）公告，公司获得恒川银行贷款。"
     "澄岳智算称，贷款期限五年。", "澄岳智算", "澄岳智算科技"),
    ("华岭微电子披露，已与杭州墨川云科技有限公司（简称「墨川云」）签订加速卡采购合同。"
     "墨川云将分两年付款。", "墨川云", "杭州"),
])
def test_zh_registered_name_with_its_short_name_is_one_firm_under_the_short_name(
        tmp_path, body, short, stray):
    ents, _ = run(tmp_path, body)
    names = set(ents.names.values())
    assert short in names
    assert stray not in names
    iris = {m.iri for m in ents.mentions if m.kind == "firm" and short in m.text}
    assert len(iris) == 1


@pytest.mark.parametrize("body, name", [
    ("穹石芯片公告，与算力服务商凌峰云智算签订服务器供货合同，金额约5亿美元。", "凌峰云智算"),
    ("据悉，云厂商青云算力已与墨川智能签署三年期算力合同。", "青云算力"),
    ("数据中心运营商岭云数据表示，将向墨川智能出租一座园区。", "岭云数据"),
])
def test_zh_weak_suffix_before_another_business_suffix_does_not_end_the_name(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    names = set(ents.names.values())
    assert name in names
    assert name[:3] not in names and name[:2] not in names
