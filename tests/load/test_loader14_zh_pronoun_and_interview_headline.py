"""Issue 10, fourteenth pass: (1) 它 as the subject of a Chinese clause means the firm that opened
the sentence before a clause break ("X不自建机房，它同Y订立…"), else the firm its paragraph opened
with; 它们 and 其它 are no such subject. (2) A Chinese interview's headline is no turn of it even when
it reads "对话X某某：“…”": the turns after it are still read, 我们 in an answer is X
(rules/zh_pronoun_subject.py, rules/zh_company_referent.py, rules/interviews.py). Invented
sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, family, roles", [
    ("砺衡智能一直走轻资产路线，它同云服务商栖梧云订立了一份金额约27亿美元、期限六年的GPU租用合同。",
     "Cloud", {"customer": ["砺衡智能"], "provider": ["栖梧云"]}),
    ("大模型公司砺衡智能今年扩张很快。它已同云服务商栖梧云签署三年期的GPU算力合同，总额约5亿美元。",
     "Cloud", {"customer": ["砺衡智能"], "provider": ["栖梧云"]}),
    ("为降低成本，砺衡智能放弃了自建机房：它与云厂商栖梧云签署了期限三年、总额约7亿美元的算力合同。",
     "Cloud", {"customer": ["砺衡智能"], "provider": ["栖梧云"]}),
    ("汀川智能的训练集群早已饱和，它同云服务商栖梧云签署了两年期GPU服务合同，价值约3亿美元。",
     "Cloud", {"customer": ["汀川智能"], "provider": ["栖梧云"]}),
    # the paragraph's opening firm (read so before this pass too)
    ("汀川智能去年亏损扩大。它随后与鹭港银行签署一笔3亿美元的贷款协议。",
     "Loan", {"borrower": ["汀川智能"], "lender": ["鹭港银行"]}),
    ("砺衡智能的机房全部外包，它和云服务商栖梧云签下一份八年期的算力合同，价值约19亿美元。",
     "Cloud", {"customer": ["砺衡智能"], "provider": ["栖梧云"]}),
])
def test_subject_it_is_the_firm_the_sentence_or_paragraph_opened_with(tmp_path, body, family, roles):
    facts = _facts(tmp_path, body)
    assert any(fam in (family, "Compute") and r == roles for fam, r in facts), facts


@pytest.mark.parametrize("body, family, roles", [
    ("但砺衡智能并不自建数据中心，它同云服务商栖梧云订立了一份金额约27亿美元、期限六年的算力租用合同。",
     "Cloud", {"customer": ["砺衡智能"], "provider": ["栖梧云"]}),
    ("而砺衡智能此前选择轻资产路线，它和云服务商栖梧云签下两年期GPU算力服务合同，总价约9亿美元。",
     "Cloud", {"customer": ["砺衡智能"], "provider": ["栖梧云"]}),
    ("不过汀川智能从不自建机房，它同云服务商栖梧云签署为期四年的算力合同，总价约12亿美元。",
     "Cloud", {"customer": ["汀川智能"], "provider": ["栖梧云"]}),
    ("另外汀川智能的训练需求猛增，它与云厂商栖梧云签署了价值约6亿美元的三年期算力合同。",
     "Cloud", {"customer": ["汀川智能"], "provider": ["栖梧云"]}),
    ("此外汀川智能也不打算自购服务器，它已同云服务商栖梧云签订五年期GPU云服务合同，总额约31亿美元。",
     "Cloud", {"customer": ["汀川智能"], "provider": ["栖梧云"]}),
])
def test_a_conjunction_may_open_the_sentence_before_its_subject_firm(tmp_path, body, family, roles):
    facts = _facts(tmp_path, body)
    assert any(fam in (family, "Compute") and r == roles for fam, r in facts), facts


@pytest.mark.parametrize("body", [
    "砺衡智能和汀川智能都在扩张，它们与云服务商栖梧云的合作仍在谈判中。",
    "砺衡智能称其它厂商与云服务商栖梧云签订的合同价格更低。",
    "砺衡智能今年扩张很快，它的训练用卡大多由栖梧云从珀川半导体采购而来。",
    "但砺衡智能的客户很多，其中鹭港科技与云服务商栖梧云签有一份两年期合同。",
])
def test_it_plural_or_other_is_no_firm_subject(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert not any("砺衡智能" in r.get("customer", []) for _, r in facts), facts


@pytest.mark.parametrize("body", [
    "砺衡智能增长很快，它的竞争对手鹭港科技已与云服务商栖梧云签订五年期算力合同，金额约8亿美元。",
    "砺衡智能没有披露细节，它的同行鹭港科技向云服务商栖梧云租用了价值约4亿美元的GPU算力。",
    "砺衡智能规模不大，它的母公司与云服务商栖梧云签署了一份两年期算力合同，总额约6亿美元。",
    "砺衡智能去年收入翻倍，它的最大客户鹭港科技与珀川半导体签署了采购合同。",
    "砺衡智能仍在亏损，它的主要股东与云服务商栖梧云订立了算力服务合同。",
])
def test_the_possessive_it_is_no_clause_subject(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert not any("砺衡智能" in v for _, r in facts for v in r.values()), facts


@pytest.mark.parametrize("answer, family, roles", [
    ("芯片这块，我们跟国内芯片厂商岑石微电子签了一份0.6吉瓦规模的采购框架协议，以推理卡为主。",
     ("Supply", "Compute"), {"buyer": ["栎舟智能"], "supplier": ["岑石微电子"]}),
    ("前年我们就和云服务商渚光云签了四年期的算力服务合同，总价大约11亿美元。",
     ("Cloud",), {"customer": ["栎舟智能"], "provider": ["渚光云"]}),
    ("单笔金额最大的，要数和云服务商渚光云签的那份七年期合同。",
     ("Cloud",), {"customer": ["栎舟智能"], "provider": ["渚光云"]}),
])
def test_interview_headline_with_a_colon_is_no_turn(tmp_path, answer, family, roles):
    body = ("对话栎舟智能梁砚：“我们把算力订到了2028年”\n\n"
            "栎舟智能是一家做多模态模型的公司。本刊近日专访了其创始人梁砚。\n\n"
            "**问：算力从哪里来？**\n\n"
            f"梁砚：{answer}\n\n"
            "**问：你最担心什么？**\n\n"
            "梁砚：电力。")
    facts = _facts(tmp_path, body)
    assert any(fam in family and r == roles for fam, r in facts), facts
