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
    ("算力租赁概念午后异动。沐岚科技尾盘封板。盘后，公司公告称与芯片供应商琮光半导体签署了一份约1.3亿美元的"
     "加速卡采购合同。\n\n"
     "AI应用板块回调。砻溪科技跌2.4%。砻溪科技晚间回应投资者称，公司暂无新的算力采购计划。",
     "Supply", {"buyer": ["沐岚科技"], "supplier": ["琮光半导体"]}),
    ("11月18日，岑峰科技逆市上涨5.3%。公司当天披露，已和琮光半导体签订GPU采购协议，涉及金额约2.6亿美元。\n\n"
     "与此同时，衡舟科技发布公告，公司实控人拟转让部分股份。",
     "Supply", {"buyer": ["岑峰科技"], "supplier": ["琮光半导体"]}),
    # a paragraph whose subject is told by a description before its name
    ("科创板上市算力服务商栎川云周三披露季报。公司今年8月同大模型企业漪澜智能签署了三年期算力服务合同，"
     "合同额约5亿美元。\n\n"
     "篁竹科技当晚公告，公司监事会换届。",
     "Cloud", {"customer": ["漪澜智能"], "provider": ["栎川云"]}),
])
def test_company_subject_is_the_firm_its_paragraph_opened_with(tmp_path, body, family, roles):
    facts = _facts(tmp_path, body)
    assert (family, roles) in facts, facts


@pytest.mark.parametrize("body, roles", [
    ("槿川科技这边，公司另外同芯片供应商琮光半导体签下备忘录，打算采购合计350兆瓦规模的加速卡。",
     {"buyer": ["槿川科技"], "supplier": ["琮光半导体"]}),
    ("槐序科技副总裁周岚在接受采访时说，公司上周已与芯片供应商澹台半导体签订GPU采购协议，金额约3.2亿美元。",
     {"buyer": ["槐序科技"], "supplier": ["澹台半导体"]}),
])
def test_company_after_its_own_subjects_clause_is_that_firm(tmp_path, body, roles):
    facts = _facts(tmp_path, "远舟科技（以下简称“公司”）发布公告。\n\n" + body)
    assert any(fam in ("Supply", "Compute") and r == roles for fam, r in facts), facts


@pytest.mark.parametrize("body", [
    "# 栖霞科技：斩获大模型算力长单\n\n栖霞科技当晚一口气发出两份公告。\n\n"
    "其中一份公告称，公司与大模型公司漪澜智能签订算力服务合同，合同总额约18亿元（约合2.5亿美元），期限3年。",
    "# 栖霞科技：斩获大模型算力长单\n\n栖霞科技当晚一口气发出两份公告。\n\n"
    "另一份公告提到，公司与大模型公司漪澜智能签订了一份智算服务合同，期限两年，合同金额约12亿元。",
])
def test_company_in_a_story_headed_by_a_firm_is_that_firm(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert ("Cloud", {"customer": ["漪澜智能"], "provider": ["栖霞科技"]}) in facts, facts


def test_company_defined_by_a_filing_is_not_the_paragraphs_other_firm(tmp_path):
    body = ("纾禾科技（以下简称“公司”）发布公告。\n\n"
            "蔚岚科技是一家大模型公司，2022年创立。公司与蔚岚科技订立算力服务合同，金额约4亿美元。")
    facts = _facts(tmp_path, body)
    assert ("Cloud", {"customer": ["蔚岚科技"], "provider": ["纾禾科技"]}) in facts, facts


def test_company_as_object_is_not_the_paragraph_subject(tmp_path):
    # 公司 after 与 is no clause subject: the sentence's own subject signs with the announcer
    body = ("纾禾科技（以下简称“公司”）发布公告。\n\n"
            "大模型公司蔚岚科技与公司订立算力服务合同，金额约4亿美元。")
    facts = _facts(tmp_path, body)
    assert ("Cloud", {"customer": ["蔚岚科技"], "provider": ["纾禾科技"]}) in facts, facts
    assert not any("蔚岚科技" in r.get("provider", []) for _, r in facts), facts
