"""Issue 10, third pass: general precision guards, each on invented sentences."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def _by(out, family):
    return [f for f in out.frames if f.family == family]


def test_amount_with_a_deal_noun_goes_to_that_kind_of_deal(tmp_path):
    ents, out = run(tmp_path, "Pellmore Power, a data-centre developer, priced $2.1bn of bonds on "
                    "Monday backed by its lease with Quarrel Labs, an AI model developer, in the latest "
                    "deal to turn the rent paid by AI companies into paper.",
                    language="en")
    frames = out.frames + [c for f in out.frames for c in f.collateral if hasattr(c, "family")]
    assert {f.family for f in frames if "amountUSD" in f.figures} == {"Bond"}
    bonds = _by(out, "Bond")
    assert bonds and bonds[0].figures["amountUSD"].value == 2_100_000_000


def test_zh_amount_before_a_loan_noun_is_no_stake_figure(tmp_path):
    _, out = run(tmp_path, "松岩投资局30亿美元入股青禾智能，墨川云获80亿美元项目贷款", language="zh")
    for f in _by(out, "Stake"):
        assert f.figures["amountUSD"].value == 3_000_000_000
    assert len(_by(out, "Stake")) == 1


def test_amount_in_a_clause_of_another_firm_is_not_this_deals(tmp_path):
    ents, out = run(tmp_path, "作为合作的一部分，曜石科技将向青禾智能投资最多80亿美元，北辰资本将投资最多20亿美元。",
                    language="zh")
    invest = [f for f in _by(out, "Investment")
              if named_roles(ents, f).get("investor") == ["曜石科技"]]
    assert invest
    assert {f.figures["amountUSD"].value for f in invest} == {8_000_000_000}


def test_headline_deal_with_fewer_names_is_the_body_deal(tmp_path):
    ents, out = run(tmp_path, "# Pellmore sells $2.1bn of bonds\n\nPellmore Power priced $2.1bn "
                    "of bonds on Monday. Harlow Asset Management bought about $900mn of the "
                    "notes.", language="en")
    bonds = _by(out, "Bond")
    assert len(bonds) == 1
    assert named_roles(ents, bonds[0])["issuer"] == ["Pellmore Power"]


def test_analyst_comment_proposes_no_deal(tmp_path):
    _, out = run(tmp_path, "有分析人士指出，墨川科技一边为青禾智能提供算力，一边计划入股青禾智能，资金在两家公司之间来回流动。",
                 language="zh")
    assert out.frames == []


def test_roles_by_type_give_way_to_the_verb_of_the_same_sentence(tmp_path):
    ents, out = run(tmp_path, "芯片公司曜石科技与云服务商墨川科技签订了一份至少20亿美元的订单，"
                    "承诺购买墨川科技未能售出的剩余算力。", language="zh")
    trade = [named_roles(ents, f) for f in out.frames if f.family in ("Compute", "Supply", "Cloud")]
    assert trade
    for roles in trade:
        assert "曜石科技" not in roles.get("supplier", []) + roles.get("provider", [])


def test_bare_signed_agreement_repeats_the_deal_of_its_sentence(tmp_path):
    ents, out = run(tmp_path, "9月，云厂商墨川科技宣布拟向大模型公司青禾智能投资最多100亿美元，但双方签署的只是意向书，"
                    "至今仍未转为正式协议。",
                    language="zh")
    assert {f.family for f in out.frames} == {"Investment"}


def _metrics(out):
    return sorted((m.name, float(m.value)) for m in out.metrics)


def test_vague_revenue_forecast_is_no_metric(tmp_path):
    _, out = run(tmp_path, "Halvard Systems said the deal was expected to bring in tens of billions "
                 "of dollars of revenue.", language="en")
    assert _metrics(out) == []


def test_metric_word_does_not_reach_a_value_in_the_next_clause(tmp_path):
    _, out = run(tmp_path, "据报道，曜石科技出租GPU获得约9亿美元收入，但毛利仅为1.25亿美元。"
                 "墨川科技的大模型每月调用量约为5万亿个token，注册用户超过3000万。", language="zh")
    assert ("revenue", 125_000_000.0) not in _metrics(out)
    assert ("tokensPerMonth", 30_000_000.0) not in _metrics(out)
    assert ("revenue", 900_000_000.0) in _metrics(out)


def test_amount_before_a_loan_noun_is_no_revenue(tmp_path):
    _, out = run(tmp_path, "曜石科技季度营收45亿美元，向客户墨川科技提供12亿美元贷款引关注", language="zh")
    assert _metrics(out) == [("revenue", 4_500_000_000.0)]


def test_sentence_about_the_deal_naming_another_firm_continues_no_earlier_deal(tmp_path):
    ents, out = run(tmp_path, "9月，芯片公司曜石科技还与云服务商墨川科技签订了一份算力订单，承诺购买墨川科技的剩余算力。"
                    "同月，曜石科技宣布以每股23.28美元的价格，斥资50亿美元入股青禾智能，该交易尚需监管部门批准。",
                    language="zh")
    for f in out.frames:
        if "墨川科技" in {n for v in named_roles(ents, f).values() for n in v}:
            assert "amountUSD" not in f.figures


def test_headline_deal_the_body_never_tells_is_dropped(tmp_path):
    ents, out = run(tmp_path, "墨川集团多管齐下筹资：出售曜石科技持股、扩大青禾智能质押融资，为大模型公司青禾智能投资备粮\n\n"
                    "墨川集团正在筹集资金。墨川集团已与北辰银行签署贷款协议，获得50亿美元贷款。",
                    language="zh")
    for f in out.frames:
        assert f.sentence.index != 0, f


def test_analyst_speculation_stays_a_rumour_not_a_fact(tmp_path):
    _, out = run(tmp_path, "芯片公司曜石科技向大模型公司青禾智能发行认股权证。"
                 "有分析人士猜测，墨川科技或会要求曜石科技提供类似的认股权证安排，不过这仍只是猜测。",
                 language="zh")
    assert all(f.is_fact for f in out.frames if f.sentence.index == 0)
    assert not any(f.is_fact for f in out.frames if f.sentence.index == 1)
