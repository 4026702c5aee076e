"""Issue 10, thirteenth pass: a chipmaker named before a model name and the goods ("数十万颗英伟达
GB200及GB300芯片", "X300与X400加速卡") was read as the party a provider's chips go to — a supply deal
the wrong way round, with the brand as buyer. A maker's name before its model and goods is the
goods' brand, no party (as it already was before the bare goods: "出租英伟达GPU"). Invented text
and firm names (a reference chipmaker's name as written in Chinese copy in the second case)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body", [
    "根据协议，星图智能将使用云峤科技提供的曜川半导体X300芯片，并可扩展至更多CPU。",
    "根据协议，星图智能将使用亚马逊云科技提供的数十万颗英伟达GB200及GB300芯片。",
    "星图智能将使用云峤科技所提供的曜川半导体X300与X400加速卡训练模型。",
])
def test_a_maker_before_its_model_name_is_no_buyer(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    for f in out.frames:
        buyers = {ents.names.get(i, i) for i in f.roles.get("buyer", ())}
        assert not buyers & {"曜川半导体", "Nvidia", "英伟达"}, (f.rule, f.roles)


def test_a_purchase_from_the_maker_is_still_read(tmp_path):
    ents, out = run(tmp_path, "云峤科技向曜川半导体采购了价值8亿美元的X300芯片。", language="zh")
    (f,) = [f for f in out.frames if f.family == "Supply"]
    assert [ents.names.get(i, i) for i in f.roles["supplier"]] == ["曜川半导体"]
