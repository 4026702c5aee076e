"""Issue 10, fifth pass: precision guards and phrasing classes (invented text, invented firms)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_a_deal_told_binding_is_not_made_non_binding_by_a_later_letter_about_another_deal(tmp_path):
    ents, out = run(tmp_path, "Corlith Chips, the chipmaker, has signed a definitive agreement to "
                    "supply Wrenfield AI with 3 gigawatts of accelerators over five years. "
                    "Wrenfield has also signed a letter of intent with Pallow Power, a utility, "
                    "for 900 megawatts of electricity. The letter is not binding.")
    deal = next(f for f in out.frames if "corlith" in " ".join(f.parties()).lower())
    assert deal.binding is True


def test_zh_a_lease_told_binding_stays_binding_when_a_later_memorandum_is_not(tmp_path):
    ents, out = run(tmp_path, "数据中心运营商澄岭数据与人工智能公司朔光智能签署了一份为期八年的数据中心租赁合同，"
                    "总租金约30亿美元。澄岭数据表示，该租约为具有法律约束力的正式协议。"
                    "朔光智能另与芯片厂商青砾半导体签署了谅解备忘录，拟采购0.3吉瓦的加速器。"
                    "朔光智能强调，该备忘录不具法律约束力。", language="zh")
    lease = next(f for f in out.frames if "澄岭数据" in named_roles(ents, f).get(
        "lessor", []) + named_roles(ents, f).get("provider", []))
    assert lease.binding is True


def test_a_lender_taking_a_warrant_as_collateral_holds_no_warrant(tmp_path):
    ents, out = run(tmp_path, "Halvard Semiconductor has issued Osprey Labs a warrant for up to 12 "
                    "million Halvard shares. Osprey is paying for the chips with a $900 million "
                    "loan from Brackwater Credit, a private credit fund. Brackwater takes the "
                    "Halvard warrant as collateral, giving it a claim on the shares.")
    holders = [named_roles(ents, f).get("holder", []) for f in out.frames
               if f.family == "Warrant"]
    assert holders and all("Brackwater Credit" not in h for h in holders)


def test_zh_a_bank_taking_shares_as_pledge_holds_no_stake(tmp_path):
    ents, out = run(tmp_path, "云厂商溪桥云向江屿银行借款5亿美元。江屿银行持有溪桥云所持澄光科技的股份作为质押。",
                    language="zh")
    assert not any(f.family == "Stake" and "江屿银行" in named_roles(ents, f).get("investor", [])
                   for f in out.frames)


def test_zh_generic_supply_agreement_with_a_cloud_provider_is_a_supply_the_provider_buys(tmp_path):
    ents, out = run(tmp_path, "财报披露，岳川科技已与算力服务商澜汐云签订长期供货协议，向其供应价值25亿美元的GPU。",
                    language="zh")
    deal = next(f for f in out.frames if f.parties() and len(f.parties()) == 2)
    assert deal.family == "Supply"
    assert named_roles(ents, deal) == {"supplier": ["岳川科技"], "buyer": ["澜汐云"]}


def test_zh_generic_lease_contract_is_a_lease_the_provider_leases_out(tmp_path):
    ents, out = run(tmp_path, "数据中心运营商北岬数据日前与人工智能公司溯光智能签署了一份为期七年的数据中心租赁合同，"
                    "总租金约21亿美元。", language="zh")
    deal = next(f for f in out.frames if len(f.parties()) == 2)
    assert deal.family == "Lease"
    assert named_roles(ents, deal) == {"lessor": ["北岬数据"], "lessee": ["溯光智能"]}


def test_zh_compute_purchase_agreement_stays_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "人工智能公司溯光智能与云厂商北岬云签署了价值80亿美元的算力采购协议。", language="zh")
    deal = next(f for f in out.frames if len(f.parties()) == 2)
    assert deal.family in ("Cloud", "Compute")


def test_a_facility_read_from_a_co_lending_verb_keeps_the_sentences_facility_noun(tmp_path):
    ents, out = run(tmp_path, "Haldenrow, the GPU cloud operator, posted record revenue. "
                    "Haldenrow also said it had secured a $2 billion revolving credit facility "
                    "arranged by Marrow Bank, which is lending alongside Tidewell Capital, a private "
                    "credit fund.")
    loan = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    assert loan.family == "Facility" and "CreditFacility" in loan.kinds


def test_a_supply_deal_sold_by_a_cloud_operator_to_a_lab_is_a_cloud_service(tmp_path):
    ents, out = run(tmp_path, "Haldenrow, the GPU cloud operator, signed a loan with Marrow "
                    "Bank. The loan is secured by the chips Haldenrow will buy with the money "
                    "and by its contract with Quillon Labs, an AI lab. That contract is worth "
                    "$3 billion over five years.")
    deals = [f for f in out.frames if "Quillon Labs" in str(named_roles(ents, f))]
    assert deals and all(f.family == "Cloud" for f in deals)
    assert named_roles(ents, deals[0]) == {"provider": ["Haldenrow"],
                                           "customer": ["Quillon Labs"]}


def test_zh_shares_a_warrant_lets_the_holder_buy_are_the_warrants_not_a_stake(tmp_path):
    ents, out = run(tmp_path, "3月2日，芯片厂商岳川半导体宣布将向人工智能公司澜汐智能供应2吉瓦加速卡，"
                    "并向澜汐智能发行认股权证，允许其以每股0.01美元的价格认购最多8000万股岳川半导体股票，"
                    "约占其股本的6%。", language="zh")
    assert not any(f.family == "Stake" for f in out.frames)
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert named_roles(ents, warrant) == {"issuer": ["岳川半导体"], "holder": ["澜汐智能"]}
    assert warrant.figures["shareCount"].value == 80_000_000


def test_zh_transliterated_name_ends_before_the_verb_after_it(tmp_path):
    ents, out = run(tmp_path, "云厂商青砾云与人工智能公司星河智能达成合作。这一合作由星河智能首席执行官"
                    "马克·维兰德共同宣布。", language="zh")
    names = {p.person_name for p in out.posts}
    assert "马克·维兰德" in names
    assert not any("宣布" in n for n in names)


def test_zh_a_spread_of_margins_over_contracts_is_no_metric(tmp_path):
    ents, out = run(tmp_path, "据报道，云厂商青砾云出租GPU获得约6亿美元收入，毛利率约18%。报道称，不同合同的毛利率"
                    "从不足8%到超过25%不等。", language="zh")
    margins = sorted(float(m.value) for m in out.metrics if m.name == "grossMargin")
    assert margins == [18.0]


def test_a_spread_of_margins_ranging_from_to_is_no_metric(tmp_path):
    ents, out = run(tmp_path, "Haldenrow, the GPU cloud operator, said its gross margin was 31% in the "
                    "quarter. Margins on individual contracts ranged from under 9% to more than 40%.")
    margins = sorted(float(m.value) for m in out.metrics if m.name == "grossMargin")
    assert margins == [31.0]


def test_zh_the_latter_is_the_later_of_the_two_firms_named_before(tmp_path):
    ents, out = run(tmp_path, "此外，云厂商青砾云还与大模型公司星河智能签署备忘录，拟向后者投资最多5亿美元。",
                    language="zh")
    invest = next(f for f in out.frames if f.family in ("Investment", "Stake"))
    assert named_roles(ents, invest) == {"investor": ["青砾云"], "investee": ["星河智能"]}
    assert not any(f.family == "Cloud" for f in out.frames)


def test_zh_a_cloud_word_inside_a_firm_name_does_not_keep_a_bare_memorandum_frame(tmp_path):
    ents, out = run(tmp_path, "青砾云与星河智能签署备忘录，青砾云拟向星河智能投资最多5亿美元。",
                    language="zh")
    assert [f.family for f in out.frames] == ["Investment"]


def test_zh_firm_announces_then_comma_signs_with_a_cloud_provider(tmp_path):
    ents, out = run(tmp_path, "大模型公司星河智能同日宣布，与云厂商青砾云签订为期五年的算力合同，合同总价约90亿美元。",
                    language="zh")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"provider": ["青砾云"], "customer": ["星河智能"]}
    assert deal.figures["amountUSD"].value == 9_000_000_000


def test_zh_three_character_name_split_by_the_segmenter_keeps_its_third_character(tmp_path):
    ents, out = run(tmp_path, "云厂商青砾云与星河智能签署算力合同。青砾云总裁何斯年对此回应称合同进展顺利。",
                    language="zh")
    assert "何斯年" in {p.person_name for p in out.posts}


def test_zh_two_character_name_before_a_verb_stays_two_characters(tmp_path):
    ents, out = run(tmp_path, "云厂商青砾云与星河智能签署算力合同。星河智能首席执行官林溪透露，合同为期五年。",
                    language="zh")
    assert "林溪" in {p.person_name for p in out.posts}


def test_zh_the_underwriter_of_a_bond_issue_is_its_arranger_not_a_holder(tmp_path):
    ents, out = run(tmp_path, "云厂商澜汐云9月完成了一笔8亿美元的债券发行，以其持有的GPU作为抵押，由北岬证券担任承销商。",
                    language="zh")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert named_roles(ents, bond) == {"issuer": ["澜汐云"], "arranger": ["北岬证券"]}


def test_a_bank_that_led_a_loan_is_still_its_arranger_and_lender(tmp_path):
    ents, out = run(tmp_path, "Brennock Cloud has borrowed $900 million from a group of banks led by "
                    "Tamsin Bank.")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert "Tamsin Bank" in named_roles(ents, loan).get("arranger", [])
    assert "Tamsin Bank" in named_roles(ents, loan).get("lender", [])


def test_a_cloud_providers_purchase_agreement_for_chips_is_a_supply_it_buys(tmp_path):
    ents, out = run(tmp_path, "Osler Silicon, the chipmaker, builds inference accelerators for Brennock "
                    "Cloud, a cloud provider. Brennock's $1.4bn purchase agreement with Osler "
                    "Silicon, signed in May, is binding and covers 90 MW of chips over two years.")
    deal = next(f for f in out.frames if "Brennock Cloud" in str(named_roles(ents, f)))
    assert deal.family in ("Supply", "Compute")
    assert named_roles(ents, deal) == {"supplier": ["Osler Silicon"], "buyer": ["Brennock Cloud"]}


def test_a_capacity_purchase_agreement_stays_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "Osler Labs, a model developer, is growing fast. Osler's $3bn capacity purchase agreement "
                    "with Brennock Cloud runs for four years.")
    deal = next(f for f in out.frames if len(f.parties()) == 2)
    assert deal.family == "Cloud"


def test_zh_a_role_word_with_a_modifier_joins_the_firms_slot(tmp_path):
    ents, out = run(tmp_path, "芯片厂商岳川科技周一宣布，将向算力云厂商澜汐智算投资最多12亿美元。", language="zh")
    invest = next(f for f in out.frames if f.family == "Investment")
    assert named_roles(ents, invest) == {"investor": ["岳川科技"], "investee": ["澜汐智算"]}
    assert invest.figures["amountUSD"].value == 1_200_000_000


def test_zh_this_investment_is_non_binding_names_the_investment_not_the_later_supply(tmp_path):
    ents, out = run(tmp_path, "芯片厂商岳川科技周一宣布，将向算力云厂商澜汐智算投资最多12亿美元。"
                    "与此同时，澜汐智算已与岳川科技签署采购协议，采购0.8吉瓦的岳川加速卡。"
                    "业内人士指出，岳川科技的这笔投资目前仅停留在意向书阶段，不具法律约束力；"
                    "而澜汐智算的采购协议则是具有约束力的正式合同。", language="zh")
    invest = next(f for f in out.frames if f.family == "Investment")
    assert invest.binding is False
    assert all(f.binding is True for f in out.frames if f.family in ("Supply", "Compute"))


def test_a_headline_stake_the_body_tells_as_an_investment_is_not_a_second_deal(tmp_path):
    ents, out = run(tmp_path, "# 岳川科技拟入股澜汐智算\n\n芯片厂商岳川科技周一宣布，将向算力云厂商澜汐智算投资最多12亿美元。",
                    language="zh")
    assert [f.family for f in out.frames] == ["Investment"]


def test_zh_the_subject_right_before_dui_is_the_investor_not_a_firm_told_earlier(tmp_path):
    ents, out = run(tmp_path, "这笔资金用于收购芯片设计公司岳川科技，并为澜汐集团对星河智能最多80亿美元的投资提供资金。",
                    language="zh")
    invest = next(f for f in out.frames if f.family == "Investment")
    assert named_roles(ents, invest) == {"investor": ["澜汐集团"], "investee": ["星河智能"]}


def test_zh_raising_money_without_amount_or_giver_is_no_deal(tmp_path):
    ents, out = run(tmp_path, "为兑现对星河智能的巨额投资承诺，澜汐集团正在多管齐下筹集资金。", language="zh")
    assert not any(f.family == "Financing" for f in out.frames)


def test_the_companys_chief_executive_is_the_firm_told_before_not_one_named_after(tmp_path):
    ents, out = run(tmp_path, "Haldenrow Data, which is privately held, booked revenue of $300 million "
                    "last year. The company's chief executive, Mara Quint, on Monday dismissed a "
                    "report that Osler Semiconductor was negotiating to buy a stake in Haldenrow Data.")
    post = next(p for p in out.posts if p.person_name == "Mara Quint")
    assert ents.names[post.firm] == "Haldenrow Data"


def test_zh_a_headline_metric_belongs_to_the_firm_of_its_own_clause(tmp_path):
    ents, out = run(tmp_path, "# 出租岳川芯片赚得不多 澜汐云相关业务毛利率仅约12%\n\n"
                    "据报道，澜汐云出租岳川芯片的业务毛利率约为12%。", language="zh")
    firms = {ents.names[m.firm] for m in out.metrics if m.name == "grossMargin"}
    assert firms == {"澜汐云"}


def test_zh_raising_an_amount_through_a_vehicle_with_no_giver_is_no_deal(tmp_path):
    ents, out = run(tmp_path, "据报道，AI模型开发商星河智能正通过一家特殊目的实体筹集约90亿美元，其中约30亿美元为股权，"
                    "另有最多六十亿美元为债务。", language="zh")
    assert not any(f.family == "Financing" for f in out.frames)


def test_zh_bond_buyers_of_an_issuer_the_text_names_as_no_firm_are_no_bond_of_their_own(tmp_path):
    ents, out = run(tmp_path, "合资企业的融资主体发行了120亿美元债券，其中北岬资管认购约70亿美元，澜汐资本认购超过20亿美元。",
                    language="zh")
    assert not any(f.family == "Bond" and not f.roles.get("issuer") for f in out.frames)


def test_title_case_posts_are_posts_and_take_the_firm_right_before(tmp_path):
    ents, out = run(tmp_path, "Varrow Semiconductor, a chipmaker, and Osler Labs, an AI developer, "
                    "signed a supply deal. Varrow Semiconductor Chief Executive Lena Ostrova and Osler Labs Chief "
                    "Financial Officer Marcus Feld announced the partnership on Monday.")
    posts = {(p.person_name, ents.names[p.firm], p.role) for p in out.posts}
    assert ("Lena Ostrova", "Varrow Semiconductor", "CEO") in posts
    assert ("Marcus Feld", "Osler Labs", "CFO") in posts


def test_a_post_after_a_clause_about_another_firm_is_the_sentence_subjects(tmp_path):
    ents, out = run(tmp_path, "Brennock Cloud signed a loan with Tamsin Bank. Brennock Cloud expects "
                    "revenue of $900 million this year, Chief Executive Ida Marsh said. It is binding, "
                    "and requires Osler Labs to pay for the capacity, Chief Financial Officer Tom "
                    "Vale told analysts.")
    posts = {(p.person_name, ents.names[p.firm]) for p in out.posts}
    assert ("Ida Marsh", "Brennock Cloud") in posts
    assert ("Tom Vale", "Brennock Cloud") in posts


def test_zh_a_name_the_segmenter_does_not_tag_is_read_from_a_common_surname(tmp_path):
    ents, out = run(tmp_path, "云厂商青砾云与星河智能签署算力合同。星河智能首席执行官程舟表示，合同为期五年。"
                    "青砾云创始人林夕照则表示，公司今年营收有望翻倍。", language="zh")
    posts = {(p.person_name, ents.names[p.firm]) for p in out.posts}
    assert ("程舟", "星河智能") in posts
    assert ("林夕照", "青砾云") in posts


def test_zh_a_post_followed_by_a_verb_names_no_person(tmp_path):
    ents, out = run(tmp_path, "云厂商青砾云与星河智能签署算力合同。星河智能首席执行官表示，合同为期五年。",
                    language="zh")
    assert not out.posts


def test_name_then_the_post_takes_the_firm_the_text_is_about(tmp_path):
    ents, out = run(tmp_path, "Varrow Semiconductor did not put a dollar figure on the order. Mira "
                    "Kolb, the chief financial officer, said it would bring in billions.")
    posts = {(p.person_name, ents.names[p.firm], p.role) for p in out.posts}
    assert ("Mira Kolb", "Varrow Semiconductor", "CFO") in posts


def test_zh_bare_maoli_with_a_dollar_amount_is_gross_profit(tmp_path):
    ents, out = run(tmp_path, "据报道，云厂商澜汐云出租GPU的业务实现收入约六亿美元，但毛利只有八千万美元，毛利率约为13%。",
                    language="zh")
    found = {(m.name, float(m.value)) for m in out.metrics}
    assert ("grossProfit", 80_000_000.0) in found
    assert ("grossMargin", 13.0) in found
