"""Issue 10: deals told as noun phrases, and bindingness told sentences later (invented text)."""
from __future__ import annotations

from tests.load.helpers import frames_by_family, named_roles, run


def _deal(out, family):
    return frames_by_family(out).get(family, [])


def test_investment_by_x_of_up_to_and_gigawatts_of_systems_for_y(tmp_path):
    ents, out = run(tmp_path, "Nvidia and Anthropic unveiled a tie-up. It covers at least 4 "
                    "gigawatts of Nvidia servers for Anthropic, plus an investment by Nvidia of "
                    "up to $20 billion.", language="en")
    kinds = set().union(*(f.kinds for f in out.frames if f.is_fact))
    assert {"ComputeCommitment", "InvestmentCommitment"} <= kinds
    inv = next(f for f in out.frames if "InvestmentCommitment" in f.kinds)
    roles = named_roles(ents, inv)
    assert (roles["investor"], roles["investee"]) == (["Nvidia"], ["Anthropic"])


def test_possessive_contract_with_is_a_deal_with_its_amount(tmp_path):
    ents, out = run(tmp_path, "Oracle's $7 billion contract with Anthropic starts next year.",
                    language="en")
    cloud = _deal(out, "Cloud")[0]
    assert named_roles(ents, cloud) == {"provider": ["Oracle"], "customer": ["Anthropic"]}
    assert cloud.figures["amountUSD"].value == 7_000_000_000


def test_zh_provided_capacity_and_order_of_x_are_deals(tmp_path):
    ents, out = run(tmp_path, "甲骨文向Anthropic提供的3吉瓦算力将分期交付。CoreWeave拿下了"
                    "Anthropic的20亿美元订单。", language="zh")
    pairs = {(tuple(r["provider"]), tuple(r["customer"]))
             for r in (named_roles(ents, f) for f in _deal(out, "Cloud"))}
    assert len(pairs) == 2 and all(c == ("Anthropic",) for _, c in pairs)


def test_letter_of_intent_told_a_paragraph_later_marks_the_deal(tmp_path):
    _, out = run(tmp_path, "Nvidia and Anthropic unveiled a tie-up. It covers at least 4 "
                 "gigawatts of Nvidia servers for Anthropic.\n\nInvestors cheered. Shares "
                 "climbed. But the agreement was only a letter of intent.", language="en")
    deal = _deal(out, "Compute")[0]
    assert deal.binding is False and "LetterOfIntent" in deal.kinds


def test_no_assurance_of_definitive_agreements_is_not_binding(tmp_path):
    _, out = run(tmp_path, "Oracle signed a cloud contract with Anthropic. There is no "
                 "assurance the companies will enter into definitive agreements.", language="en")
    assert _deal(out, "Cloud")[0].binding is False


def test_zh_only_a_framework_agreement_said_later(tmp_path):
    _, out = run(tmp_path, "甲骨文与Anthropic签署算力合同。市场反应积极。双方签署的只是框架协议。",
                 language="zh")
    assert all(f.binding is False for f in _deal(out, "Cloud"))


def test_negated_signing_states_no_new_deal_but_marks_the_last_one(tmp_path):
    _, out = run(tmp_path, "CoreWeave表示，将向英伟达采购约3亿美元的GPU。双方尚未签署正式合同。",
                 language="zh")
    assert [f.family for f in out.frames] == ["Supply"]
    assert out.frames[0].binding is False


def test_share_count_before_a_suffix_name_is_not_part_of_it(tmp_path):
    ents, _ = run(tmp_path, "芯片商启衡微电子向万象智能授予认股权证，可认购最多300万股启衡微电子股票。",
                  language="zh")
    assert "万股启衡微电子" not in {m.name for m in ents.mentions}


def test_zh_order_placed_and_capacity_provided_as_noun_phrases(tmp_path):
    ents, out = run(tmp_path, "英伟达向CoreWeave下达的20亿美元算力订单已于本月生效。"
                    "甲骨文为Anthropic提供的1吉瓦算力明年上线。", language="zh")
    clouds = [f for f in out.frames if f.family == "Cloud"]
    assert len(clouds) == 2
    assert float(clouds[0].figures["amountUSD"].value) == 2e9


def test_struck_a_deal_with_in_a_relative_clause(tmp_path):
    ents, out = run(tmp_path, "Anthropic, which last month struck a $5bn deal with CoreWeave, is "
                    "raising money.", language="en")
    cloud = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, cloud) == {"provider": ["CoreWeave"], "customer": ["Anthropic"]}


def test_signed_a_customer_to_a_contract_worth(tmp_path):
    ents, out = run(tmp_path, "CoreWeave first signed Anthropic in March to a contract worth up to "
                    "$5bn over four years.", language="en")
    cloud = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, cloud) == {"provider": ["CoreWeave"], "customer": ["Anthropic"]}
    assert float(cloud.figures["amountUSD"].value) == 5e9


def test_expecting_to_sign_definitive_agreements_is_not_definitive(tmp_path):
    _, out = run(tmp_path, "Oracle signed a cloud contract with Anthropic. The companies expect to "
                 "sign definitive agreements later this year.", language="en")
    assert _deal(out, "Cloud")[0].binding is not True
