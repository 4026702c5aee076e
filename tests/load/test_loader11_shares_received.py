"""Issue 10, eleventh pass: an investment whose investor is then told getting shares ("at closing X
received 214,776,632 shares, roughly 4% of its old rival") is a stake, with the count and share as
its figures; and an investment for the amount of a stake the article tells between the same firms
is that stake (one deal). Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _stakes(out):
    return [f for f in out.frames if f.family == "Stake"]


@pytest.mark.parametrize("body, count, percent", [
    ("Tessel Systems completed its $5 billion investment in Harwick Semiconductor on Friday. At "
     "closing Tessel Systems received 214,776,632 shares, roughly 4% of its old rival.", 214776632, 4),
    ("Tessel Systems has invested $5 billion in Harwick Semiconductor. It was issued 214,776,632 "
     "shares, about 4% of the company.", 214776632, 4),
    ("Tessel Systems invested $5bn in Harwick Semiconductor in September. The deal closed in "
     "December. Tessel Systems now holds 214,776,632 Harwick Semiconductor shares.", 214776632, None),
])
def test_investment_told_with_the_shares_received_is_a_stake(tmp_path, body, count, percent):
    ents, out = run(tmp_path, body)
    stakes = _stakes(out)
    assert len(stakes) == 1 and not [f for f in out.frames if f.family == "Investment"], out.frames
    assert named_roles(ents, stakes[0]) == {"investor": ["Tessel Systems"],
                                             "investee": ["Harwick Semiconductor"]}
    assert float(stakes[0].figures["shareCount"].value) == count
    if percent is not None:
        assert float(stakes[0].figures["stakePercent"].value) == percent


@pytest.mark.parametrize("body", [
    "Tessel Systems invested $5bn in Harwick Semiconductor. Harwick Semiconductor shares rose 4%.",
    "Tessel Systems invested $5bn in Harwick Semiconductor. Orvane Capital received 3,000,000 shares "
    "in a separate placement.",
])
def test_shares_of_others_or_a_move_leave_the_investment(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert [f for f in out.frames if f.family == "Investment"], out.frames
    assert not _stakes(out)


@pytest.mark.parametrize("body", [
    "Tessel Systems' $5 billion investment in Harwick Semiconductor closed this week. In September "
    "Tessel Systems agreed to buy $5 billion of Harwick Semiconductor common stock.",
    "Tessel Systems agreed to buy $5 billion of Harwick Semiconductor shares. The $5 billion "
    "investment in Harwick Semiconductor by Tessel Systems needs regulatory approval.",
    "Tessel Systems said it will invest $5 billion in Harwick Semiconductor. Tessel Systems will buy "
    "$5 billion of Harwick Semiconductor's common stock at $23 a share.",
])
def test_investment_for_a_stakes_amount_is_that_stake(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _stakes(out) and not [f for f in out.frames if f.family == "Investment"], out.frames
