"""Issue 10, sixteenth pass: lenders and arrangers told by what they are in the lending group.
- A firm told as a member of the group ("B is also in the syndicate", "B and C were among the
  lenders") or by the tranche it funds ("B holds the junior piece") lends the financing told in
  its sentence or just before; the group noun must close the clause or name the financing back
  ("among the banks that declined", "the senior tranche of a securitisation" lend nothing).
- Chinese: a firm told as one of the funders (B作为参贷行加入, B同样为贷款方) lends it too; not when
  negated, hoped for, refused, or when the funders are what it guarantees (为本次贷款方提供担保).
- Firms told as arrangers by a plural role noun ("A and B will be the mandated lead arrangers")
  arrange it; not arrangers "of its bond".
Invented sentences and firms; negatives where no financing is told or the membership is another's."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [named_roles(ents, f) for f in financings(out)]


@pytest.mark.parametrize("body, lender", [
    ("Oxley Bank is arranging a $740 million delayed-draw loan for Marwick Grid, which builds "
     "liquid-cooled halls. Brenhaven Credit is also in the syndicate, a banker said.", "Brenhaven Credit"),
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
    ("锦川算力与青禾银行签署了一份12亿元的设备贷款协议，期限三年。磐石信托同样为贷款方。", "磐石信托"),
    ("算力服务商澄岭科技本周获得启明银行提供的5亿元项目贷款。据悉，远汀资本作为参贷行加入。", "远汀资本"),
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


_LOAN = "Trevail Compute agreed a $350 million term loan with Quaymoor Bank last week. "
_LOAN_ZH = "智算企业沐川科技近日与南屿银行签订一笔9亿元的贷款合同。"


@pytest.mark.parametrize("body, firm", [
    # the group noun goes on to say which group: refusers, losers, owners, buyers
    (_LOAN + "Dunmere Bank was among the banks that stayed out, a person said.", "Dunmere Bank"),
    (_LOAN + "Ettrick Holdings is part of the group that controls Trevail and guaranteed the debt.",
     "Ettrick Holdings"),
    (_LOAN + "Shares of Dunmere Bank, among the lenders worst hit in Tuesday's rout, slid 6%.",
     "Dunmere Bank"),
    (_LOAN + "Corrie Capital, in the consortium that acquired Lisle Networks, took no part.",
     "Corrie Capital"),
    # a tranche of another instrument
    (_LOAN + "Separately, Corrie Capital took the senior tranche of a Lisle Networks securitisation.",
     "Corrie Capital"),
    # arrangers of another financing
    (_LOAN + "In 2019 Dunmere Bank and Penhallow Bank were joint lead arrangers of its convertible bond.",
     "Penhallow Bank"),
])
def test_membership_of_another_group_lends_nothing(tmp_path, body, firm):
    loans = _loans(tmp_path, body)
    assert loans and not any(firm in f.get("lender", []) + f.get("arranger", []) for f in loans), loans


@pytest.mark.parametrize("body, firm", [
    (_LOAN_ZH + "知情人士称，枫林资本不是这笔贷款的贷款方。", "枫林资本"),
    (_LOAN_ZH + "业内预计枫林资本后续或将成为贷款方。", "枫林资本"),
    (_LOAN_ZH + "枫林资本婉拒作为贷款方加入。", "枫林资本"),
    (_LOAN_ZH + "其控股股东枫林集团为上述贷款方出具了担保函。", "枫林集团"),
])
def test_zh_funder_noun_negated_or_guaranteed_lends_nothing(tmp_path, body, firm):
    loans = _loans(tmp_path, body, language="zh")
    assert loans and not any(firm in f.get("lender", []) for f in loans), loans
