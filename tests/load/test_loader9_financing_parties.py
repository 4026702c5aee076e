"""Issue 10, ninth pass: financings and their parties in other words — invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_LEAD = "（本文为虚构报道。）\n\n"


@pytest.mark.parametrize("body, years, amount", [
    ("数据中心开发商青川科技已拿到一笔六年期建设贷款，金额9亿美元，用于其第三座园区。贷款由南枫银行牵头，华信资产管理参与出资。",
     6, 900_000_000),
    ("青川科技拿下一笔银团贷款，总额八亿美元，期限五年，南枫银行担任牵头行，华信资产管理参与出资。", 5, 800_000_000),
    ("青川科技获得一笔为期五年的银团贷款，规模8亿美元。南枫银行为牵头行，华信资产管理参与出资。", 5, 800_000_000),
])
def test_zh_counted_loan_with_amount_after_the_noun_and_lenders_after(tmp_path, body, years, amount):
    ents, out = run(tmp_path, _LEAD + body, language="zh")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"arranger": ["南枫银行"], "borrower": ["青川科技"],
                                           "lender": ["华信资产管理", "南枫银行"]}
    assert loans[0].figures["amountUSD"].value == amount
    assert loans[0].figures["termYears"].value == years


@pytest.mark.parametrize("body", [
    "青川科技表示，获得一笔贷款并不容易。",
    "青川科技认为，中小云厂商要拿到一笔银行贷款越来越难。",
])
def test_zh_loan_talk_without_a_figure_is_no_loan(tmp_path, body):
    _, out = run(tmp_path, _LEAD + body, language="zh")
    assert not [f for f in out.frames if f.family == "Loan"]
