"""Issue 10, fourteenth pass: (1) 它 as the subject of a Chinese clause means the firm that opened
the sentence before a clause break ("X自己不建机房，它与Y签订…"), else the firm its paragraph opened
with; 它们 and 其它 are no such subject. (2) A Chinese interview's headline is no turn of it even when
it reads "对话X周屿：“…”": the turns after it are still read, 我们 in an answer is X
(rules/zh_pronoun_subject.py, rules/zh_company_referent.py, rules/interviews.py). Invented
sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, family, roles", [
    ("启川智能自己不建机房，它与云服务商浩岚科技签订了一份为期四年、金额约42亿美元的算力租用合同。",
     "Cloud", {"customer": ["启川智能"], "provider": ["浩岚科技"]}),
    ("大模型公司启川智能今年扩张很快。它已同云服务商浩岚科技签署三年期算力服务合同，总额约5亿美元。",
     "Cloud", {"customer": ["启川智能"], "provider": ["浩岚科技"]}),
    ("澄曜科技没有自研芯片的计划，它向芯片厂商北屿半导体采购了约0.3吉瓦的加速卡。",
     "Supply", {"buyer": ["澄曜科技"], "supplier": ["北屿半导体"]}),
    ("澄曜科技去年亏损扩大；它随后与北极星银行签署一笔3亿美元的贷款协议。",
     "Loan", {"borrower": ["澄曜科技"], "lender": ["北极星银行"]}),
    ("为了锁定算力，启川智能做了两件事：它与云服务商浩岚科技签订了五年期算力合同，金额约10亿美元。",
     "Cloud", {"customer": ["启川智能"], "provider": ["浩岚科技"]}),
])
def test_subject_it_is_the_firm_the_sentence_or_paragraph_opened_with(tmp_path, body, family, roles):
    facts = _facts(tmp_path, body)
    assert any(fam in (family, "Compute") and r == roles for fam, r in facts), facts


@pytest.mark.parametrize("body", [
    "启川智能和澄曜科技都在扩张，它们与云服务商浩岚科技的合作仍在谈判中。",
    "启川智能称其它厂商与云服务商浩岚科技签订的合同价格更低。",
    "启川智能今年扩张很快，它的算力主要来自浩岚科技与澄曜科技签订的合同。",
])
def test_it_plural_or_other_is_no_firm_subject(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert not any("启川智能" in r.get("customer", []) for _, r in facts), facts


@pytest.mark.parametrize("answer, family, roles", [
    ("我们和国产芯片厂商芯岳科技签了一个0.5吉瓦的采购框架协议，主要用于推理。",
     ("Supply", "Compute"), {"buyer": ["深澜智能"], "supplier": ["芯岳科技"]}),
    ("我们去年同云服务商澜湖云签署了三年期算力合同，总额约16亿美元。",
     ("Cloud",), {"customer": ["深澜智能"], "provider": ["澜湖云"]}),
    ("最大的一笔是和云服务商澜湖云签的五年期合同。",
     ("Cloud",), {"customer": ["深澜智能"], "provider": ["澜湖云"]}),
])
def test_interview_headline_with_a_colon_is_no_turn(tmp_path, answer, family, roles):
    body = ("对话深澜智能周屿：“我们用三年锁定了算力”\n\n"
            "大模型公司深澜智能成立不到三年。我们与其CEO周屿聊了聊。\n\n"
            "**问：芯片和算力怎么安排？**\n\n"
            f"周屿：{answer}\n\n"
            "**问：明年最大的风险是什么？**\n\n"
            "周屿：算力价格。")
    facts = _facts(tmp_path, body)
    assert any(fam in family and r == roles for fam, r in facts), facts
