"""Issue 10, sixteenth pass: lenders and arrangers told by what they are in the lending group.
- A firm told as a member of the group ("with A and B also in the syndicate", "B is among the
  banks") or by the tranche it funds ("B is providing a mezzanine tranche", "B holds the junior
  piece") lends the financing told in its sentence or just before.
- Chinese: a firm told as one of the funders (B也是主要出资方之一, B为另一家参贷行) lends it too.
- Firms told as arrangers by a plural role noun ("A and B are joint lead arrangers") arrange it.
Invented sentences and firms; negatives where no financing is told."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [named_roles(ents, f) for f in financings(out)]


@pytest.mark.parametrize("body, lender", [
    ("Corvale Data Systems, a developer of GPU campuses, has signed a $1.9 billion term loan "
     "arranged by Pinebrook Bank, with Tamberlin Partners also in the syndicate.", "Tamberlin Partners"),
    ("Okawa Digital raised a $620 million construction loan on Monday. Pinebrook Bank led the "
     "deal; Tamberlin Partners and Quarrel Bank were also among the lenders.", "Quarrel Bank"),
    ("Okawa Digital raised a $620 million construction loan on Monday. Pinebrook Bank led the "
     "deal; Tamberlin Partners and Quarrel Bank were also among the lenders.", "Tamberlin Partners"),
    ("Lundmark Compute closed a $2.3bn project loan led by Hollowmere Bank. Under the terms, "
     "Fennick Partners will fund the subordinated tranche.", "Fennick Partners"),
    ("Eastry Cloud obtained a $480 million senior secured loan from Morland Bank. Sallow "
     "Capital holds the junior piece, people familiar with the terms said.", "Sallow Capital"),
])
def test_lender_told_by_membership_or_its_tranche_lends(tmp_path, body, lender):
    loans = _loans(tmp_path, body)
    assert any(lender in f.get("lender", []) for f in loans), loans


@pytest.mark.parametrize("body, lender", [
    ("数据中心开发商云塔科技近日获得一笔40亿元的银团贷款。该笔贷款由松江银行牵头，沧浪资本是重要的出资方，承担约三成份额。",
     "沧浪资本"),
    ("算力服务商澄岭科技本周取得一笔6亿美元的项目贷款。该笔贷款由白岬银行牵头，私募基金栖霞资本为另一家贷款方。",
     "栖霞资本"),
])
def test_zh_lender_told_as_one_of_the_funders_lends(tmp_path, body, lender):
    loans = _loans(tmp_path, body, language="zh")
    assert any(lender in f.get("lender", []) for f in loans), loans


@pytest.mark.parametrize("body, arrangers", [
    ("Varden Cloud, a GPU cloud operator, signed a new $900 million revolving credit facility on "
     "Friday. Kessock Bank and Arlen Bank, two Scottish lenders, acted as joint bookrunners.",
     ["Arlen Bank", "Kessock Bank"]),
    ("Brannock Compute secured a $1.4bn term loan in March. Mersey Bank and Tolland Bank will be the "
     "mandated lead arrangers, the company added.", ["Mersey Bank", "Tolland Bank"]),
])
def test_firms_told_as_arrangers_by_a_plural_noun_arrange(tmp_path, body, arrangers):
    loans = _loans(tmp_path, body)
    assert any(sorted(f.get("arranger", [])) == arrangers for f in loans), loans


@pytest.mark.parametrize("body", [
    # no financing told: a member of a group is no lender of anything
    "Hollin Robotics, with Tamberlin Partners also in the group, bought a stake in Vesk Motors.",
    "Fennick Partners is providing a mezzanine tranche of equity to the buyout fund, it said.",
    "数据中心开发商云塔科技完成B轮股权融资，沧浪资本是重要的出资方。",
])
def test_no_financing_no_lender(tmp_path, body):
    loans = _loans(tmp_path, body, language="zh" if "云塔" in body else None)
    assert not any(f.get("lender") for f in loans), loans
