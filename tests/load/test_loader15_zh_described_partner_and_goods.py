"""Issue 10, fifteenth pass: Chinese partners told with a description.

- Right after a preposition (与/和/跟/向/为/由…) any few words may modify the role word before the
  partner's name ("与华北智算云服务商X", "跟西部电力企业Y"): the whole descriptor joins the partner's
  slot, so the deal pattern sees the partner right after its marker (rules/slots.py).
- A generic deal over goods (光模块, 服务器, 交换机) between a cloud provider and a firm the text gives
  no type is a supply: the untyped firm sells, the cloud provider buys (rules/frames.py).
- 产业资本, 私募股权机构 are investor role words: the name after them is a firm.
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


#: A closing line that names the coined firms again (a weak-suffix name is a firm when it recurs).
_CLOSE = "\n\n收盘时，澈川云微涨1.2%，睿澜通信收跌0.8%，朔原能源与晟岭股份平收。"


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body + _CLOSE, language="zh")
    return [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, family, roles", [
    ("为了训练下一代模型，蔚岑科技年初与华北智算云服务商澈川云订立了三年期的算力服务合同，价款未披露。",
     "Cloud", {"customer": ["蔚岑科技"], "provider": ["澈川云"]}),
    ("澈川云表示，已跟西部地区电力企业朔原能源签署一份0.4吉瓦的绿电供应协议。",
     "Supply", {"buyer": ["澈川云"], "supplier": ["朔原能源"]}),
    ("去年12月，澈川云同一家上海大模型公司蔚岑科技签下算力租赁合同，规模约0.2吉瓦。",
     "Cloud", {"customer": ["蔚岑科技"], "provider": ["澈川云"]}),
    ("蔚岑科技随后向苏州本土芯片设计公司垣曦半导体采购一批加速卡，金额约8000万美元。",
     "Supply", {"buyer": ["蔚岑科技"], "supplier": ["垣曦半导体"]}),
    ("澈川云本月起向深圳头部模型开发商蔚岑科技提供算力租赁服务，期限两年。",
     "Cloud", {"customer": ["蔚岑科技"], "provider": ["澈川云"]}),
])
def test_descriptor_after_a_preposition_joins_the_partner(tmp_path, body, family, roles):
    facts = _facts(tmp_path, body)
    assert (family, roles) in facts, facts


@pytest.mark.parametrize("body", [
    "为备战明年的扩容，澈川云和睿澜通信敲定了一份交换机采购协议，首批货值6500万美元。",
    "睿澜通信晚间公告，已和算力云厂商澈川云签署一份交换机采购框架协议，涉及约3000万美元。",
    "澈川云与睿澜通信签订了一批高速光模块的采购合同，总额约1.2亿美元。",
    "睿澜通信称，公司同云服务商澈川云签署交换机采购合同，合同额约9000万美元。",
    "据公告，睿澜通信与澈川云签下光器件采购协议，金额约4500万美元，分三批交付。",
])
def test_goods_deal_with_a_cloud_provider_is_a_supply_by_the_untyped_firm(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert ("Supply", {"buyer": ["澈川云"], "supplier": ["睿澜通信"]}) in facts, facts
    assert not any(fam == "Cloud" for fam, _ in facts), facts


@pytest.mark.parametrize("body", [
    "睿澜通信不自建机房，已同云服务商澈川云签订GPU租用合同，期限四年，金额约2亿美元。",
    "睿澜通信与澈川云签署了一份服务器托管合同，总额约5000万美元。",
])
def test_goods_rented_from_a_cloud_provider_stay_a_cloud_deal(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert ("Supply", {"buyer": ["澈川云"], "supplier": ["睿澜通信"]}) not in facts, facts


def test_goods_deal_between_a_model_developer_and_a_cloud_stays_as_typed(tmp_path):
    # a model developer is typed: the untyped-seller rule does not fire
    facts = _facts(tmp_path, "大模型公司蔚岑科技与云服务商澈川云签订服务器托管合同，金额约6000万美元。")
    assert ("Supply", {"buyer": ["澈川云"], "supplier": ["蔚岑科技"]}) not in facts, facts


@pytest.mark.parametrize("body, investor", [
    ("产业资本鹤汀投资拟出资约8400万美元，认购晟岭科技新发行的约9%股份。", "鹤汀投资"),
    ("私募股权机构槿原投资承诺向澈川云追加出资2亿美元，换取约5%的股份。", "槿原投资"),
    ("私募机构栎泉投资以约3000万美元入股蔚岑科技，持股约4%。", "栎泉投资"),
    ("本轮由产业资本芦湾投资领投，向蔚岑科技注资约5000万美元。", "芦湾投资"),
    ("私募股权机构荻洲投资已向澈川云投资1.5亿美元。", "荻洲投资"),
])
def test_investor_role_words_name_the_investor(tmp_path, body, investor):
    ents, out = run(tmp_path, body + _CLOSE, language="zh")
    investors = [n for f in out.frames for n in named_roles(ents, f).get("investor", [])]
    assert investor in investors, [(f.family, named_roles(ents, f)) for f in out.frames]


# Review fix: only network and optical gear makes the untyped firm the seller; servers or GPUs an
# AI firm buys from a cloud provider make it no seller.
_CLOSE_AI = "\n\n收盘时，曜岚智能上涨2.1%，澈川云收跌0.4%。"


@pytest.mark.parametrize("body", [
    "曜岚智能晚间披露，和算力云厂商澈川云签署一批AI服务器的订购协议，合同额约4000万美元。",
])
def test_servers_bought_with_a_cloud_provider_make_the_ai_firm_no_seller(tmp_path, body):
    ents, out = run(tmp_path, body + _CLOSE_AI, language="zh")
    sellers = [n for f in out.frames for n in named_roles(ents, f).get("supplier", [])]
    assert "曜岚智能" not in sellers, [(f.family, named_roles(ents, f)) for f in out.frames]
