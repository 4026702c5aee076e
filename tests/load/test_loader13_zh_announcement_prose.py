"""Issue 10, thirteenth pass: Chinese announcement prose. A filing firm that calls itself 公司 from
then on ("X（以下简称“公司”）") is the announcer, and 公司 no firm of its own; compute rented out as
a service ("向Y提供GPU算力租赁服务") is a cloud deal, not a chip supply; a finance-lease firm told
twice by its short name (X融资租赁) is a firm, one with its registered name; a sale-leaseback
whose seller is told before a clause of its own ("X拟以其持有的服务器，与Y开展售后回租业务")
(invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return ents, out, [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("alias", ["（以下简称“公司”）", "（下称\"本公司\"）", "（以下简称：公司）"])
def test_filer_calling_itself_company_is_the_announcer_not_a_firm(tmp_path, alias):
    body = ("（本文公司与人物均为虚构。）\n\n"
            f"【快讯】澄岳数据{alias}12月3日晚间披露，公司全资子公司澄岳智算与北屿智能签署算力合同。\n\n"
            "公司董事长林舟表示，订单饱满。12月4日，公司股价收涨5.2%。")
    ents, out, _ = _facts(tmp_path, body)
    assert "公司" not in set(ents.names.values()) and "本公司" not in set(ents.names.values())
    assert [m.firm for m in out.moves] and all(ents.names.get(m.firm, m.firm) == "澄岳数据"
                                              for m in out.moves), out.moves


@pytest.mark.parametrize("sentence", [
    "澄岳智算与北屿智能签署《算力服务合同》，由澄岳智算向北屿智能提供GPU算力租赁服务，合同期限5年。",
    "根据协议，澄岳智算将向大模型公司北屿智能提供算力租用服务，总金额约3亿美元。",
    "澄岳智算此前已向北屿智能提供服务器租赁服务，期限三年，金额约1亿美元。",
])
def test_compute_rented_out_as_a_service_is_a_cloud_deal_not_a_supply(tmp_path, sentence):
    _, _, facts = _facts(tmp_path, "大模型公司北屿智能今年扩张迅速，澄岳智算今年新增两座数据中心。" + sentence)
    assert ("Cloud", {"customer": ["北屿智能"], "provider": ["澄岳智算"]}) in facts, facts
    assert not [f for f in facts if f[0] == "Supply"], facts


def test_chips_sold_stay_a_supply(tmp_path):
    _, _, facts = _facts(tmp_path, "赫曜半导体将向北屿智能供应GPU芯片，金额约2亿美元。")
    assert ("Supply", {"buyer": ["北屿智能"], "supplier": ["赫曜半导体"]}) in facts, facts


@pytest.mark.parametrize("body, lessor", [
    ("澄岳智算拟以其持有的约2000台GPU服务器，与海颐融资租赁开展售后回租业务，融资金额10亿元，租赁期限4年。"
     "澄岳智算同时将收费权质押给海颐融资租赁。", "海颐融资租赁"),
    ("澄岳智算以自有的算力设备为租赁物，和北岸融资租赁做了一笔售后回租，期限三年。"
     "北岸融资租赁是一家地方国资背景的租赁公司。", "北岸融资租赁"),
    ("今年10月，澄岳智算通过旗下数据中心的GPU集群，同南屿融资租赁开展回租业务，金额约5亿元。"
     "南屿融资租赁表示，这是其首笔算力设备回租。", "南屿融资租赁"),
])
def test_sale_leaseback_with_finance_lease_firm_after_a_clause(tmp_path, body, lessor):
    ents, _, facts = _facts(tmp_path, "澄岳智算今年新增两座数据中心。" + body)
    assert ("Lease", {"lessee": ["澄岳智算"], "lessor": [lessor]}) in facts, facts


def test_finance_lease_short_name_is_its_registered_name(tmp_path):
    ents, _, facts = _facts(tmp_path, "澄岳智算将部分GPU服务器出售给海颐融资租赁有限公司，再以售后回租方式租回。"
                                      "公司与海颐融资租赁不存在关联关系。")
    names = set(ents.names.values())
    assert "海颐融资租赁有限公司" in names and "海颐融资租赁" not in names, names
