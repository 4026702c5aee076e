"""Issue 10, eighth pass: firms named in what secures a zh loan (抵押物是…) are no lenders, and a
firm that announces something (由X同日对外宣布) leads no financing — invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("pledge", [
    "抵押物是青川云与沐风智能签下的算力合同",
    "担保物为青川云与沐风智能之间的算力服务合同",
])
def test_zh_firms_of_the_pledged_contract_are_no_lenders(tmp_path, pledge):
    ents, out = run(tmp_path, f"云厂商青川云周三获得一笔80亿美元的项目贷款，贷款方为中岳银行与海川投资局，{pledge}。"
                    "这份合同由沐风智能同日对外宣布。", language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert named_roles(ents, loan) == {"borrower": ["青川云"], "lender": ["中岳银行", "海川投资局"]}


@pytest.mark.parametrize("underwriter", ["承销商为金川证券", "主承销商是金川证券", "簿记管理人和承销商为金川证券"])
def test_zh_the_named_underwriter_arranges_the_bond(tmp_path, underwriter):
    ents, out = run(tmp_path, f"云厂商青川云9月初发行了一笔9亿美元债券，以其自有的约3万张GPU作抵押，{underwriter}。",
                    language="zh")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert named_roles(ents, bond) == {"arranger": ["金川证券"], "issuer": ["青川云"]}
