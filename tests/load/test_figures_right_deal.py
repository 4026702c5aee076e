"""Issue 10: figures go to their own deal (invented text)."""
from __future__ import annotations

from tests.load.helpers import frames_by_family, named_roles, run


def test_clause_pronoun_it_is_the_sentence_subject_and_takes_its_order(tmp_path):
    ents, out = run(tmp_path, "Nvidia owns about 5% of CoreWeave, and last week it placed an order "
                    "with CoreWeave worth at least $2.1bn.", language="en")
    cloud = frames_by_family(out)["Cloud"][0]
    assert named_roles(ents, cloud) == {"customer": ["Nvidia"], "provider": ["CoreWeave"]}
    assert cloud.figures["amountUSD"].value == 2_100_000_000
    stake = frames_by_family(out)["Stake"][0]
    assert "amountUSD" not in stake.figures


def test_a_further_amount_added_by_the_two_sides_is_a_tranche_of_their_contract(tmp_path):
    _, out = run(tmp_path, "Anthropic signed a cloud contract with CoreWeave worth $3bn. "
                 "CoreWeave also received Anthropic shares worth $100 million. "
                 "In June the two sides added a further $1.5bn.", language="en")
    amounts = sorted(f.figures["amountUSD"].value for f in frames_by_family(out)["Cloud"])
    assert amounts == [1_500_000_000, 3_000_000_000]


def test_zh_increment_said_by_both_sides(tmp_path):
    _, out = run(tmp_path, "Anthropic宣布与CoreWeave扩大合作，新增合同金额最多20亿美元。随后双方又追加了5亿美元。",
                 language="zh")
    amounts = sorted(f.figures["amountUSD"].value for f in frames_by_family(out)["Cloud"])
    assert amounts == [500_000_000, 2_000_000_000]


def test_commitment_in_a_later_clause_is_not_annualised_revenue(tmp_path):
    _, out = run(tmp_path, "Anthropic预计年化营收将超过50亿美元，未来五年的算力承诺总额约为3000亿美元。",
                 language="zh")
    values = sorted(m.value for m in out.metrics)
    assert values == [5_000_000_000]


def test_lease_it_capacity_is_leasing_out(tmp_path):
    ents, out = run(tmp_path, "In May Pellwood, an operator of AI data centres, signed a "
                    "memorandum with Anthropic to lease it up to 150 MW of capacity.",
                    language="en")
    cloud = frames_by_family(out)["Cloud"][0]
    assert named_roles(ents, cloud) == {"provider": ["Pellwood"], "customer": ["Anthropic"]}


def test_firm_that_tells_a_facility_it_got_is_the_borrower(tmp_path):
    ents, out = run(tmp_path, "Pellwood, a cloud provider, is growing fast. "
                    "On Friday Pellwood said Ashgrove Capital, a private credit "
                    "firm, had provided a $400 million credit facility.", language="en")
    loan = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    assert named_roles(ents, loan) == {"lender": ["Ashgrove Capital"], "borrower": ["Pellwood"]}


def test_renting_out_a_makers_gpus_makes_no_deal_with_the_maker(tmp_path):
    _, out = run(tmp_path, "甲骨文通过向客户出租英伟达GPU获得约5亿美元收入。", language="zh")
    assert not [f for f in out.frames if f.is_fact]


def test_long_gap_that_overshoots_to_the_same_firm_takes_the_nearer_subject(tmp_path):
    _, out = run(tmp_path, "Under the deal, AMD will issue Anthropic a warrant for up to 80 million "
                 "AMD shares, vesting in tranches as Anthropic deploys 2 gigawatts of AMD chips.",
                 language="en")
    warrant = frames_by_family(out)["Warrant"][0]
    compute = frames_by_family(out)["Compute"][0]
    assert float(warrant.figures["shareCount"].value) == 80e6
    assert "shareCount" not in compute.figures and float(compute.figures["capacityGW"].value) == 2


def test_gapped_second_investor_gets_its_own_amount(tmp_path):
    ents, out = run(tmp_path, "Microsoft will invest up to $2 billion in Anthropic, while Nvidia "
                    "will invest up to $4 billion.", language="en")
    found = {tuple(named_roles(ents, f)["investor"]): float(f.figures["amountUSD"].value)
             for f in frames_by_family(out)["Investment"]}
    assert found == {("Microsoft",): 2e9, ("Nvidia",): 4e9}


