"""Issue 10, fifteenth pass: a Chinese clause with no subject that opens with its partner
("**4月**：与Y签订…合同", "此外，同Y签下…") tells a deal of the firm the text is about there: the
paragraph's subject, else the firm a filing defines as 公司, the announcer, the firm the headline
opens with, else the one firm the headline names (rules/zh_implied_subject.py). Not when the
opener is a subject or a teller of its own ("公司公告称，与Y…", "分析师指出，与Y…") or the
sentence names another firm. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, family, roles", [
    # a timeline's entry under a bold date label; the headline names the firm mid-line
    ("# 一文读懂栎桥科技的2025\n\n栎桥科技是一家算力云服务商。\n\n"
     "**8月**：与大模型公司岚音智能签署三年期算力租赁合同，对方按月支付租金。",
     "Cloud", {"customer": ["岚音智能"], "provider": ["栎桥科技"]}),
    # a bulleted entry opened by a date and a comma, a chip purchase
    ("# 从零到一：栎桥科技的扩张路线\n\n"
     "- 2025年6月，和芯片厂商澹月半导体签署GPU采购协议，涉及金额约3亿美元。",
     "Supply", {"buyer": ["栎桥科技"], "supplier": ["澹月半导体"]}),
    # the paragraph's subject, then a clause opened by 此外
    ("栎桥科技上周披露三季报，营收同比增长四成。此外，同大模型企业汀岚智能签下一份两年期算力租赁合同。",
     "Cloud", {"customer": ["汀岚智能"], "provider": ["栎桥科技"]}),
    # the firm the headline opens with; the partner marker 跟
    ("# 栎桥科技：年内第三次扩容\n\n市场对算力的需求仍然旺盛。\n\n"
     "11月：跟芯片供应商琮岳半导体签了一份加速卡采购合同，规模约3亿美元。",
     "Supply", {"buyer": ["栎桥科技"], "supplier": ["琮岳半导体"]}),
    # a filing's defined 公司, the entry opened by 近日
    ("栎桥科技（以下简称“公司”）于今日发布公告。\n\n本周一，与大模型公司岚音智能订立一份推理算力租用合同，为期两年。",
     "Cloud", {"customer": ["岚音智能"], "provider": ["栎桥科技"]}),
])
def test_subjectless_partner_clause_is_the_deal_of_the_firm_the_text_is_about(
        tmp_path, body, family, roles):
    facts = _facts(tmp_path, body)
    assert (family, roles) in facts, facts


@pytest.mark.parametrize("body", [
    # another firm in the sentence is its subject
    "# 一图看懂栎桥科技的这一年\n\n与岚音智能签约之后，澹月半导体随即签订了新的算力合同。",
    # the opener tells who says it
    "# 一图看懂栎桥科技的这一年\n\n分析师指出，与岚音智能签订算力合同的云厂商越来越多。",
    # a long clause before the partner marker is no opener
    "# 一图看懂栎桥科技的这一年\n\n由于市场需求持续旺盛并且价格不断上涨，与岚音智能签订算力合同的厂商越来越多。",
])
def test_partner_clause_with_a_subject_or_teller_of_its_own_takes_no_elided_firm(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert not any("栎桥科技" in names for _, roles in facts for names in roles.values()), facts
