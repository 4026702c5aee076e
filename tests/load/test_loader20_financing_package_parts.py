"""Issue 10, twentieth pass: the parts of a loan package split into counted parts are the package's.

"A and B are arranging a $2.6bn debt package for Y, and the package is broken into two pieces: a
revolver and a term loan" (and 这笔贷款分为两笔…): each part is told as the package's deal, with all
its parties (arrangers too) and the part's amount; the package's own amount, their sum, is
dropped (twenty-third pass, rules/summed_totals.py). It applies
only to a loan or facility, when a count (two or three) said of the package itself (its clause's
subject is the package: "the package", "the loan", 这笔贷款) follows the package within two
sentences, with no other financing told between, and as many dollar amounts after the count add up
to the package (within 2%); otherwise nothing is split. A lender list takes the plural verb ("A and
B lead", "are arranging"), and the package may be named as such ("a $2.6bn debt package for Y").

Review fixes (twenty-first pass): a count said of something else (an order's shipments, a firm's
revenue, a campus let to tenants, equipment delivered in batches) or of another firm's loan told
after the package makes no parts.
"""
from decimal import Decimal

from tests.load.helpers import financings, named_roles, run


def _amounts(out):
    return sorted(f.figures["amountUSD"].value for f in financings(out) if "amountUSD" in f.figures)


def test_package_split_into_a_revolver_and_a_term_loan(tmp_path):
    ents, out = run(tmp_path, "Hollast Bank and Tessmoor Bank are arranging a $2.6 billion debt "
                              "package for Galtry Robotics, and the package is broken into two "
                              "pieces: a $1.1 billion revolving line and a $1.5 billion term loan "
                              "to buy servers.")
    assert _amounts(out) == [Decimal("1100000000"), Decimal("1500000000")]
    for f in financings(out):
        roles = named_roles(ents, f)
        assert roles["borrower"] == ["Galtry Robotics"]
        assert roles["arranger"] == ["Hollast Bank", "Tessmoor Bank"]


def test_zh_package_split(tmp_path):
    ents, out = run(tmp_path, "禾岫银行牵头为服务器租赁商岷溪科技提供12亿美元贷款，用于购置服务器。"
                              "这笔贷款分为两笔，定期贷款8亿美元，循环贷款4亿美元。", language="zh")
    assert _amounts(out) == [Decimal("400000000"), Decimal("800000000")]
    assert all(named_roles(ents, f)["arranger"] for f in financings(out))


def test_parts_not_adding_up_leave_the_package(tmp_path):
    _, out = run(tmp_path, "Maelor Bank is leading a $9 billion loan for Norrland Compute. The "
                           "loan is split into two parts, of $4 billion and $2 billion, people "
                           "close to the deal said.")
    assert Decimal("9000000000") in _amounts(out)


def test_no_count_leaves_the_package(tmp_path):
    _, out = run(tmp_path, "Maelor Bank is leading a $9 billion loan for Norrland Compute. The "
                           "company spent $5.5 billion on chips last year "
                           "and $3.5 billion on land.")
    assert _amounts(out)[-1] == Decimal("9000000000")
    assert Decimal("5500000000") not in _amounts(out)


def test_two_sites_without_split_cue(tmp_path):
    _, out = run(tmp_path, "Maelor Bank is leading a $4 billion loan for Kestlow Systems, which "
                           "has two campuses. Its rival raised $2.5 billion and $1.5 billion "
                           "last year.")
    assert Decimal("4000000000") in _amounts(out)


# review probes (twenty-first pass): the count is said of something other than the package

def test_order_split_into_shipments_is_no_loan_part(tmp_path):
    _, out = run(tmp_path, "Tessmoor Bank provided a $7 billion loan to Ashvale Data to buy chips. "
                           "The order is split into two shipments worth $4 billion and $3 billion.")
    assert _amounts(out) == [Decimal("7000000000")]


def test_revenue_in_two_streams_is_no_loan_part(tmp_path):
    _, out = run(tmp_path, "Tessmoor Bank provided a $900 million loan to Ashvale Data. Ashvale's "
                           "revenue comes in two streams: $600 million from hosting and $300 "
                           "million from consulting.")
    assert _amounts(out) == [Decimal("900000000")]


def test_campus_halves_leased_are_no_loan_parts(tmp_path):
    _, out = run(tmp_path, "Selbrook Bank led a $9 billion loan for Ashvale Data. Ashvale's campus "
                           "is split into two halves: one leased to Pirrow AI, which will pay $5 "
                           "billion over twelve years, and one to Okrand Labs, which will pay $4 "
                           "billion.")
    assert _amounts(out) == [Decimal("9000000000")]


def test_zh_equipment_in_two_batches_is_no_loan_part(tmp_path):
    _, out = run(tmp_path, "柘林数据获得沣岳银行提供的7亿美元贷款，用于采购GPU。设备分为两批交付，"
                           "金额分别为4亿美元和3亿美元。", language="zh")
    assert _amounts(out) == [Decimal("700000000")]


def test_another_firms_loan_split_is_not_the_first_loans(tmp_path):
    ents, out = run(tmp_path, "Wenlow Bank provided a $3 billion loan to Carvish Compute. Hollast "
                              "Bank's $5 billion loan to Galtry Data comes in two tranches, of $1.8 "
                              "billion and $1.2 billion, plus a $2 billion revolver.")
    first = [f.figures["amountUSD"].value for f in financings(out)
             if named_roles(ents, f).get("borrower") == ["Carvish Compute"]]
    assert first == [Decimal("3000000000")]
