"""Issue 10, ninth pass (financing, second round): a syndicate's members told after the loan by
the share each takes (在这笔贷款中，X承贷N; 其中，X认贷N) are its lenders; their shares are no amount
of the loan. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_LEAD = "（本文为虚构报道。）\n\n"


@pytest.mark.parametrize("body, amount", [
    ("今年5月，青木集团从一个由21家银行组成的银团拿到了一笔期限一年、规模150亿美元的过桥贷款。"
     "在这笔贷款中，海川银行承贷13.5亿美元，华鼎银行承贷12.5亿美元，是出资最多的两家。", 15_000_000_000),
    ("青木集团获得一笔规模20亿美元的银团贷款。其中，海川银行认贷5亿美元，华鼎银行认贷3亿美元。", 2_000_000_000),
])
def test_zh_syndicate_members_told_by_their_shares_lend(tmp_path, body, amount):
    ents, out = run(tmp_path, _LEAD + body, language="zh")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"borrower": ["青木集团"], "lender": ["华鼎银行", "海川银行"]}
    assert loans[0].figures["amountUSD"].value == amount
