"""Issue 10, fifteenth pass: a financing told only by the amendment that adds a tranche to a
facility the firm already has ("X amended its revolver, adding a $750m revolving tranche", "a $900m
delayed-draw tranche was added to X", "X对其循环贷款协议完成修订，新增一笔15亿元的循环贷款额度"): the firm
borrows the tranche, a credit facility when it is drawn over time. A tranche of shares, new orders
or compute quotas are no financing (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body, borrower", [
    ("Tamberly Compute amended its revolving credit agreement on Tuesday, adding a $750 million "
     "revolving tranche.", "Tamberly Compute"),
    ("Pellmark Cloud disclosed on Monday that it had added a new $1.2 billion delayed-draw "
     "tranche, its second this year.", "Pellmark Cloud"),
    ("Under the third amendment, Quillfern Data adds a $400 million delayed-draw tranche that can be "
     "drawn until 2027.", "Quillfern Data"),
    ("A $900 million delayed-draw tranche was added to Velloran Systems last week, its filing "
     "shows.", "Velloran Systems"),
    ("Ostwick Compute, which runs GPU halls in Ohio, signed an amendment with its banks that adds "
     "a further $2 billion delayed draw tranche.", "Ostwick Compute"),
])
def test_tranche_added_by_an_amendment_is_the_firms_facility(tmp_path, body, borrower):
    ents, out = run(tmp_path, body)
    found = [(f.kinds, named_roles(ents, f)) for f in financings(out)]
    assert any("CreditFacility" in kinds and roles.get("borrower") == [borrower]
               for kinds, roles in found), found


@pytest.mark.parametrize("body, borrower", [
    ("云朔科技披露，公司已对其循环贷款协议完成修订，新增一笔15亿元的循环贷款额度。", "云朔科技"),
    ("北澈科技对现有授信协议进行调整，新增8亿元授信额度，期限三年。", "北澈科技"),
    ("经第二次修订，鹭洲科技的延迟提款定期贷款新增一笔6亿美元的提款额度。", "鹭洲科技"),
    ("澄岳科技称，其银团贷款协议已完成修订，追加了4亿美元的贷款额度，用于二期机房建设。", "澄岳科技"),
])
def test_zh_line_added_to_a_facility_is_the_firms_facility(tmp_path, body, borrower):
    ents, out = run(tmp_path, body, language="zh")
    found = [named_roles(ents, f) for f in financings(out)]
    assert any(roles.get("borrower") == [borrower] for roles in found), found


@pytest.mark.parametrize("body", [
    "Tamberly Compute added a $500 million tranche of new shares to its offering.",
    "Pellmark Cloud added a $300 million order from Quillfern Data to its backlog.",
    "北澈科技本季度新增订单12亿元，环比增长三成。",
    "云朔科技新增一笔3000张GPU的算力额度，供客户调用。",
])
def test_no_financing_without_a_financing_tranche(tmp_path, body):
    _, out = run(tmp_path, body)
    assert not financings(out), out.frames


# Review fix: a lender named first adding a tranche for (to) a borrower named after borrows
# nothing.
@pytest.mark.parametrize("body", [
    "Harwick Bank agreed to add a $300m tranche to Ostmere Cloud's facility.",
    "Kintore Partners added a $250 million delayed-draw tranche for Ostmere Cloud in March.",
    "Kintore Partners agreed to add a $300 million tranche to the facility it arranged for "
    "Ostmere Cloud, a person close to the fund said.",
])
def test_lender_named_first_is_no_borrower(tmp_path, body):
    ents, out = run(tmp_path, body)
    borrowers = [b for f in financings(out) for b in named_roles(ents, f).get("borrower", [])]
    assert "Harwick Bank" not in borrowers and "Kintore Partners" not in borrowers, borrowers
