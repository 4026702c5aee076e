"""Issue 10, twenty-second pass: lenders told putting a loan together FOR a borrower are its
lenders, the borrower the firm after "for" / 为: "A and B are close to finalising $12bn of debt
for Y", "A is lining up a $3bn loan for Y" (en.loan.lead.for's verbs), "A与B两家银行牵头，正在为开发商Y
安排约N债务融资" (zh.loan.arrange.for; 两家银行牵头 marks both as arrangers). Not a loan: talks over a
loan, a bid "put together" (no investment either), a borrower's own debt "for its campuses"."""
import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body", [
    "Ostrevy Bank and Morvay Bank are close to finalising about $12 billion of debt for Cindral "
    "Data Centers Inc., people familiar said.",
    "Ostrevy Bank and Morvay Bank have lined up $12 billion in loans for Cindral Data Centers Inc.",
])
def test_en_lenders_putting_debt_together_for_a_borrower(tmp_path, body):
    ents, out = run(tmp_path, body)
    [loan] = financings(out)
    roles = named_roles(ents, loan)
    assert roles["lender"] == ["Morvay Bank", "Ostrevy Bank"]
    assert roles["borrower"] == ["Cindral Data Centers"]


def test_zh_banks_arranging_debt_for_a_developer(tmp_path):
    body = "据报道，瀚川银行与墨岭金融集团（MLFG）两家银行牵头，正在为数据中心开发商岚汐数据安排约120亿美元债务融资。"
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
