"""Issue 10, seventh pass: bond issues told by their completion, their series and their buyers
(invented text)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import named_roles, run


def test_zh_completed_issue_of_notes_with_its_series_keeps_the_issue_amount_only(tmp_path):
    ents, out = run(tmp_path, "最终，云厂商雾岛云在5月8日完成了90亿美元优先票据的发行，共分三个系列："
                    "30亿美元2031年到期、票面利率4.5%；40亿美元2035年到期；以及20亿美元2045年到期。",
                    language="zh")
    bonds = [f for f in out.frames if f.family == "Bond"]
    assert bonds and all(named_roles(ents, f) == {"issuer": ["雾岛云"]} for f in bonds)
    assert {f.figures["amountUSD"].value for f in bonds if "amountUSD" in f.figures} == \
        {Decimal("9000000000")}


def test_zh_buyer_that_also_subscribed_part_of_the_issue_is_its_holder(tmp_path):
    ents, out = run(tmp_path, "云厂商雾岛云上周发行了8亿美元五年期绿色债券。知情人士称，主权基金北海投资局也认购了其中约1亿美元。",
                    language="zh")
    bonds = [f for f in out.frames if f.family == "Bond"]
    assert len(bonds) == 1
    assert named_roles(ents, bonds[0]) == {"issuer": ["雾岛云"], "holder": ["北海投资局"]}
    assert bonds[0].figures["amountUSD"].value == Decimal("800000000")
