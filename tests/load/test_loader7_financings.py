"""Issue 10, seventh pass: financings told as noun phrases and their lenders (invented text)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import named_roles, run


def _loan(out):
    return next(f for f in out.frames if f.family in ("Loan", "Facility", "Financing"))


def test_zh_loan_obtained_then_led_by_and_joined_by_lenders(tmp_path):
    ents, out = run(tmp_path, "云服务商青峦云首席财务官表示，公司刚刚完成一笔4亿美元的银团贷款，期限五年，"
                    "由白桦银行牵头，赤松银行参与。", language="zh")
    loan = _loan(out)
    assert named_roles(ents, loan) == {"borrower": ["青峦云"], "arranger": ["白桦银行"],
                                       "lender": ["白桦银行", "赤松银行"]}
    assert loan.figures["amountUSD"].value == Decimal("400000000")
    assert loan.figures["termYears"].value == 5


def test_zh_lender_named_as_the_source_of_funds_of_a_completed_loan(tmp_path):
    ents, out = run(tmp_path, "算力租赁商雾岛算力近日完成一笔3亿美元的两年期贷款，资金方为私募信贷机构松涛资本。",
                    language="zh")
    assert named_roles(ents, _loan(out)) == {"borrower": ["雾岛算力"], "lender": ["松涛资本"]}


def test_zh_participant_that_funds_a_loan_makes_no_investment(tmp_path):
    ents, out = run(tmp_path, "云厂商青峦云获得了一笔7亿美元的建设贷款，期限八年，由白桦银行牵头，"
                    "远帆资本参与出资。", language="zh")
    assert not any(f.family == "Investment" for f in out.frames)
    assert named_roles(ents, _loan(out))["lender"] == ["白桦银行", "远帆资本"]


def test_zh_asset_manager_suffix_names_a_firm_but_not_a_class_of_firms(tmp_path):
    ents, out = run(tmp_path, "青峦云获得了一笔7亿美元的贷款，由白桦银行牵头，东湖资产管理参与。"
                    "本次发行吸引了多家欧洲资产管理机构。", language="zh")
    names = set(ents.names.values())
    assert "东湖资产管理" in names
    assert not any(n.startswith("欧洲") for n in names)


def test_zh_lenders_listed_with_their_shares_join_the_loan(tmp_path):
    ents, out = run(tmp_path, "今年3月，云厂商青峦云从12家银行获得一笔为期两年、总额90亿美元的过桥贷款，"
                    "其中白桦银行、赤松银行和远帆银行分别提供8亿美元、6亿美元和5亿美元。", language="zh")
    loan = _loan(out)
    assert named_roles(ents, loan) == {"borrower": ["青峦云"],
                                       "lender": ["白桦银行", "赤松银行", "远帆银行"]}
    assert loan.figures["amountUSD"].value == Decimal("9000000000")


def test_en_lenders_listed_with_their_shares_in_the_next_sentence_join_the_loan(tmp_path):
    ents, out = run(tmp_path, "Corvane Cloud has secured a $9 billion bridge loan from a group of "
                    "banks. Birchwood Bank committed $800 million, Redpine Bank $600 million and "
                    "Farsail Bank $500 million.")
    loan = _loan(out)
    assert named_roles(ents, loan) == {"borrower": ["Corvane Cloud"],
                                       "lender": ["Birchwood Bank", "Farsail Bank", "Redpine Bank"]}
    assert loan.figures["amountUSD"].value == Decimal("9000000000")


def test_en_bridge_loan_drawn_by_the_firm_is_its_loan(tmp_path):
    ents, out = run(tmp_path, "Corvane Group said it had sold its stake in Brisa Silicon, and that "
                    "it had drawn a $4.5 billion bridge loan to fund its share of the round.")
    loan = _loan(out)
    assert named_roles(ents, loan) == {"borrower": ["Corvane Group"]}
    assert loan.figures["amountUSD"].value == Decimal("4500000000")


def test_en_loan_told_by_its_lenders_takes_the_borrower_of_the_same_amount(tmp_path):
    ents, out = run(tmp_path, "Corvane Cloud signs $2.25bn project loan for Ohio campus\n\n"
                    "Corvane Cloud said its Ohio campus is fully funded. A $2.25 billion project "
                    "finance loan, led by Birchwood Bank as lead arranger and joined by private "
                    "credit manager Redpine Credit Partners, will fund the first two halls.")
    body = [f for f in out.frames if f.rule == "en.loan.np.led.by"]
    assert len(body) == 1
    assert named_roles(ents, body[0]) == {"arranger": ["Birchwood Bank"],
                                          "borrower": ["Corvane Cloud"],
                                          "lender": ["Birchwood Bank", "Redpine Credit Partners"]}


def test_en_lender_also_providing_a_separate_facility_lends_to_the_same_borrower(tmp_path):
    ents, out = run(tmp_path, "Corvane Cloud signs $2.25bn project loan for Ohio campus\n\n"
                    "A $2.25 billion project finance loan, led by Birchwood Bank, will fund the "
                    "first two halls. Birchwood is also providing a separate $300 million revolving "
                    "credit facility for working capital.")
    facility = next(f for f in out.frames if f.rule == "en.loan.np.providing")
    assert named_roles(ents, facility) == {"borrower": ["Corvane Cloud"], "lender": ["Birchwood Bank"]}
    assert facility.figures["amountUSD"].value == Decimal("300000000")


def test_en_loan_told_by_its_lenders_with_no_borrower_anywhere_is_dropped(tmp_path):
    ents, out = run(tmp_path, "A $2.25 billion project finance loan, led by Birchwood Bank, will "
                    "fund the first two halls of a campus in Ohio.")
    assert not [f for f in out.frames if f.family in ("Loan", "Facility", "Financing")]
