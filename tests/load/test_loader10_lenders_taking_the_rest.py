"""Issue 10, tenth pass (financings): a lender told by the part it takes after the leader ("with Y
taking the rest", "Y, a regional bank, put up the remainder", 私募信贷基金Y提供其余部分), its cue
reaching past a described apposition; a zh credit line obtained (获得/拿到一笔…信贷额度/循环信用额度)
is a credit facility. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run, the_financing


@pytest.mark.parametrize("body", [
    "During the quarter Halden Cloud closed a $2.2 billion term loan arranged by Northby Bank, which is also "
    "the largest lender, with Fairley Bank taking the rest.",
    "Halden Cloud closed a $2.2 billion term loan. Northby Bank, the lead lender, arranged it; Fairley Bank, "
    "a regional bank, put up the remainder.",
    "Halden Cloud has signed a $2.2 billion term loan led by Northby Bank. Fairley Bank is providing the "
    "balance.",
])
def test_lender_taking_the_rest_joins_the_financing(tmp_path, body):
    ents, out = run(tmp_path, body)
    roles = named_roles(ents, the_financing(out))
    assert roles["borrower"] == ["Halden Cloud"]
    assert roles["lender"] == ["Fairley Bank", "Northby Bank"]
    assert roles["arranger"] == ["Northby Bank"]


@pytest.mark.parametrize("body,kind", [
    ("青岩科技获得一笔55亿美元的信贷额度，由北辰银行牵头安排并参与放款，私募信贷基金东岳资本提供其余部分。", "CreditFacility"),
    ("青岩科技拿到一笔10亿美元的循环信用额度，由北辰银行牵头，东岳资本提供剩余资金。", "CreditFacility"),
    ("青岩科技上月取得一笔10亿美元的贷款，由北辰银行牵头，东岳资本提供余下部分。", "Loan"),
])
def test_zh_credit_line_obtained_with_lenders_taking_the_rest(tmp_path, body, kind):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] == ["青岩科技"]
    assert roles["lender"] == ["东岳资本", "北辰银行"] and roles["arranger"] == ["北辰银行"]
    assert kind in f.kinds
