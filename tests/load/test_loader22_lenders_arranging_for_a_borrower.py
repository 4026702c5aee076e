"""Issue 10, twenty-second pass: lenders told putting a loan together FOR a borrower are its
lenders, the borrower the firm after "for" / 为: "A and B have nearly finished putting together
$12bn of loans for Y", "A is lining up a $3bn loan for Y" (en.loan.lead.for's verbs), "A与B两家银行
牵头，正为开发商Y筹组约N的债务融资" (zh.loan.arrange.for; 两家银行牵头 marks both as arrangers). Not a loan: talks over a
loan, a bid "put together" (no investment either), a borrower's own debt "for its campuses"."""
import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body", [
    "Ostrevy Bank and Morvay Bank have nearly finished putting together $12 billion of loans for "
    "Cindral Data Centers Inc., a filing shows.",
    "Ostrevy Bank and Morvay Bank have lined up $12 billion in loans for Cindral Data Centers Inc.",
])
def test_en_lenders_putting_debt_together_for_a_borrower(tmp_path, body):
    ents, out = run(tmp_path, body)
    [loan] = financings(out)
    roles = named_roles(ents, loan)
    assert roles["lender"] == ["Morvay Bank", "Ostrevy Bank"]
    assert roles["borrower"] == ["Cindral Data Centers"]


def test_zh_banks_arranging_debt_for_a_developer(tmp_path):
    body = "瀚川银行与墨岭金融集团两家银行牵头，正为数据中心开发商岚汐数据筹组约120亿美元的债务融资。"
    ents, out = run(tmp_path, body, language="zh")
    [loan] = financings(out)
    roles = named_roles(ents, loan)
    assert roles["borrower"] == ["岚汐数据"]
    assert roles["lender"] == roles["arranger"] == ["墨岭金融集团", "瀚川银行"]


@pytest.mark.parametrize("body", [
    "Ostrevy Bank is close to finalising talks on a loan for Cindral Data Centers Inc.",
    "Ostrevy Bank is putting together a bid for Cindral Data Centers Inc.",
    "Cindral Data Centers Inc. is finalising $12 billion of debt for its two campuses.",
])
def test_no_loan_led_for_a_borrower(tmp_path, body):
    _, out = run(tmp_path, body)
    assert financings(out) == [] and not [f for f in out.frames if f.family == "Investment"]


@pytest.mark.parametrize("body", [
    "瀚川银行计划为数据中心开发商岚汐数据安排约90亿美元的债务融资。",
    "瀚川银行拟为数据中心开发商岚汐数据安排约90亿美元的贷款。",
    "瀚川银行为数据中心开发商岚汐数据安排贷款的计划已经搁置。",
    "瀚川银行正在为数据中心开发商岚汐数据安排贷款事宜进行尽职调查。",
])
def test_zh_a_planned_loan_or_its_diligence_is_no_loan(tmp_path, body):
    """Review of 2f0b150: a bank planning to arrange a loan, or the plan or the diligence the
    arranging names, lends nothing."""
    _, out = run(tmp_path, body, language="zh")
    assert financings(out) == []
