"""Issue 10: a loan to a joint venture is no loan to its owners (invented text, invented firms)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_zh_loan_to_the_pairs_joint_venture_names_no_borrower(tmp_path):
    ents, out = run(tmp_path, "开发商岷川科技与私募信贷基金北渚资本宣布，双方规模80亿美元的合资项目进入第二期，"
                    "由汇川银行牵头提供30亿美元建设贷款。", language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert "borrower" not in loan.roles
    assert named_roles(ents, loan)["lender"] == ["汇川银行"]
    assert loan.figures["amountUSD"].value == 3_000_000_000


def test_zh_loan_to_a_named_firm_keeps_its_borrower(tmp_path):
    ents, out = run(tmp_path, "开发商岷川科技宣布，由汇川银行牵头提供30亿美元建设贷款。", language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan)["borrower"] == ["岷川科技"]