def test_capacity_told_with_a_determiner_or_as_a_condition_is_no_figure(tmp_path):
    _, out = run(tmp_path, "云栈科技为建设这300兆瓦的机房，向磐岳半导体采购了约5亿美元的加速芯片。",
                 language="zh")
    assert all("capacityGW" not in f.figures for f in out.frames)
    _, out = run(tmp_path, "磐岳半导体向青澜智能发行认股权证，首批在青澜智能部署满100兆瓦后归属。",
                 language="zh", name="b")
    assert all("capacityGW" not in f.figures for f in out.frames)


def test_chips_bought_with_a_capacity_are_a_compute_commitment(tmp_path):
    _, out = run(tmp_path, "灵澜智能将从芯片商青岳芯片采购价值约20亿美元的AI芯片，部署规模达1吉瓦。", language="zh")
    deal = out.frames[0]
    assert {"ComputeCommitment", "SupplyAgreement"} <= deal.kinds


def test_capacity_in_a_sentence_about_the_purchases(tmp_path):
    _, out = run(tmp_path, "OpenAI agreed to buy $50 billion of computing power from Oracle. "
                 "The purchases would need about 2 gigawatts.", language="en")
    assert float(out.frames[0].figures["capacityGW"].value) == 2


def test_buying_capacity_is_a_cloud_deal_only(tmp_path):
    _, out = run(tmp_path, "Anthropic同意在大约四年内向甲骨文购买价值约200亿美元的算力。", language="zh")
    assert [f.family for f in out.frames] == ["Cloud"]
    assert float(out.frames[0].figures["amountUSD"].value) == 2e10


def test_tranches_of_a_financing_never_go_to_a_cloud_deal(tmp_path):
    _, out = run(tmp_path, "Anthropic同意向甲骨文购买价值约200亿美元的算力。这笔融资由两笔贷款组成：10亿美元和"
                 "5亿美元。", language="zh")
    assert [float(f.figures["amountUSD"].value) for f in out.frames] == [2e10]


def test_running_total_is_no_deal_and_no_figure(tmp_path):
    _, out = run(tmp_path, "Anthropic has expanded its cloud agreements with CoreWeave by up to $2 "
                 "billion, the cloud provider said, bringing the total value of its contracts "
                 "with the AI lab to $9.5 billion.", language="en")
    amounts = sorted(float(f.figures["amountUSD"].value) for f in out.frames
                     if "amountUSD" in f.figures)
    assert amounts == [2e9]
    _, out = run(tmp_path, "Anthropic宣布与CoreWeave扩大合作，新增合同金额最多20亿美元，使双方合同总额达到95亿美元。",
                 language="zh", name="b")
    assert sorted(float(f.figures["amountUSD"].value) for f in out.frames) == [2e9]


def test_firm_whose_shares_were_sold_is_no_party_of_a_loan(tmp_path):
    _, out = run(tmp_path, "The investor said it had sold 10 million Nvidia shares for about $1bn "
                 "and arranged a $2bn bridge loan.", language="en")
    assert not [f for f in out.frames if f.family in ("Loan", "Facility")]


def test_close_and_intraday_moves_in_one_sentence_are_two_moves(tmp_path):
    _, out = run(tmp_path, "AMD shares surged. The stock closed up 12.5% on Monday, October 6, "
                 "having jumped as much as 20% during the session. Nvidia shares fell as much as "
                 "3.5% in early trading before closing up 1.1%.", language="en")
    found = sorted((float(m.percent), m.intraday) for m in out.moves)
    assert found == [(-3.5, True), (1.1, False), (12.5, False), (20.0, True)]


def test_cloud_provider_providing_a_makers_chips_is_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "亚马逊云科技将向Anthropic提供数十万颗英伟达GB200芯片。", language="zh")
    assert [f.family for f in out.frames] == ["Cloud"]
    assert named_roles(ents, out.frames[0])["customer"] == ["Anthropic"]
