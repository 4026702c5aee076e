"""Issue 10, twenty-second pass: the years of an extension or renewal option are no deal's term
(rules/option_years.py, ``option_years`` in cues.yaml), so a term told beside them in a later
sentence for several loans at once ("Each loan matures in five years and can be extended by one
year", 两笔贷款期限均为5年，到期后可再展期1年) reaches the financing, and the parts of a split package keep
the term a part was given (rules/financing_splits.py). Not read as a term: the option's years
themselves ("two six-year renewal options", "a one-year extension option on top of its
five-year term"); a sentence with no option word keeps its years."""
import pytest

from tests.load.helpers import financings, run

_PACKAGE = ("Ostrevy Bank and Morvay Bank are leading a $9 billion debt package for Cindral Data "
            "Centers Inc. It comes as two senior secured loans: $5 billion for a campus in Ohio "
            "and $4 billion for a site in Oregon. ")


@pytest.mark.parametrize("later", [
    "Each loan matures in five years and can be extended by one year.",
    "The two loans carry a five-year term, plus two optional one-year extensions.",
])
def test_a_term_told_beside_extension_options_reaches_the_loans(tmp_path, later):
    _, out = run(tmp_path, _PACKAGE + later)
    terms = {f.figures["termYears"].value for f in financings(out) if "termYears" in f.figures}
    assert terms == {5}


def test_zh_term_for_both_loans_beside_an_extension(tmp_path):
    body = ("瀚川银行与墨岭银行牵头为数据中心开发商岚汐数据安排约90亿美元的债务融资。这笔融资分成两笔贷款："
            "50亿美元投向宁夏园区，40亿美元投向贵州园区。两笔贷款期限均为5年，到期后可再展期1年。")
    _, out = run(tmp_path, body, language="zh")
    parts = [f for f in financings(out)
             if f.figures.get("amountUSD") and f.figures["amountUSD"].value in (5000000000, 4000000000)]
    assert len(parts) == 2 and all(f.figures["termYears"].value == 5 for f in parts)


@pytest.mark.parametrize("body, term", [
    ("Cindral Data Centers Inc. has secured a $2 billion term loan from Ostrevy Bank. The loan has a "
     "one-year extension option on top of its five-year term.", 5),
    ("Cindral Data Centers Inc. signed a lease with Tarvo AI Inc. for a 300 megawatt campus; the "
     "lease has two six-year renewal options.", None),
])
def test_an_options_years_are_no_term(tmp_path, body, term):
    _, out = run(tmp_path, body)
    got = [f.figures.get("termYears") for f in out.frames]
    assert [g.value if g else None for g in got] == [term]


def test_years_with_no_option_word_stay_the_term(tmp_path):
    _, out = run(tmp_path, "Cindral Data Centers Inc. has secured a $2 billion term loan from "
                           "Ostrevy Bank. The loan matures in seven years.")
    assert [f.figures["termYears"].value for f in financings(out)] == [7]


_ZH_PACKAGE = ("瀚川银行与墨岭银行牵头为数据中心开发商岚汐数据安排约90亿美元的债务融资。这笔融资分成两笔贷款：")


@pytest.mark.parametrize("rest", [
    "50亿美元投向宁夏园区，40亿美元投向贵州园区。其中50亿美元的贷款以宁夏园区的数据中心作抵押，期限为7年。",
    "50亿美元投向宁夏园区，期限为7年；40亿美元投向贵州园区，期限为3年。",
])
def test_zh_one_parts_own_term_or_security_is_not_the_others(tmp_path, rest):
    """Review of 2f0b150: a term or security told for one part (by its amount), or the parts' own
    different terms, reach no other part."""
    _, out = run(tmp_path, _ZH_PACKAGE + rest, language="zh")
    other = [f for f in financings(out) if getattr(f.figures.get("amountUSD"), "value", None) == 4000000000]
    assert len(other) == 1 and "termYears" not in other[0].figures and not other[0].collateral
