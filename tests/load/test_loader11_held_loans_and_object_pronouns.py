"""Issue 10, eleventh pass (financings): a loan a firm already has, told as the object of other news
("seeking to renegotiate the covenants on a $1.5bn loan", "its $900m credit facility"), its lender
told in the same sentence or the next ("That loan, provided last year by Y"); a lender named back
by a pronoun after a give verb ("Y向其提供", "Y lent it"); lenders that "came in alongside" or
"signed on"; a loan the proceeds repay, told in the next sentence. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run, the_financing


@pytest.mark.parametrize("body", [
    "Halden Cloud said it was seeking to renegotiate the covenants on a $1.5 billion loan. That loan, "
    "provided last year by Greyfield Capital, is backed by its fleet of GPUs.",
    "Shares of Halden Cloud fell after it missed a payment on its $1.5 billion term loan. The loan, "
    "extended in 2024 by the private-credit firm Greyfield Capital, is secured by its data centres.",
    "Halden Cloud's $1.5 billion loan from the credit fund Greyfield Capital falls due next year.",
    "Halden Cloud is in talks to refinance its $1.5 billion bridge loan provided by Greyfield Capital.",
])
def test_loan_told_as_object_of_other_news_links_borrower_and_lender(tmp_path, body):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] == ["Halden Cloud"]
    assert roles["lender"] == ["Greyfield Capital"]
    assert f.figures["amountUSD"].value == 1_500_000_000


@pytest.mark.parametrize("body", [
    "Halden Cloud was seeking a $5 billion loan from Greyfield Capital, a report said.",
    "A $2 billion capacity contract with Ostrava AI has helped Halden Cloud raise a $1.5 billion loan.",
    "Halden Cloud is weighing a $1.5 billion loan to fund a campus in Arizona.",
    "Greyfield Capital, a credit fund, provided a $1.5 billion loan last month.",
    "Kellan Grid mandated Greyfield Capital as lead arranger of a $1.5bn term loan.",
])
def test_loan_sought_raised_or_given_is_not_a_held_loan_of_the_firm_before(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not [f for f in financings(out) if f.rule.startswith("en.loan.held")]
    assert not [f for f in financings(out) if "Greyfield Capital" in named_roles(ents, f).get("borrower", [])]


@pytest.mark.parametrize("body", [
    "Redwater Digital put in place a $750 million revolving credit facility. Bancroft Bank arranged the "
    "five-year revolver and is lending alongside Thistle Bank.",
    "Redwater Digital also has a $750 million revolving credit facility. Bancroft Bank arranged it; "
    "Thistle Bank came in alongside.",
])
def test_facility_held_takes_its_arranger_and_lenders_told_next(tmp_path, body):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    roles = named_roles(ents, f)
    assert "CreditFacility" in f.kinds
    assert roles["borrower"] == ["Redwater Digital"]
    assert roles["lender"] == ["Bancroft Bank", "Thistle Bank"]
    assert roles["arranger"] == ["Bancroft Bank"]


@pytest.mark.parametrize("body,lenders", [
    ("Tarrow Propco LLC has signed a $3.2 billion construction loan. Harbor Bank arranged it. Ardent "
     "Private Credit, a direct lender, and the insurer Saxton Life Assurance came in alongside.",
     ["Ardent Private Credit", "Harbor Bank", "Saxton Life Assurance"]),
    ("Tarrow Propco LLC has signed a $3.2 billion construction loan arranged by Harbor Bank. Saxton Life "
     "Assurance signed on as well.", ["Harbor Bank", "Saxton Life Assurance"]),
    ("Tarrow Propco LLC closed a $3.2 billion construction loan led by Harbor Bank; Ardent Private Credit "
     "took a slice.", ["Ardent Private Credit", "Harbor Bank"]),
])
def test_lender_that_came_in_alongside_joins_the_loan(tmp_path, body, lenders):
    ents, out = run(tmp_path, body)
    roles = named_roles(ents, the_financing(out))
    assert roles["borrower"] == ["Tarrow Propco LLC"]
    assert roles["lender"] == lenders


@pytest.mark.parametrize("body,borrower,lender", [
    ("云杉科技则从私募信贷市场拿到了钱：北辰信贷基金向其提供5亿美元贷款，期限五年。", "云杉科技", "北辰信贷基金"),
    ("云杉科技拿到了钱。北辰信贷基金向其提供5亿美元优先级担保贷款。", "云杉科技", "北辰信贷基金"),
    ("云杉科技去年扩建园区，北辰银行为其发放了一笔5亿美元的贷款。", "云杉科技", "北辰银行"),
    ("Halden Cloud needed cash for its campus. Greyfield Capital lent it $500 million last year.",
     "Halden Cloud", "Greyfield Capital"),
])
def test_borrower_named_by_object_pronoun_after_give_verb(tmp_path, body, borrower, lender):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] == [borrower] and roles["lender"] == [lender]
    assert f.figures["amountUSD"].value == 500_000_000


@pytest.mark.parametrize("body", [
    "Halden Cloud closed a $2 billion term loan. Part of the money will go to repaying a construction "
    "loan. That $900 million loan was provided last year by Northby Bank.",
    "Halden Cloud closed a $2 billion term loan. Some of the proceeds will refinance older debt. This "
    "$900 million facility had been extended by Northby Bank in 2023.",
])
def test_loan_repaid_told_next_sentence_is_the_raisers(tmp_path, body):
    ents, out = run(tmp_path, body)
    repaid = [f for f in financings(out) if f.figures.get("amountUSD")
              and f.figures["amountUSD"].value == 900_000_000]
    assert len(repaid) == 1
    roles = named_roles(ents, repaid[0])
    assert roles["borrower"] == ["Halden Cloud"] and roles["lender"] == ["Northby Bank"]


def test_demonstrative_loan_with_lenders_only_and_nothing_to_join_is_dropped(tmp_path):
    ents, out = run(tmp_path, "Shares fell on Tuesday. That loan, provided last year by Greyfield "
                              "Capital, is backed by GPUs.")
    assert not financings(out)
