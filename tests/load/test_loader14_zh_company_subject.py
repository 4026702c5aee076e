"""Issue 10, fourteenth pass: a bare 公司 as the subject of a Chinese deal clause means the firm the
text is about there — the firm that opened an earlier sentence of the same paragraph as its subject
(market copy: "X午后拉升。消息面上，公司公告与Y签署…"), the sentence's own subject before a clause
of its own ("X方面，公司另与…", "X首席财务官Y告诉记者，公司…"), the firm a filing defines as 公司
(以下简称) or a research note covers, else the announcer, else the firm the headline opens with
(rules/zh_company_referent.py). Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, family, roles", [
    # market copy: each paragraph's 公司 is the firm that paragraph opened with
    ("存储方向走强。青禾科技早盘大涨7%。消息面上，公司晚间公告与芯片厂商澜星半导体签订GPU采购合同，金额约1.7亿美元。\n\n"
     "模型端个股走弱。辰光科技收跌3%。辰光科技晚间发布澄清公告称，公司未与任何云厂商接洽。",
     "Supply", {"buyer": ["青禾科技"], "supplier": ["澜星半导体"]}),
    ("电力方向，泰昌科技收涨4.1%。公司披露，已与银湾半导体签署GPU采购协议，金额约2亿美元。\n\n"
     "另一边，远舟科技晚间发布公告，公司股东拟减持。",
     "Supply", {"buyer": ["泰昌科技"], "supplier": ["银湾半导体"]}),
    # a paragraph whose subject is told by a description before its name
    ("港股上市云服务商岚川云昨日公布业绩。公司于9月与大模型公司澄川智能签订了为期三年的算力服务合同，总额约6亿美元。\n\n"
     "北岭科技晚间发布公告称，公司董事辞任。",
     "Cloud", {"customer": ["澄川智能"], "provider": ["岚川云"]}),
])
def test_company_subject_is_the_firm_its_paragraph_opened_with(tmp_path, body, family, roles):
    facts = _facts(tmp_path, body)
    assert (family, roles) in facts, facts


@pytest.mark.parametrize("body, roles", [
    ("北辰科技方面，公司另与芯片厂商澜星半导体签署了备忘录，拟采购0.5吉瓦的加速卡。",
     {"buyer": ["北辰科技"], "supplier": ["澜星半导体"]}),
    ("东岭科技首席财务官李明告诉记者，公司刚刚与芯片厂商华岳半导体签署GPU采购协议，金额约4亿美元。",
     {"buyer": ["东岭科技"], "supplier": ["华岳半导体"]}),
])
def test_company_after_its_own_subjects_clause_is_that_firm(tmp_path, body, roles):
    facts = _facts(tmp_path, "远舟科技（以下简称“公司”）发布公告。\n\n" + body)
    assert any(fam in ("Supply", "Compute") and r == roles for fam, r in facts), facts


@pytest.mark.parametrize("body", [
    "# 明远科技：拿下大模型算力订单\n\n明远科技11月3日晚间连发两则公告。\n\n"
    "第一则公告显示，公司与大模型公司澄川智能签订算力服务合同，合同总额约20亿元（约合2.8亿美元），期限3年。",
    "# 明远科技：拿下大模型算力订单\n\n明远科技11月3日晚间连发两则公告。\n\n"
    "据公告，公司已同大模型公司澄川智能签署《智能算力服务合同》，总金额约2.8亿美元。",
])
def test_company_in_a_story_headed_by_a_firm_is_that_firm(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert ("Cloud", {"customer": ["澄川智能"], "provider": ["明远科技"]}) in facts, facts


def test_company_defined_by_a_filing_is_not_the_paragraphs_other_firm(tmp_path):
    body = ("晨曦科技（以下简称“公司”）发布公告。\n\n"
            "海蓝科技是一家大模型公司，成立于2021年。公司与海蓝科技签署算力服务合同，合同金额约3亿美元。")
    facts = _facts(tmp_path, body)
    assert ("Cloud", {"customer": ["海蓝科技"], "provider": ["晨曦科技"]}) in facts, facts


def test_company_as_object_is_not_the_paragraph_subject(tmp_path):
    # 公司 after 与 is no clause subject: the sentence's own subject signs with the announcer
    body = ("晨曦科技（以下简称“公司”）发布公告。\n\n"
            "大模型公司海蓝科技与公司签署算力服务合同，合同金额约3亿美元。")
    facts = _facts(tmp_path, body)
    assert ("Cloud", {"customer": ["海蓝科技"], "provider": ["晨曦科技"]}) in facts, facts
    assert not any("海蓝科技" in r.get("provider", []) for _, r in facts), facts
