"""Issue 10, twelfth pass (financings, zh): a credit line or loan got from a lender named right after
the verb ("X还获得Y银行30亿元的综合授信"), a loan applied for from a syndicate its arranger leads
("拟向以Y银行为牵头行的银团申请…项目贷款"), and lenders told with 等 before their verb ("由A牵头、B等六家
银行参与的银团") are read; 中 opening a bank's name after 获得/拿到 starts the name. Invented text and
firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run, the_financing


@pytest.mark.parametrize("body", [
    "此外，澜舟科技还获得中渝银行30亿元（约合4.2亿美元）的综合授信，目前尚未提用。",
    "澜舟科技去年取得北湾银行4.2亿美元授信额度。",
    "今年3月，澜舟科技获得北湾银行4.2亿美元的五年期项目贷款，用于二期建设。",
])
def test_loan_got_from_a_lender_named_after_the_verb(tmp_path, body):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] == ["澜舟科技"]
    assert roles["lender"] in (["中渝银行"], ["北湾银行"])
    assert f.figures["amountUSD"].value == 420_000_000


@pytest.mark.parametrize("body", [
    "澜舟科技拟向以北湾银行为牵头行的银团申请不超过4.2亿美元的项目贷款，期限7年。",
    "公告显示，澜舟科技将向由北湾银行牵头的银团申请4.2亿美元贷款。",
    "澜舟科技计划从以北湾银行为牵头行的银团申领一笔4.2亿美元的建设贷款。",
])
def test_loan_applied_for_from_a_led_syndicate(tmp_path, body):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] == ["澜舟科技"] and "北湾银行" in roles["lender"]


@pytest.mark.parametrize("body", [
    "由北湾银行牵头、东溪银行等六家银行参与的银团向澜舟科技提供85亿元贷款。",
    "澜舟科技获得一笔85亿元银团贷款。该笔贷款由北湾银行牵头，东溪银行等四家银行参贷。",
    "银团由北湾银行牵头，东溪银行等五家银行参与，共向澜舟科技提供85亿元贷款。",
    "澜舟科技获得85亿元银团贷款，由北湾银行牵头，东溪银行等五家机构参与。",
])
def test_lender_told_with_deng_before_its_verb_joins(tmp_path, body):
    ents, out = run(tmp_path, body)
    lenders = {x for f in financings(out) for x in named_roles(ents, f).get("lender", [])}
    assert {"北湾银行", "东溪银行"} <= lenders
