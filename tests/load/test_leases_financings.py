"""Issue 10 (dev4 classes): leases of hardware and buildings, facilities told apart from loans,
two financings in one clause, bindingness said of a lease (invented text)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_possessive_lease_with_and_a_later_sentence_about_that_lease(tmp_path):
    ents, out = run(tmp_path, "Corran Grid, a data-centre operator, said its campus is full. "
                    "Lenders like Corran's 12-year lease with Anthropic. Under that lease, "
                    "described by Corran as binding, Anthropic pays about $800m a year.",
                    language="en")
    lease = next(f for f in out.frames if f.family == "Lease")
    assert named_roles(ents, lease) == {"lessor": ["Corran Grid"], "lessee": ["Anthropic"]}
    assert lease.binding is True and "LeaseAgreement" in lease.kinds


def test_leases_them_to_names_the_lessee_not_the_chip_maker(tmp_path):
    ents, out = run(tmp_path, "Halden Leasing, a GPU leasing company, buys Nvidia processors and "
                    "leases them to Anthropic for three years.", language="en")
    lease = next(f for f in out.frames if f.family == "Lease")
    assert named_roles(ents, lease) == {"lessor": ["Halden Leasing"], "lessee": ["Anthropic"]}
    assert not any(f.family == "Lease" and "Nvidia" in str(named_roles(ents, f))
                   for f in out.frames)


def test_term_loan_and_credit_facility_from_two_lenders_are_two_deals(tmp_path):
    ents, out = run(tmp_path, "Corran Grid, a data-centre operator, has secured a $1.5bn term loan "
                    "from Redfern Bank and a $400m credit facility from Ashgrove Capital.",
                    language="en")
    found = {(f.family, tuple(sorted(f.kinds)), named_roles(ents, f)["lender"][0],
              float(f.figures["amountUSD"].value)) for f in out.frames}
    assert found == {("Loan", ("Loan",), "Redfern Bank", 1.5e9),
                     ("Facility", ("CreditFacility",), "Ashgrove Capital", 4e8)}


def test_both_facilities_are_binding_reaches_both(tmp_path):
    _, out = run(tmp_path, "Corran Grid, a data-centre operator, has secured a $1.5bn term loan "
                 "from Redfern Bank and a $400m credit facility from Ashgrove Capital. Both "
                 "facilities were signed on Friday and are binding.", language="en")
    assert all(f.binding is True for f in out.frames)


def test_right_to_buy_shares_is_a_warrant_and_its_price_is_no_deal_value(tmp_path):
    ents, out = run(tmp_path, "Nvidia granted Anthropic the right to buy up to 20 million Nvidia "
                    "shares at one cent each.", language="en")
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert named_roles(ents, warrant) == {"issuer": ["Nvidia"], "holder": ["Anthropic"]}
    assert "amountUSD" not in warrant.figures


def test_a_warrant_handed_alongside_an_order_takes_no_amount(tmp_path):
    _, out = run(tmp_path, "Nvidia hands Anthropic a warrant alongside $2bn order", language="en")
    assert all("amountUSD" not in f.figures for f in out.frames if f.family == "Warrant")


def test_the_stock_after_a_firm_named_before_is_that_firms_move(tmp_path):
    _, out = run(tmp_path, "AMD shares posted their biggest rally in years. The stock closed up "
                 "12.5% on Monday, having jumped as much as 20%.", language="en")
    assert sorted(float(m.percent) for m in out.moves) == [12.5, 20.0]


def test_generic_deal_to_supply_a_chipmakers_accelerators_is_a_supply_deal(tmp_path):
    ents, out = run(tmp_path, "Brightwell Semiconductor, the chipmaker, has signed a $2bn deal with "
                    "CoreWeave to supply 100 megawatts of its accelerators.", language="en")
    deal = out.frames[0]
    assert deal.family in ("Supply", "Compute")
    assert named_roles(ents, deal) == {"supplier": ["Brightwell Semiconductor"],
                                       "buyer": ["CoreWeave"]}


def test_credit_facility_signed_with_a_bank_names_the_lender(tmp_path):
    ents, out = run(tmp_path, "CoreWeave has signed a binding $1bn revolving credit facility with "
                    "Redfern Bank.", language="en")
    assert len(out.frames) == 1
    assert named_roles(ents, out.frames[0]) == {"lender": ["Redfern Bank"],
                                                "borrower": ["CoreWeave"]}
    assert out.frames[0].binding is True


def test_capacity_order_from_a_firm_makes_it_the_customer_and_rents_out_gives(tmp_path):
    ents, out = run(tmp_path, "CoreWeave, which rents out clusters of Nvidia processors, disclosed "
                    "a capacity order from Nvidia of at least $1bn.", language="en")
    assert [f.family for f in out.frames] == ["Cloud"]
    assert named_roles(ents, out.frames[0]) == {"provider": ["CoreWeave"], "customer": ["Nvidia"]}


def test_bank_that_leads_or_arranges_a_loan_is_its_arranger(tmp_path):
    ents, out = run(tmp_path, "Corran Grid, a data-centre operator, has taken a $2bn term loan from "
                    "a group of banks led by Redfern Bank, which acted as arranger.", language="en")
    loan = next(f for f in out.frames if f.family == "Loan")
    roles = named_roles(ents, loan)
    assert roles["arranger"] == ["Redfern Bank"] and roles["lender"] == ["Redfern Bank"]


def test_bond_buyers_are_holders_of_the_issue(tmp_path):
    ents, out = run(tmp_path, "Brightwell Semiconductor sold $900m of bonds. The bonds were bought "
                    "mainly by Caravel Investors, an asset manager.", language="en")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert "Caravel Investors" in named_roles(ents, bond).get("holder", [])


def test_bare_apposition_before_the_verb_joins_the_firm(tmp_path):
    ents, out = run(tmp_path, "Brightwell Semiconductor, the Lisbon chip startup, has sold $1.1 "
                    "billion of bonds.", language="en")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert named_roles(ents, bond) == {"issuer": ["Brightwell Semiconductor"]}
    assert float(bond.figures["amountUSD"].value) == 1.1e9


def test_spend_on_a_providers_cloud_and_a_stake_told_of_the_investment(tmp_path):
    ents, out = run(tmp_path, "CoreWeave will invest $1bn in Anthropic, and Anthropic has agreed "
                    "to spend $4bn on CoreWeave's cloud over three years. Both agreements are "
                    "definitive. The investment gives CoreWeave a stake of about 2% in the "
                    "startup.", language="en")
    cloud = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, cloud) == {"provider": ["CoreWeave"], "customer": ["Anthropic"]}
    inv = next(f for f in out.frames if f.family in ("Investment", "Stake"))
    assert float(inv.figures["stakePercent"].value) == 2
    assert cloud.binding is True and inv.binding is True


def test_fund_leading_a_loan_for_a_borrower_and_a_non_binding_term_sheet(tmp_path):
    ents, out = run(tmp_path, "Ashgrove Capital, a private credit fund, is leading a $3 billion "
                    "construction loan for Corran Grid, a data-centre developer. The lenders have "
                    "so far signed only a non-binding term sheet.", language="en")
    loan = next(f for f in out.frames if f.family == "Loan")
    roles = named_roles(ents, loan)
    assert roles["borrower"] == ["Corran Grid"] and roles["lender"] == ["Ashgrove Capital"]
    assert roles.get("arranger") == ["Ashgrove Capital"] and loan.binding is False


def test_debt_provided_by_funds_and_leading_equity_is_no_arranger(tmp_path):
    ents, out = run(tmp_path, "The debt, provided by private-credit firms Ashgrove Capital and "
                    "Redfern Partners, is secured by the GPUs. Valor Equity Partners, the "
                    "investment firm, is leading the equity portion.", language="en")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"lender": ["Ashgrove Capital", "Redfern Partners"]}


def test_binding_said_of_one_firms_commitment_reaches_its_latest_deal(tmp_path):
    _, out = run(tmp_path, "Anthropic will deploy 1 gigawatt of Brightwell Semiconductor chips, "
                 "the chipmaker said. The filing describes a binding commitment by Anthropic.",
                 language="en")
    assert out.frames and out.frames[0].binding is True


def test_announced_loan_then_its_arranger_and_its_largest_customer(tmp_path):
    ents, out = run(tmp_path, "Corran Grid, a cloud provider, announced a $1bn loan backed by its "
                    "GPU fleet. The loan, arranged by Redfern Bank, runs for five years. Corran "
                    "Grid said its largest customer, the model developer Anthropic, had signed a "
                    "binding three-year contract worth at least $2bn.", language="en")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    roles = named_roles(ents, loans[0])
    assert roles["borrower"] == ["Corran Grid"] and roles["lender"] == ["Redfern Bank"]
    cloud = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, cloud) == {"provider": ["Corran Grid"], "customer": ["Anthropic"]}
    assert cloud.binding is True


def test_metric_moving_to_a_value_from_another_takes_the_new_value(tmp_path):
    _, out = run(tmp_path, "Oracle said gross margin widened to 38% from 29% a year earlier.",
                 language="en")
    assert [float(m.value) for m in out.metrics] == [38.0]


def test_zh_lease_with_yearly_rent_and_binding_said_of_the_lease_contract(tmp_path):
    ents, out = run(tmp_path, "数据中心运营商澄江数据将其园区出租给大模型公司墨渊智能，租期十年，年租金约3亿美元。"
                    "该租赁合同已正式签署，具有法律约束力。", language="zh")
    lease = next(f for f in out.frames if f.family == "Lease")
    assert named_roles(ents, lease) == {"lessor": ["澄江数据"], "lessee": ["墨渊智能"]}
    assert "amountUSD" not in lease.figures and float(lease.figures["annualAmountUSD"].value) == 3e8
    assert lease.binding is True


def test_loan_increased_by_an_amount_to_a_size_takes_the_size(tmp_path):
    ents, out = run(tmp_path, "CoreWeave has also increased a margin loan secured by its shares by "
                    "$2bn to $5bn.", language="en")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"borrower": ["CoreWeave"]}
    assert float(loan.figures["amountUSD"].value) == 5e9
