"""Issue 10, eleventh pass: a Chinese interview's 我们 is the interviewee's firm; Chinese
sale-leasebacks (售后回租, 租回) are a lease from the asset's buyer to its seller; loans got with
拿到; bank names with 商 before 银行; leasing firms (金融租赁) by suffix (invented sentences and
firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _deals(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [(f.family, named_roles(ents, f)) for f in out.frames]


_LEDE = "智算服务商岱川科技今年密集完成多笔融资。本报记者专访了岱川科技首席财务官周静远。\n\n"


@pytest.mark.parametrize("turns, family, roles", [
    ("记者：园区租给了谁？\n\n周静远：我们把二号园区整体租给云服务商青梧云，租期八年。\n\n"
     "记者：还有别的吗？\n\n周静远：暂时没有。",
     "Lease", {"lessor": ["岱川科技"], "lessee": ["青梧云"]}),
    # turns on joined lines, the speaker after the turn before
    ("记者：钱从哪里来？\n周静远：主要是银行。我们从临江银行拿到的是人民币20亿元的项目贷款，期限八年。\n"
     "记者：利率高吗？\n周静远：不高。",
     "Loan", {"lender": ["临江银行"], "borrower": ["岱川科技"]}),
    ("**问：芯片从哪里买？**\n\n**答：**我们和芯片厂商曜川半导体签了一份采购合同，金额约5亿美元。\n\n"
     "**问：交付呢？**\n\n**答：**明年开始。",
     "Supply", {"supplier": ["曜川半导体"], "buyer": ["岱川科技"]}),
])
def test_we_in_a_zh_interview_answer_is_the_interviewees_firm(tmp_path, turns, family, roles):
    deals = _deals(tmp_path, _LEDE + turns)
    assert any(f == family and all(r.get(k) == v for k, v in roles.items())
               for f, r in deals), deals


def test_we_in_a_zh_question_or_a_plain_story_is_no_firm(tmp_path):
    body = ("岱川科技与青梧云签署合同。\n\n记者：我们能把园区租给青梧云吗？\n\n"
            "分析人士：我们认为可以。\n\n记者：为什么？")
    deals = _deals(tmp_path, body)
    assert not any(f == "Lease" for f, _ in deals)


@pytest.mark.parametrize("text", [
    "岱川科技拟将部分GPU服务器出售给远汀融资租赁有限公司，再以售后回租方式租回使用，融资金额6亿元，租期四年。",
    "岱川科技和远汀金融租赁做了一笔售后回租，把配电设备卖给对方再租回来，融资人民币9亿元。",
    "岱川科技与远汀金融租赁签署售后回租协议，融资金额5亿元。",
    "岱川科技以售后回租方式向远汀金融租赁融资3亿元，租期三年。",
])
def test_zh_sale_leaseback_is_a_lease_from_the_buyer_to_the_seller(tmp_path, text):
    deals = _deals(tmp_path, text)
    leases = [r for f, r in deals if f == "Lease"]
    assert len(leases) == 1, deals
    assert leases[0]["lessee"] == ["岱川科技"]
    assert leases[0]["lessor"][0].startswith("远汀")
    assert not any(f in ("Supply", "Compute") for f, _ in deals)


@pytest.mark.parametrize("text, bank", [
    ("岱川科技从豫商银行拿到一笔贷款，金额10亿元。", "豫商银行"),
    ("向浙商银行借款的岱川科技称，浙商银行已放款。", "浙商银行"),
    ("岱川科技获得闽商银行5亿元授信。", "闽商银行"),
])
def test_a_bank_name_with_shang_before_its_suffix_is_one_name(tmp_path, text, bank):
    ents, _ = run(tmp_path, text, language="zh")
    assert bank in {ents.names[m.iri] for m in ents.mentions if m.kind == "firm"}


@pytest.mark.parametrize("text", [
    "云厂商银行贷款增加。",
    "供应商银行账户被冻结。",
])
def test_shang_ending_a_role_word_before_a_bank_makes_no_name(tmp_path, text):
    ents, _ = run(tmp_path, text, language="zh")
    assert not any(m.text.endswith("商银行") for m in ents.mentions if m.kind == "firm")


@pytest.mark.parametrize("text, family", [
    ("岱川科技和芯片厂商曜川半导体签了一份采购合同，金额约5亿美元。", "Supply"),
    ("岱川科技与云服务商青梧云签了一份算力租用合同，总额约3亿美元。", "Cloud"),
    ("岱川科技同芯片厂商曜川半导体签了采购合同，约定部署0.5吉瓦加速卡。", "Supply"),
])
def test_a_colloquial_signing_verb_states_the_deal(tmp_path, text, family):
    deals = _deals(tmp_path, text)
    assert any(f == family or (family == "Supply" and f == "Compute") for f, _ in deals), deals


@pytest.mark.parametrize("text", [
    "澄海科技周二晚间公告称，与云厂商汀兰智算签署算力服务协议，金额约20亿元。",
    "澄海科技午间公告，与云厂商汀兰智算签订算力服务合同，金额约20亿元。",
    "澄海科技同日披露与云厂商汀兰智算签署为期三年的算力服务协议，金额约20亿元。",
])
def test_a_firm_reporting_a_contract_it_signed_with_another_is_its_party(tmp_path, text):
    deals = _deals(tmp_path, text)
    assert ("Cloud", {"provider": ["汀兰智算"], "customer": ["澄海科技"]}) in deals, deals
