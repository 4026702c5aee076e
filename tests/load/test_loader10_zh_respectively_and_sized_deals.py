"""Issue 10, tenth pass: listed firms that take listed amounts "respectively" (分别), and Chinese
deals announced or reached with their size before the noun (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Harrow Capital and Bellwood Partners will invest up to $10bn and $5bn respectively in Lumen AI, a model developer.",
    "青岚资本和北汀创投分别向模型公司墨川智能投资100亿美元、50亿美元。",
    "青岚资本与北汀创投分别承诺向大模型公司墨川智能投资最多100亿美元和最多50亿美元。",
])
def test_listed_investors_take_listed_amounts_respectively(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = sorted((named_roles(ents, f)["investor"], f.figures["amountUSD"].value)
                   for f in out.frames if f.family == "Investment")
    assert len(deals) == 2
    assert all(len(investors) == 1 for investors, _ in deals)
    first = "Harrow Capital" if body.startswith("Harrow") else "青岚资本"
    assert dict((i[0], v) for i, v in deals)[first] == 10_000_000_000


def test_without_respectively_the_list_stays_one_party(tmp_path):
    body = "青岚资本和北汀创投向模型公司墨川智能共同投资100亿美元。"
    ents, out = run(tmp_path, body, language="zh")
    deals = [f for f in out.frames if f.family == "Investment"]
    assert len(deals) == 1 and len(deals[0].roles["investor"]) == 2


@pytest.mark.parametrize("body", [
    "11月3日，云服务商云栈科技与模型公司墨川智能宣布一项为期7年、总额380亿美元的多年期合作。",
    "云服务商云栈科技与大模型公司墨川智能达成一笔总额380亿美元的算力合作，为期7年。",
    "大模型公司墨川智能和云服务商云栈科技公布了一份价值380亿美元的长期协议。",
])
def test_zh_deal_announced_with_its_size_before_the_noun(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    assert len(out.frames) == 1
    assert named_roles(ents, out.frames[0]) == {"provider": ["云栈科技"], "customer": ["墨川智能"]}
    assert out.frames[0].figures["amountUSD"].value == 38_000_000_000


def test_zh_three_way_cooperation_announced_without_size_is_no_deal_of_its_own(tmp_path):
    body = "云服务商云栈科技、芯片厂商赤岭半导体与模型公司墨川智能宣布三方合作。"
    ents, out = run(tmp_path, body, language="zh")
    assert out.frames == []
