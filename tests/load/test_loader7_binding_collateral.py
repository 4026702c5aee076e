"""Issue 10, seventh pass: bindingness told apart from the deal, and what secures a financing
(invented text)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def _deal(ents, out, family, **roles):
    return next(f for f in out.frames if f.family == family
                and all(named_roles(ents, f).get(r) == v for r, v in roles.items()))


def test_definitive_agreement_with_modifiers_between_is_binding(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud has signed a definitive seven-year agreement to "
                    "supply computing capacity to Marrick Labs.")
    assert _deal(ents, out, "Cloud").binding is True


def test_zh_contract_said_to_be_no_letter_of_intent_is_binding(tmp_path):
    ents, out = run(tmp_path, "今年3月，松岭云与青禾智能签署了一份为期三年、总额8亿美元的算力服务合同。"
                    "松岭云首席执行官林默强调，这是一份具有法律约束力的正式合同，并非意向书，"
                    "“这也是北岸资本愿意放款的前提”。", language="zh")
    deal = _deal(ents, out, "Cloud")
    assert deal.binding is True and "LetterOfIntent" not in deal.kinds


def test_contract_not_a_letter_of_intent_is_no_letter_of_intent(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud signed a $900 million contract to supply capacity "
                    "to Marrick Labs. It is a binding contract, not a letter of intent, Quarrel "
                    "Cloud said.")
    deal = _deal(ents, out, "Cloud")
    assert deal.binding is True and "LetterOfIntent" not in deal.kinds


def test_the_memorandum_naming_two_firms_reaches_the_memorandum_not_their_contract(tmp_path):
    ents, out = run(tmp_path, "Marrick Labs has a three-year, $1.4 billion contract to rent "
                    "capacity from Quarrel Cloud, a GPU cloud operator, and Quarrel in turn has "
                    "signed a memorandum of understanding to buy $700 million of Cawdor Silicon "
                    "hardware to serve Marrick. The memorandum is non-binding, Quarrel said, and "
                    "the final order will depend on Marrick's usage.")
    cloud = _deal(ents, out, "Cloud")
    assert cloud.binding is not False and "LetterOfIntent" not in cloud.kinds
    assert any(f.binding is False for f in out.frames if f.family != "Cloud")


def test_definitive_agreement_told_in_a_relative_clause_does_not_bind_the_warrant(tmp_path):
    ents, out = run(tmp_path, "Cawdor Silicon said it had granted Marrick Labs a warrant to buy "
                    "up to 20 million Cawdor shares, sweetening a definitive agreement under which "
                    "the lab will buy accelerators over three years.")
    warrant = _deal(ents, out, "Warrant")
    assert warrant.binding is None


def test_lenders_claim_on_a_named_agreement_secures_the_loan(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud has signed a definitive five-year agreement to "
                    "supply computing capacity to Marrick Labs. Quarrel Cloud has closed a $900 "
                    "million loan from Harbor Bank. Lenders hold a claim on the Marrick agreement "
                    "and the receivables it generates.")
    loan = _deal(ents, out, "Loan")
    assert _deal(ents, out, "Cloud") in loan.collateral


def test_pledged_warrant_secures_the_facility(tmp_path):
    ents, out = run(tmp_path, "Cawdor Silicon granted Marrick Labs a warrant to buy up to 20 "
                    "million Cawdor shares. Marrick Labs signed a $600 million revolving credit "
                    "facility with Harbor Bank last month. The company pledged the Cawdor warrant "
                    "as security for that facility, according to a filing.")
    facility = next(f for f in out.frames if f.family in ("Facility", "Loan"))
    assert _deal(ents, out, "Warrant") in facility.collateral


def test_zh_pledged_shares_are_a_collateral_asset(tmp_path):
    ents, out = run(tmp_path, "公告显示，云服务商松岭云以其持有的青禾科技15%股权作质押，向北岸银行借入10亿元人民币（约合1.4亿美元）的三年期贷款。",
                    language="zh")
    loan = _deal(ents, out, "Loan")
    assert any(isinstance(c, tuple) and c[1] == "Asset" for c in loan.collateral)


def test_shares_named_beside_a_pledge_of_chips_are_no_share_collateral(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud closed a $900 million loan from Harbor Bank, secured "
                    "by its GPUs. Quarrel shares rose 4%.")
    loan = _deal(ents, out, "Loan")
    assert [c[1] for c in loan.collateral if isinstance(c, tuple)] == ["GPUFleet"]


def test_financing_said_not_to_be_secured_by_a_letter_has_no_such_collateral(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud signed a letter of intent with Marrick Labs for 300 "
                    "megawatts of capacity. Quarrel Cloud has closed a $900 million loan from "
                    "Harbor Bank. The loan is not secured by the letter of intent with Marrick.")
    loan = _deal(ents, out, "Loan")
    assert loan.collateral == []


def test_zh_shares_pledged_for_a_financing_of_their_own_do_not_secure_an_earlier_loan(tmp_path):
    ents, out = run(tmp_path, "北岸银行向云服务商松岭云提供了一笔5亿美元的过桥贷款。"
                    "此外，松岭云还扩大了以所持青禾科技股票为抵押的保证金贷款，将额度提高了3亿美元。",
                    language="zh")
    loan = _deal(ents, out, "Loan")
    assert not any(isinstance(c, tuple) and c[1] == "Asset" for c in loan.collateral)


def test_letter_of_intent_under_which_a_deal_is_told_stays_non_binding(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud and Marrick Labs, a model developer, signed a letter of "
                    "intent last week under which Marrick could rent as much as 1 GW of capacity.")
    assert _deal(ents, out, "Cloud").binding is False


def test_aim_to_convert_a_letter_into_a_definitive_contract_binds_nothing(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud and Marrick Labs, a model developer, have signed a "
                    "letter of intent under which Marrick would rent up to 1 GW of capacity. The "
                    "letter carries no financial commitment, and the companies said they aim to "
                    "convert it into a definitive contract by June.")
    assert _deal(ents, out, "Cloud").binding is False


def test_zh_market_report_denied_in_the_next_sentence_is_denied(tmp_path):
    ents, out = run(tmp_path, "另有市场消息称，青禾科技将向云服务商松岭云采购约5亿美元算力。"
                    "对此，松岭云方面明确否认，称目前与青禾科技没有任何业务往来。", language="zh")
    assert all(f.status == "Denied" for f in out.frames)
    assert out.frames


def test_binding_loan_agreement_signed_later_binds_the_loan(tmp_path):
    ents, out = run(tmp_path, "To build the capacity, Quarrel Cloud has taken a $2bn term loan "
                    "from a group of banks led by Harbor Bank. The binding loan agreement was "
                    "signed on Monday.")
    assert _deal(ents, out, "Loan").binding is True


def test_letter_taken_as_collateral_beside_the_loan_leaves_the_loan_binding_unset(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud has raised a $900 million loan from Harbor Bank. "
                    "Both lenders have taken the letter of intent as collateral, and the loan "
                    "carries interest of three points over SOFR.")
    assert _deal(ents, out, "Loan").binding is None


def test_warrant_issued_beside_a_definitive_supply_agreement_is_not_bound_by_it(tmp_path):
    ents, out = run(tmp_path, "Under a definitive agreement, Cawdor Silicon will supply Marrick Labs "
                    "with 800 megawatts of accelerators through 2029; the chipmaker has also issued "
                    "the lab a warrant for up to 10 million Cawdor shares.")
    assert _deal(ents, out, "Warrant").binding is None


def test_letter_said_not_binding_with_no_letter_told_reaches_no_warrant(tmp_path):
    ents, out = run(tmp_path, "Cawdor Silicon has issued Marrick Labs a warrant for up to 10 "
                    "million Cawdor shares. Marrick has also signed a letter of intent with a "
                    "utility for power. The letter is not binding.")
    assert _deal(ents, out, "Warrant").binding is None


def test_deal_told_as_part_of_a_definitive_agreement_is_binding(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud and Marrick Labs have signed a new definitive "
                    "agreement that leaves Quarrel with a stake of about 20% in Marrick. As part of "
                    "the agreement, Marrick has contracted to buy an incremental $40bn of Quarrel "
                    "cloud services.")
    assert _deal(ents, out, "Cloud").binding is True


def test_zh_memorandum_signed_with_a_fund_is_no_word_on_bonds_it_buys_later(tmp_path):
    ents, out = run(tmp_path, "云服务商松岭云日前宣布，已与北岸资本签署谅解备忘录。"
                    "根据备忘录，北岸资本拟向松岭云投资最多10亿美元。"
                    "园区的硬件采购已先行一步。"
                    "融资端，松岭云上周发行了5亿美元五年期绿色债券。"
                    "知情人士称，北岸资本也认购了其中约1亿美元。", language="zh")
    assert _deal(ents, out, "Investment").binding is False
    assert all(f.binding is None for f in out.frames if f.family == "Bond")


def test_zh_letter_pledged_with_one_firm_in_common_is_not_a_framework_deal_of_another(tmp_path):
    ents, out = run(tmp_path, "电力方面，云服务商松岭云与新能源企业青岚能源签署了框架协议，由青岚能源为园区供应300兆瓦绿电。"
                    "松岭云获得了一笔5亿美元的建设贷款，由北岸银行牵头。"
                    "担保物包括园区数据中心本身，以及松岭云与星河模型之间意向书转为正式合同后所产生的合同收益。",
                    language="zh")
    loans = [f for f in out.frames if f.family in ("Loan", "Financing")]
    assert loans and not any(c for f in loans for c in f.collateral if not isinstance(c, tuple))


def test_signing_a_binding_power_agreement_is_binding(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud has lined up electricity for its campus by signing a "
                    "binding 15-year power purchase agreement with Tarn Power for 500MW.")
    deal = next(f for f in out.frames if f.family not in ("Loan", "Facility", "Financing", "Bond"))
    assert deal.binding is True


def test_asset_joined_by_and_by_to_a_pledged_contract_told_before_is_collateral(tmp_path):
    ents, out = run(tmp_path, "Quarrel Cloud signed a definitive agreement to supply computing "
                    "capacity to Marrick Labs. Quarrel Cloud has closed a $900 million loan from "
                    "Harbor Bank. Lenders are secured by the Marrick supply contract and by the "
                    "Riverside data center campus itself.")
    loan = _deal(ents, out, "Loan")
    assert any(isinstance(c, tuple) and c[1] == "DataCenter" for c in loan.collateral)
    assert any(not isinstance(c, tuple) for c in loan.collateral)
