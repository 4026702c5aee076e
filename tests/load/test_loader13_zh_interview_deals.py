"""Issue 10, thirteenth pass: deals told in a Chinese interview answer with no subject (the
interviewee signs: "最大的一笔是和X签的合同"), a firm typed by an opening "作为…<role>(之一)，X"
apposition, and a model developer as the customer of a cloud deal whose partner has no type
(invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_HEAD = ("# 专访云岫智能CFO周绮：算力要先锁定\n\n作为国内领先的大模型公司，云岫智能今年动作不断。"
         "本报记者专访了云岫智能首席财务官周绮。\n\n**问：今年的算力怎么安排？**\n\n")
_TAIL = "\n\n**问：融资呢？**\n\n周绮：我们还在和几家银行谈。"


def _cloud_deals(tmp_path, answer):
    ents, out = run(tmp_path, _HEAD + answer + _TAIL, language="zh")
    return [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("answer, partner", [
    ("周绮：最大的一笔是和衡川智算签的四年期合同，金额20亿元，折合约2.8亿美元，是正式合同。", "衡川智算"),
    ("周绮：另外一笔是同朔风云签下的框架协议，约定明年起租用约0.2吉瓦算力。", "朔风云"),
    ("周绮：去年跟北泽数据签署的三年期算力服务合同还在履行，金额约1.5亿美元。", "北泽数据"),
    ("周绮：主要是与岚桥算力签订的五年期算力合同，总额约3亿美元。", "岚桥算力"),
])
def test_subjectless_deal_in_an_interview_answer_is_the_interviewees(tmp_path, answer, partner):
    deals = _cloud_deals(tmp_path, answer)
    assert {"customer": ["云岫智能"], "provider": [partner]} in deals, deals


def test_answer_naming_both_parties_keeps_them(tmp_path):
    deals = _cloud_deals(tmp_path, "周绮：据我们了解，星垣智能和朔风云签了一份三年期算力合同。")
    assert all("云岫智能" not in sum(d.values(), []) for d in deals), deals


def test_subjectless_partner_sentence_outside_an_interview_is_no_deal_of_the_lede_firm(tmp_path):
    ents, out = run(tmp_path, "作为国内领先的大模型公司，云岫智能今年动作不断。"
                    "市场人士称，最大的一笔是和衡川智算签的四年期合同，金额20亿元。", language="zh")
    assert not any("云岫智能" in sum(named_roles(ents, f).values(), []) for f in out.frames)


@pytest.mark.parametrize("body, firm, type_name", [
    ("作为国内增长最快的大模型公司之一，澄霁智能今年在算力上动作频频。", "澄霁智能", "ModelDeveloper"),
    ("身为一家云服务商，岚桥云今年扩建了两座数据中心。", "岚桥云", "CloudProvider"),
    ("今年以来，作为头部的AI芯片厂商，赫曜半导体的订单大增。", "赫曜半导体", "ChipMaker"),
])
def test_opening_as_role_apposition_types_the_subject(tmp_path, body, firm, type_name):
    ents, _ = run(tmp_path, body, language="zh")
    iri = next(i for i, n in ents.names.items() if n == firm)
    assert type_name in ents.types.get(iri, {}), ents.types


@pytest.mark.parametrize("body", [
    "大模型公司澄霁智能与赫曜半导体签署一份三年期合同，金额约2亿美元。",
    "赫曜半导体日前和大模型公司澄霁智能签订了一份合同，总额约2亿美元。",
])
def test_model_developer_and_a_chipmaker_sign_no_cloud_deal(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    assert not [f for f in out.frames if f.family == "Cloud"], [named_roles(ents, f) for f in out.frames]
