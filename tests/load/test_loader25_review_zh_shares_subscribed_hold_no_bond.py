"""Review of 0deb8f4 (twenty-fifth pass): after a Chinese bond issue, a firm told subscribing to
shares ("瀚洋资管认购了部分股份", "瀚洋资管认购了博宁电力的新股") was made a holder of the bonds by
``zh.bond.subscribe`` (any 认购 after an issue), though 0deb8f4 meant 部分股份 to hold no paper.
The rule: 认购/获配 followed in its clause by shares (股份, 新股, 股票, 股权, 普通股, 优先股) names no
bond holder; a buyer of part of the issue (认购了其中N, 认购N) still is."""
import pytest

from tests.load.helpers import named_roles, run

ISSUE = "康利数据是数据中心运营商。康利数据发行了20亿美元债券。"


def _holders(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return sorted(h for f in out.frames if f.family == "Bond"
                  for h in named_roles(ents, f).get("holder", []))


@pytest.mark.parametrize("body", [
    ISSUE + "瀚洋资管认购了部分股份。",
    ISSUE + "瀚洋资管认购了博宁电力的新股。",
], ids=["some-shares", "another-firms-new-shares"])
def test_shares_subscribed_hold_no_bond(tmp_path, body):
    assert _holders(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    ISSUE + "瀚洋资管认购了其中5亿美元。",
    "康利数据是数据中心运营商。康利数据发行了20亿美元债券，瀚洋资管认购5亿美元。",
], ids=["part-of-it", "same-sentence"])
def test_a_buyer_of_the_issue_still_holds_it(tmp_path, body):
    assert _holders(tmp_path, body) == ["瀚洋资管"]
