"""Issue 10, fifteenth pass: Chinese syndicated loans.
- A counted loan (一笔/首笔) whose amount carries a bracketed conversion ("拿到一笔总额N亿元（折合约M亿
  美元）的建设贷款") is the subject's loan: the bracket counts as one step of the noun phrase.
- Lenders that join "together" (B与C一同参贷, C联合参贷, C亦参与) lend the loan told before (invented
  sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [named_roles(ents, f) for f in financings(out)]


@pytest.mark.parametrize("body, borrower", [
    ("汀岚科技与多家银行敲定首笔达人民币45亿元（按当日汇率约6.3亿美元）的并购贷款。", "汀岚科技"),
    ("据了解，栖岩科技获得一笔总额为人民币30亿元（约合4.2亿美元）的项目建设贷款，期限五年。", "栖岩科技"),
    ("泊云科技本月拿到一笔总额50亿元人民币（折合约7亿美元）的建设贷款。", "泊云科技"),
])
def test_counted_loan_with_a_bracketed_conversion_is_the_subjects(tmp_path, body, borrower):
    loans = _loans(tmp_path, body)
    assert any(f.get("borrower") == [borrower] for f in loans), loans


@pytest.mark.parametrize("body, lenders", [
    ("竹溪科技获得一笔6亿美元的银团贷款。青禾银行为牵头行，安川银行与东湾银行一同参贷，各出资1亿美元。",
     ["东湾银行", "安川银行", "青禾银行"]),
    ("江屿科技本月取得一笔9亿美元的项目贷款。清河银行为牵头行，南浦银行亦参与。", ["南浦银行", "清河银行"]),
    ("洛川科技上周获得一笔4亿美元定期贷款，白石银行为牵头行，澄泓银行联合参贷。", ["澄泓银行", "白石银行"]),
])
def test_lenders_joining_together_lend(tmp_path, body, lenders):
    loans = _loans(tmp_path, body)
    assert any(sorted(f.get("lender", [])) == lenders for f in loans), loans


def test_counted_order_with_a_conversion_is_no_loan(tmp_path):
    assert not _loans(tmp_path, "泊云科技本月拿到一笔总额50亿元人民币（折合约7亿美元）的订单。")
