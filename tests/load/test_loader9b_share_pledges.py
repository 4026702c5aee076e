"""Issue 10, ninth pass (financing, second round): a holder pledging shares it holds in another
firm for a loan — the pledgee lends, the holder borrows, the firm whose shares are pledged is no
party. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_LEAD = "（本文为虚构报道。）\n\n"


@pytest.mark.parametrize("body, amount", [
    ("创始人控制的持股平台青木控股，近期将所持星瀚科技8%的股份质押给海川银行，获得3亿元人民币（约合4200万美元）借款。",
     42_000_000),
    ("青木控股将其持有的星瀚科技5%股份质押给海川银行，取得2亿美元贷款。", 200_000_000),
    ("青木控股把所持星瀚科技6%的股权质押给海川银行，融入资金1.5亿美元。", 150_000_000),
    ("青木控股已将持有的星瀚科技股票质押予海川银行，借得2亿美元资金。", 200_000_000),
    ("青木控股近日以所持星瀚科技股份质押给海川银行，获得一笔2亿美元贷款。", 200_000_000),
])
def test_zh_shares_pledged_to_a_lender_for_a_loan(tmp_path, body, amount):
    ents, out = run(tmp_path, _LEAD + body, language="zh")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"borrower": ["青木控股"], "lender": ["海川银行"]}
    assert loans[0].figures["amountUSD"].value == amount
    assert loans[0].collateral


def test_en_shares_pledged_to_a_lender(tmp_path):
    ents, out = run(tmp_path, "Aster Holdings pledged its Kestrel Labs shares to Dunmore Bank to secure "
                    "a $300 million loan.")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"borrower": ["Aster Holdings"], "lender": ["Dunmore Bank"]}
