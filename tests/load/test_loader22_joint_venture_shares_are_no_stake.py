"""Issue 10, twenty-second pass: what each partner puts into a joint venture is no stake of one
partner in the other.

A stake or an investment that only the deal trigger read (出资 / "invested" and a figure, no
pattern saying what the money buys) in a sentence naming a joint venture (合资企业, "joint
venture") is dropped. A stake told by its own pattern ("…入股X，获得…股权", "invested … in X for a
…% stake") stays, even when the sentence also mentions a joint venture (rules/joint_ventures.py).
"""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _stakes(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(ents.names[f.roles["investor"][0]], ents.names[f.roles["investee"][0]])
            for f in out.frames if f.family in ("Stake", "Investment")
            and f.roles.get("investor") and f.roles.get("investee")]


@pytest.mark.parametrize("body,kw", [
    ("Aldwick Capital invested $1.4 billion, or 70%, in the joint venture it set up with "
     "Harlowe Cloud.", {}),
    ("晞澜资本与澄岚智能组建合资企业，晞澜资本出资七成、澄岚智能出资三成。", {"language": "zh"}),
])
def test_a_partners_share_of_a_joint_venture_is_no_stake(tmp_path, body, kw):
    assert _stakes(tmp_path, body, **kw) == []


@pytest.mark.parametrize("body,kw,pair", [
    ("晞澜资本出资8亿美元入股澄岚智能，获得10%股权；双方另有一家合资公司。", {"language": "zh"},
     ("晞澜资本", "澄岚智能")),
    ("Aldwick Capital invested $900 million in Harlowe Cloud for a 9% stake, months after the "
     "two formed a joint venture.", {}, ("Aldwick Capital", "Harlowe Cloud")),
])
def test_a_stake_told_by_its_own_pattern_stays(tmp_path, body, kw, pair):
    assert pair in _stakes(tmp_path, body, **kw)


def test_a_venture_planned_in_a_later_clause_leaves_the_round(tmp_path):
    """Review probe (twenty-second pass): the venture told after the round's clause is another
    plan; the trigger-read investment in the round stays."""
    assert ("恒岳资本", "澜湾智能") in _stakes(
        tmp_path, "恒岳资本出资5亿元参与澜湾智能的B轮融资，双方还将成立合资公司。", language="zh")
