"""Issue 10, twenty-fourth pass: buyers of a Chinese bond issue told in the sentences after it, in
wording the lexicon lacked, are holders of that issue (invented sentences and firms):

- the buyer's sentence points back at the issue with 此次发行/本次发行/该期发行 ("是此次发行的最大
  买家"): that 发行 tells no new issue, so the buyer still joins the issue told before
  (``zh_issue_anaphora`` in cues.yaml, extract._issues_bonds);
- several buyers each taking part ("A和B均认购了部分票据"): 均/都/各 before the verb and a part of
  the paper (部分票据, 一部分债券) as its object (zh.bond.subscribe.part);
- a buyer told with its part in the book before the verb ("A作为基石投资者认购了其中3亿美元");
- an issue told as priced ("X周二定价8亿美元五年期票据", zh.bond.issue).

Not a holder: a buyer that plans or declines to buy, part of another firm's shares (部分股份), a
buyer of a second issue told since whose issuer is no firm; a denied or rumoured pricing is no
fact (a planned one is read as a planned issue is)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_TYPES = "岑溪数据是数据中心运营商。"


def _bonds(tmp_path, body):
    ents, out = run(tmp_path, _TYPES + body, language="zh")
    return [(f.is_fact, named_roles(ents, f)) for f in out.frames if f.family == "Bond"]


@pytest.mark.parametrize("body, holders", [
    ("岑溪数据本月发行了12亿美元的优先有担保票据。知情人士称，鹤汀资管认购了其中约4亿美元，"
     "是此次发行的最大买家。", ["鹤汀资管"]),
    ("岑溪数据上周发行了20亿元公司债券。簿记结果显示，鹤汀资管认购了其中5亿元，为本次发行的"
     "基石投资者之一。", ["鹤汀资管"]),
    ("为筹措建设资金，岑溪数据在10月发行了9亿美元五年期票据，以园区设备作抵押。据悉，鹤汀资管和"
     "临渊保险均认购了部分票据。", ["临渊保险", "鹤汀资管"]),
    ("岑溪数据发行了15亿元债券。鹤汀资管与临渊保险都买入了一部分债券。", ["临渊保险", "鹤汀资管"]),
    ("岑溪数据周三发行6亿美元优先票据，期限七年。资管机构鹤汀资管作为基石投资者认购了其中2亿美元。",
     ["鹤汀资管"]),
    ("岑溪数据周二定价8亿美元五年期优先有担保票据，票面利率6.5%。鹤汀资管认购了其中3亿美元。",
     ["鹤汀资管"]),
], ids=["this-issue", "this-issue-cornerstone", "both-part", "both-some", "as-cornerstone",
        "priced"])
def test_buyers_told_after_the_issue_are_its_holders(tmp_path, body, holders):
    bonds = _bonds(tmp_path, body)
    assert any(fact and roles.get("issuer") == ["岑溪数据"]
               and sorted(roles.get("holder", [])) == holders for fact, roles in bonds), bonds


@pytest.mark.parametrize("body", [
    "岑溪数据本月发行了12亿美元的优先票据。鹤汀资管拟认购其中约4亿美元。",
    "岑溪数据本月发行了12亿美元的优先票据。鹤汀资管未认购该期票据，是此次发行少见的缺席者。",
    "岑溪数据本月发行了12亿美元的优先票据。鹤汀资管均认购了部分股份。",
    "岑溪数据本月发行了12亿美元的优先票据。另一家运营商随后也发行了5亿美元票据，鹤汀资管认购了其中"
    "2亿美元。",
    "岑溪数据本月发行了12亿美元的优先票据。鹤汀资管作为基石投资者参与了另一家公司的配售。",
], ids=["planned", "declined", "shares", "another-issue", "other-placement"])
def test_no_holder_of_the_issue(tmp_path, body):
    bonds = _bonds(tmp_path, body)
    assert bonds and not any(roles.get("holder") for _, roles in bonds), bonds


@pytest.mark.parametrize("body", [
    "岑溪数据否认已定价8亿美元五年期票据。",
    "市场传闻岑溪数据已定价8亿美元五年期票据。",
], ids=["denied-pricing", "rumoured-pricing"])
def test_a_pricing_denied_or_rumoured_is_no_fact(tmp_path, body):
    bonds = _bonds(tmp_path, body)
    assert bonds and not any(fact for fact, _ in bonds), bonds


def test_a_share_pricing_is_no_bond(tmp_path):
    assert not _bonds(tmp_path, "岑溪数据周二为其新股定价，募资8亿元。")
