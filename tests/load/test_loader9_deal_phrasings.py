"""Issue 10, ninth pass: non-financing deals told in other words (invented text and firms).

Each test pins a class of phrasing with several paraphrases, not one sentence."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _deals(ents, out, family):
    return [(f, named_roles(ents, f)) for f in out.frames if f.family == family]


@pytest.mark.parametrize("body", [
    "今年2月，柏舟智能曾与云服务商松岩科技签下一份35亿美元的算力合同。",
    "柏舟智能此前已与云服务商松岩科技签署一份35亿美元的算力合同。",
    "柏舟智能去年就与云服务商松岩科技签订了35亿美元的算力协议。",
    "柏舟智能今年3月和云厂商松岩科技签订算力协议，金额35亿美元。",
])
def test_zh_adverb_or_time_between_subject_and_counterparty_keeps_the_deal(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    deals = _deals(ents, out, "Cloud")
    assert len(deals) == 1
    f, roles = deals[0]
    assert roles == {"customer": ["柏舟智能"], "provider": ["松岩科技"]}
    assert f.figures["amountUSD"].value == 3_500_000_000


@pytest.mark.parametrize("body", [
    "此前市场传出朔方科技有意入股青川智能的消息。",
    "业内早有传出朔方科技将投资青川智能的消息，但双方均未回应。",
    "There has been talk that Vardenn Labs would buy a stake in Helm AI.",
])
def test_deal_told_as_market_talk_is_rumoured_not_a_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family in ("Stake", "Investment")]
    assert deals and all(f.status == "Rumoured" for f in deals)
    assert all("传出" not in n and "风传" not in n for n in ents.names.values())


@pytest.mark.parametrize("tail", [
    "玄武科技在声明中说明，投资的具体金额、估值仍待双方进一步谈判。",
    "玄武科技表示，该投资的交割条件仍待双方谈判。",
    "据悉，采购的具体数量仍待双方确认。",
])
def test_zh_deal_verb_used_as_noun_before_de_states_no_new_deal(tmp_path, tail):
    body = ("玄武科技与主权财富基金海岳投资局签署谅解备忘录，后者拟向玄武科技投资，金额不超过30亿美元。"
            + tail)
    ents, out = run(tmp_path, body, language="zh")
    deals = [(f, named_roles(ents, f)) for f in out.frames]
    assert len(deals) == 1
    assert deals[0][1] == {"investor": ["海岳投资局"], "investee": ["玄武科技"]}


@pytest.mark.parametrize("body", [
    "Tarvek Semiconductor is giving Vardenn AI a warrant for up to 30 million shares.",
    "Tarvek Semiconductor has given Vardenn AI warrants covering 30 million shares.",
    "As part of the deal Tarvek Semiconductor is handing Vardenn AI an equity warrant on 30 million "
    "shares.",
    "Over five years Vardenn AI is due to receive 2 gigawatts of accelerators from Tarvek "
    "Semiconductor; in return the chipmaker is giving the AI developer a warrant over as many as 30 million shares.",
    "Vardenn AI, a model developer, agreed to buy chips from Tarvek Semiconductor, and the "
    "chipmaker has offered the start-up warrants on 30 million shares.",
])
def test_warrant_given_handed_or_offered_names_issuer_and_holder(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(ents, out, "Warrant")
    assert len(deals) == 1
    f, roles = deals[0]
    assert roles == {"issuer": ["Tarvek Semiconductor"], "holder": ["Vardenn AI"]}
    assert f.figures["shareCount"].value == 30_000_000


@pytest.mark.parametrize("body", [
    "Orison AI, a model developer, and Bramblecloud, a cloud provider, have a memorandum of "
    "understanding under which Bramblecloud would host a maximum of 500 megawatts of the systems.",
    "Tessel AI, a model developer, and Bramblecloud, a cloud provider, have signed a letter of "
    "intent whereby Bramblecloud will provide up to 500 MW of capacity.",
])
def test_pair_deal_whose_terms_follow_under_which_names_provider_by_type(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(ents, out, "Cloud")
    assert len(deals) == 1
    f, roles = deals[0]
    assert roles["provider"] == ["Bramblecloud"]
    assert f.binding is False and float(f.figures["capacityGW"].value) == 0.5
