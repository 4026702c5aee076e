"""Issue 10, twentieth pass: the parts of a loan package split into counted parts are the package's.

"A and B are arranging an $8bn debt package for Y … it will be divided into two loans: $5bn
towards one plant and $3bn towards another" (and 该笔贷款拆成两笔…): each part is told as the package's
deal, with all its parties (arrangers too) and the part's amount; the package keeps its own
amount. It applies only to a loan or facility, when a count (two or three) follows the package
within two sentences and as many dollar amounts after the count add up to the package (within
2%); otherwise nothing is split. A lender list takes the plural verb ("A and B lead",
"are arranging"), and the package may be named as such ("a $8bn debt package for Y").
"""
from decimal import Decimal

from tests.load.helpers import financings, named_roles, run


def _amounts(out):
    return sorted(f.figures["amountUSD"].value for f in financings(out) if "amountUSD" in f.figures)


def test_package_split_into_two_loans(tmp_path):
    ents, out = run(tmp_path, "Ostwick Bank and Pelham Bank are arranging an $8.4 billion construction "
                              "debt package for Norrland Compute, its bankers confirmed. Under the "
                              "terms it will be divided into two loans: $5.1 billion towards a plant "
                              "near Boise and $3.3 billion towards a plant near Dayton.")
    assert _amounts(out) == [Decimal("3300000000"), Decimal("5100000000"), Decimal("8400000000")]
    for f in financings(out):
        roles = named_roles(ents, f)
        assert roles["borrower"] == ["Norrland Compute"]
        assert roles["arranger"] == ["Ostwick Bank", "Pelham Bank"]


def test_zh_package_split(tmp_path):
    ents, out = run(tmp_path, "数据中心运营商索克数据近日获得一笔50亿美元的贷款，期限五年，由佩勒姆银行牵头。该笔贷款拆成两笔发放，"
                              "其中甘肃园区获得32亿美元，内蒙古园区获得18亿美元。", language="zh")
    assert _amounts(out) == [Decimal("1800000000"), Decimal("3200000000"), Decimal("5000000000")]
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
