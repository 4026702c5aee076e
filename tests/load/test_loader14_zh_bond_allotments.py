"""Issue 10, fourteenth pass: Chinese bond books. Buyers allotted part of an issue told before
("其中A、B分别获配14亿元、6亿元", "A获配3亿元", "A和B分别认购…") are holders of that issue; an
ordinal issue number ("2026年度第三期科技创新公司债券") names no firm (期, like 年/月/日, is in no
name), so the issuer's pattern still reads (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _bonds(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return ents, [named_roles(ents, f) for f in out.frames if f.family == "Bond"]


@pytest.mark.parametrize("body, holders", [
    ("澄岳科技于本月发行了2026年度第三期科技创新公司债券，募资35亿元，期限7年；"
     "其中鹤鸣资管、华川基金分别获配6亿元、14亿元。", ["华川基金", "鹤鸣资管"]),
    ("澄岳科技本周发行了5亿美元的公司债券。华川基金获配其中2亿美元。", ["华川基金"]),
    ("澄岳科技发行30亿元公司债券，期限3年。华川基金和北泽资本分别认购10亿元和5亿元。",
     ["北泽资本", "华川基金"]),
    ("澄岳科技发行2026年度第二期绿色债券，规模20亿元。簿记显示，鹤鸣资管获配8亿元。", ["鹤鸣资管"]),
    ("澄岳科技完成了10亿元债券的发行。北泽资本亦获配3亿元。", ["北泽资本"]),
])
def test_buyers_allotted_part_of_an_issue_are_its_holders(tmp_path, body, holders):
    ents, bonds = _bonds(tmp_path, body)
    assert any(b.get("issuer") == ["澄岳科技"] and sorted(b.get("holder", [])) == sorted(holders)
               for b in bonds), bonds


def test_ordinal_issue_number_names_no_firm(tmp_path):
    ents, _ = _bonds(tmp_path, "澄岳科技拟于下周发行2026年度第三期科技创新公司债券，额度为35亿元。")
    assert not [n for n in ents.names.values() if n.startswith("第")], ents.names


def test_a_fund_that_is_allotted_nothing_holds_nothing(tmp_path):
    _, bonds = _bonds(tmp_path, "澄岳科技上周发行了12亿元绿色债券。华川基金当天披露了半年度业绩。")
    assert not any(b.get("holder") for b in bonds), bonds
