"""Issue 10, fifteenth pass: buyers of a bond issue told in a sentence after it, by the book's role
noun ("its cornerstone investor was X", "Its anchor was X", X是本期票据最大的认购方, 基石认购方为X),
by what they took ("bought some $500m of the offering") or are to do ("is to anchor the book"),
are holders of that issue; an issue may be planned ("intends to issue $1.1bn of notes") or priced
(完成…票据定价); 发行 as a noun's modifier (发行文件, 发行利率) tells no other issue between the issue
and its buyer. A bare "the buyer was X" (an asset's buyer) and an equity round's investor hold no
bond (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _bonds(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [named_roles(ents, f) for f in out.frames if f.family == "Bond"]


@pytest.mark.parametrize("body, issuer, holders", [
    ("Halvern Photonics issued €750 million of ten-year bonds in Frankfurt. Bankers on the deal "
     "said its cornerstone investor was Quenby Pension Fund.", "Halvern Photonics",
     ["Quenby Pension Fund"]),
    ("Brannock Cloud priced $900 million of secured notes this week. Demand was strong; its "
     "anchor was Wexley Partners.", "Brannock Cloud", ["Wexley Partners"]),
    ("Talvik Compute intends to issue roughly $1.1 billion of convertible notes before the summer. "
     "Pellham Insurance is to anchor the book, a term sheet shows.",
     "Talvik Compute", ["Pellham Insurance"]),
    ("Wyncote Semiconductor priced a $2.4 billion bond on Monday, its second this year. Esterley "
     "Advisors bought some $500 million of the offering, a filing shows.", "Wyncote Semiconductor",
     ["Esterley Advisors"]),
    ("Lindgarde Data sold $700 million of green bonds last month. The largest purchasers were "
     "Ormsley Capital and Morvane Asset Management.", "Lindgarde Data",
     ["Ormsley Capital", "Morvane Asset Management"]),
])
def test_buyers_told_after_an_issue_are_its_holders(tmp_path, body, issuer, holders):
    bonds = _bonds(tmp_path, body)
    assert any(b.get("issuer") == [issuer] and sorted(b.get("holder", [])) == sorted(holders)
               for b in bonds), bonds


@pytest.mark.parametrize("body, issuer, holders", [
    ("周四盘后，栎沙科技完成了一笔可转换票据的定价，规模折合约5.5亿美元。按照发行条款，转股价较现价溢价三成。"
     "在全部买家中，钧岱资管成为该期票据的主要认购人。", "栎沙科技", ["钧岱资管"]),
    ("启澜科技发行了20亿元三年期公司债券，票面利率2.9%。根据发行说明书，基石认购方为泓远基金。", "启澜科技",
     ["泓远基金"]),
    ("雁栖科技发行10亿元绿色债券。发行利率为3.1%，低于市场预期。北辰资产管理认购了其中4亿元。", "雁栖科技",
     ["北辰资产管理"]),
])
def test_zh_buyers_told_after_an_issue_are_its_holders(tmp_path, body, issuer, holders):
    bonds = _bonds(tmp_path, body, language="zh")
    assert any(b.get("issuer") == [issuer] and sorted(b.get("holder", [])) == sorted(holders)
               for b in bonds), bonds


@pytest.mark.parametrize("body", [
    "Corvell Networks sold its campus in Ohio last year. The buyer was Tarrick Asset Management.",
    "Brannock Cloud raised $500 million in a funding round. The largest investor was Wexley "
    "Partners.",
    "澄湖资管是本期最大的认购方之一，此前曾多次参与科技企业的股权融资。",
])
def test_no_holder_without_an_issue(tmp_path, body):
    bonds = _bonds(tmp_path, body)
    assert not any(b.get("holder") for b in bonds), bonds


# Review fix: an investor or an order holds the bonds only when told "of/in/for the notes (bonds,
# issue, offering)", and a buyer told by the role noun joins only an issue of its own sentence or
# the one before.
@pytest.mark.parametrize("body", [
    # an equity raise told after the notes: its investor is no bondholder
    "Corlane Systems sold $800 million of senior notes in March. In June it raised $500 million "
    "of equity from a group of funds, and the largest investor was Yardley Capital.",
    # an order of no named book
    "Corlane Systems placed $650 million of secured notes with institutions. Demand came mostly "
    "from Asia; the largest order was Yardley Capital's.",
    # the issue told three sentences back
    "Corlane Systems issued $1.3 billion of bonds in January. The company then hired 400 "
    "engineers. It also opened an office in Lisbon. Its top buyer was Fenwright Advisors, "
    "according to the quarterly report.",
])
def test_role_noun_buyer_far_from_the_issue_holds_none(tmp_path, body):
    bonds = _bonds(tmp_path, body)
    assert not any(b.get("holder") for b in bonds), bonds
