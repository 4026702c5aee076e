"""Issue 10, fifth pass: counterparty lists with their own figures, borrowing, and a firm's
relative clause (invented text, invented firms)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run

TEXT = ("Brennock Cloud, which has signed capacity contracts with Osler Labs ($2.6 billion), "
        "Varrow AI ($1.1 billion) and Quist ($400 million) since March, said Monday it had "
        "borrowed $1.9 billion from Tamsin Bank and Corral Capital to pay for the chips.")


def test_contracts_with_a_list_whose_items_carry_amounts_are_one_deal_per_firm(tmp_path):
    ents, out = run(tmp_path, TEXT)
    deals = {tuple(named_roles(ents, f).get("customer", [])): f for f in out.frames
             if f.family == "Cloud"}
    assert set(deals) == {("Osler Labs",), ("Varrow AI",), ("Quist",)}
    assert deals[("Osler Labs",)].figures["amountUSD"].value == 2_600_000_000
    assert deals[("Varrow AI",)].figures["amountUSD"].value == 1_100_000_000
    assert deals[("Quist",)].figures["amountUSD"].value == 400_000_000
    assert all(named_roles(ents, f)["provider"] == ["Brennock Cloud"] for f in deals.values())


def test_it_borrowed_from_lenders_is_the_sayers_loan_without_the_lists_figures(tmp_path):
    ents, out = run(tmp_path, TEXT)
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"borrower": ["Brennock Cloud"],
                                       "lender": ["Corral Capital", "Tamsin Bank"]}
    assert [f.figures["amountUSD"].value for f in out.frames if f.family == "Loan"] \
        == [1_900_000_000]


def test_borrowing_against_a_contract_names_no_lender(tmp_path):
    ents, out = run(tmp_path, "Haldenrow Grid borrows $700m against Quillon Labs letter of intent. "
                    "Haldenrow Grid said it had borrowed $700 million against its letter of "
                    "intent with Quillon Labs.")
    assert not any("Quillon Labs" in named_roles(ents, f).get("lender", []) for f in out.frames)


def test_the_named_other_deal_is_only_a_letter_of_intent_leaves_the_listed_deals_alone(tmp_path):
    ents, out = run(tmp_path, TEXT + " The loan is secured by the Osler and Varrow contracts. "
                    "The Quist agreement is different: it is only a letter of intent.")
    binding = {tuple(named_roles(ents, f)["customer"]): f.binding for f in out.frames
               if f.family == "Cloud"}
    assert binding[("Quist",)] is False
    assert binding[("Osler Labs",)] is not False and binding[("Varrow AI",)] is not False


def test_last_month_it_signed_is_the_subject_of_the_sentence_before(tmp_path):
    ents, out = run(tmp_path, "Osler Labs, a model developer, raised new funds on Monday. Osler Labs "
                    "will spend much of that money on computing power. Last month it signed a $6bn, "
                    "four-year contract with Brennock Cloud.")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"provider": ["Brennock Cloud"], "customer": ["Osler Labs"]}
    assert deal.figures["amountUSD"].value == 6_000_000_000


def test_its_contract_with_a_lab_in_what_secures_a_loan_is_the_borrowers_deal(tmp_path):
    ents, out = run(tmp_path, "Brennock Cloud, a cloud provider that rents out GPUs, has raised a $1.2bn "
                    "loan from Tamsin Bank. The loan is secured by Brennock's fleet of GPUs and by "
                    "its $2.8bn, four-year contract with Osler Labs, the model developer.")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"provider": ["Brennock Cloud"], "customer": ["Osler Labs"]}
    loan = next(f for f in out.frames if f.family == "Loan")
    assert any(getattr(c, "family", None) == "Cloud" and c.parties() == deal.parties()
               for c in loan.collateral)


def test_its_lease_with_a_lab_stays_the_subjects_lease(tmp_path):
    ents, out = run(tmp_path, "Haldenrow Data runs GPU clusters. Both loans are backed by the chips Haldenrow Data owns "
                    "and by its lease with "
                    "Osler Labs. Under that lease, the AI developer rents the chips for three years.")
    lease = next(f for f in out.frames if f.family == "Lease")
    assert named_roles(ents, lease) == {"lessor": ["Haldenrow Data"], "lessee": ["Osler Labs"]}


def test_a_second_bond_buyer_with_its_own_verb_and_apposition_is_a_holder_too(tmp_path):
    ents, out = run(tmp_path, "Haldenrow Data, a data-centre developer, priced $2.1bn of bonds on Monday. "
                    "Tamsin Asset Management, the London-based asset manager, bought about $700mn "
                    "of the notes, and the Corral Investment Authority, a sovereign wealth fund, "
                    "took $500mn, according to people familiar with the allocation.")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert named_roles(ents, bond)["holder"] == ["Corral Investment Authority",
                                                 "Tamsin Asset Management"]


def test_a_memorandum_with_a_chipmaker_for_gigawatts_of_accelerators_is_a_supply(tmp_path):
    ents, out = run(tmp_path, "Osler Labs, an AI model developer, has separately signed a memorandum of understanding with "
                    "chipmaker Varrow Semiconductor for up to 1 gigawatt of accelerators.")
    deal = next(f for f in out.frames if len(f.parties()) == 2)
    assert "SupplyAgreement" in deal.kinds
    assert named_roles(ents, deal) == {"supplier": ["Varrow Semiconductor"], "buyer": ["Osler Labs"]}


def test_the_a_and_b_contracts_both_binding_marks_each_firms_deal_binding(tmp_path):
    ents, out = run(tmp_path, TEXT + " Brennock said the Osler and Varrow contracts, which back the "
                    "loan, are both binding for their full terms.")
    binding = {tuple(named_roles(ents, f)["customer"]): f.binding for f in out.frames
               if f.family == "Cloud"}
    assert binding == {("Osler Labs",): True, ("Varrow AI",): True, ("Quist",): None}


def test_zh_two_financings_as_noun_phrases_each_with_its_lender_and_its_collateral(tmp_path):
    ents, out = run(tmp_path, "云服务商澜汐云周二披露，公司已获得两笔融资：私募信贷基金北岬资本提供的12亿美元延迟提款信贷额度，"
                    "以及江屿银行提供的5亿美元定期贷款。前者以澜汐云与星河科技签订的算力合同为抵押，"
                    "后者则以公司自有的GPU集群作抵押。据悉，澜汐云与大模型公司星河科技的合同金额为20亿美元。",
                    language="zh")
    loans = {named_roles(ents, f)["lender"][0]: f for f in out.frames
             if f.family in ("Loan", "Facility")}
    assert set(loans) == {"北岬资本", "江屿银行"}
    assert all(named_roles(ents, f)["borrower"] == ["澜汐云"] for f in loans.values())
    assert loans["北岬资本"].family == "Facility"
    assert any(getattr(c, "family", None) == "Cloud" for c in loans["北岬资本"].collateral)
    assert any(isinstance(c, tuple) for c in loans["江屿银行"].collateral)
    assert not any(getattr(c, "family", None) == "Cloud" for c in loans["江屿银行"].collateral)


def test_a_warrants_share_count_is_no_figure_of_the_supply_deal_beside_it(tmp_path):
    ents, out = run(tmp_path, "Tarvek Semiconductor agreed to supply 600 megawatts of accelerators to "
                    "Tenby Labs, which also received a warrant for up to 18 million Tarvek shares.")
    assert not any("shareCount" in f.figures for f in out.frames
                   if f.family in ("Supply", "Compute", "Cloud"))


def test_funding_something_with_a_loan_from_a_lender_is_the_subjects_loan(tmp_path):
    ents, out = run(tmp_path, "Osler Labs is funding its share of the new cluster with a $600m loan "
                    "from Corral Capital, a private credit fund.")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"borrower": ["Osler Labs"], "lender": ["Corral Capital"]}
    assert loan.figures["amountUSD"].value == 600_000_000


def test_the_contract_is_worth_goes_to_no_loan_told_just_before(tmp_path):
    ents, out = run(tmp_path, "Tamsin Bank is lending about $6 billion to Haldenrow Data to build a "
                    "campus for Brennock Cloud. Reports say the contract is worth about $40 billion "
                    "over roughly five years.")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert loan.figures["amountUSD"].value == 6_000_000_000
    assert "termYears" not in loan.figures


def test_a_running_total_after_a_deal_is_no_figure_of_that_deal(tmp_path):
    ents, out = run(tmp_path, "Varrow Semiconductor, the chipmaker, has agreed to supply Brennock Cloud "
                    "with 200 megawatts of accelerators over two years. The order brings the total "
                    "value of Varrow's chip deals this year to $5.5bn, the chipmaker said.")
    assert not any(f.figures.get("amountUSD") and f.figures["amountUSD"].value == 5_500_000_000
                   for f in out.frames)


def test_a_pair_announcing_an_agreement_to_add_gigawatts_is_their_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "Osler Labs, an AI developer, and Brennock Cloud announced in May an "
                    "agreement to add 2.5 gigawatts of capacity. Reports say the contract is worth "
                    "about $90 billion over roughly six years.")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"provider": ["Brennock Cloud"], "customer": ["Osler Labs"]}
    assert deal.figures["capacityGW"].value == 2.5
    assert deal.figures["amountUSD"].value == 90_000_000_000


def test_committed_an_amount_to_a_firm_is_an_investment_and_the_funded_part_no_second_one(tmp_path):
    ents, out = run(tmp_path, "The deal caps a relationship that began in 2021. Brennock Cloud has "
                    "committed $4 billion to Osler Labs, of which $2.5 billion had been funded as of "
                    "June 30, according to its filings.")
    invest = [f for f in out.frames if f.family == "Investment"]
    assert [named_roles(ents, f) for f in invest] == [{"investor": ["Brennock Cloud"],
                                                      "investee": ["Osler Labs"]}]
    assert invest[0].figures["amountUSD"].value == 4_000_000_000


def test_a_definitive_agreement_told_first_does_not_make_a_later_older_deal_binding(tmp_path):
    ents, out = run(tmp_path, "Brennock Cloud and Osler Labs on Tuesday signed a new definitive "
                    "agreement on their partnership. The new terms reshape the relationship. "
                    "Analysts expect more deals. The partnership began in 2021. Brennock Cloud has "
                    "committed $4 billion to Osler Labs.")
    invest = next(f for f in out.frames if f.family == "Investment")
    assert invest.binding is None


def test_zh_the_size_of_a_joint_venture_is_no_amount_of_the_loan_beside_it(tmp_path):
    ents, out = run(tmp_path, "今年4月，开发商北岬科技与澜汐资本宣布，双方规模90亿美元的合资项目进入第二期，"
                    "由江屿银行牵头提供40亿美元建设贷款。", language="zh")
    amounts = {f.figures["amountUSD"].value for f in out.frames
               if f.family == "Loan" and "amountUSD" in f.figures}
    assert amounts == {4_000_000_000}


def test_earlier_contracts_of_the_same_relationship_are_deals_of_their_own(tmp_path):
    ents, out = run(tmp_path, "Osler Labs has agreed to pay Brennock Cloud up to a further $3bn for "
                    "computing capacity, the cloud provider said. The latest deal extends a "
                    "relationship that began in April with a four-year contract worth up to $7bn. "
                    "That agreement was topped up by another $2bn in June.")
    amounts = sorted(f.figures["amountUSD"].value for f in out.frames
                     if f.family == "Cloud" and "amountUSD" in f.figures)
    assert amounts == [2_000_000_000, 3_000_000_000, 7_000_000_000]
