"""Issue 10: a description that means a firm named earlier in its own sentence ("X and Y have
signed … leaving the software group with 18% of the AI lab") (invented text, invented firms)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run

PAIR = ("Halberd Cloud and Quenby Labs, a model developer, have signed a definitive agreement "
        "that leaves the software group with a stake of about 18% in the AI lab's new for-profit "
        "arm.")


def test_descriptions_after_a_pair_subject_mean_the_pair_member_of_their_type(tmp_path):
    ents, out = run(tmp_path, PAIR, language="en")
    stake = next(f for f in out.frames if f.family == "Stake")
    assert named_roles(ents, stake) == {"investor": ["Halberd Cloud"], "investee": ["Quenby Labs"]}
    assert stake.figures["stakePercent"].value == 18


def test_a_loose_description_types_no_unseen_firm(tmp_path):
    ents, _ = run(tmp_path, "Pellworth Analytics released new tools on Monday. The software "
                  "company said sales rose.", language="en")
    assert not any("CloudProvider" in t for t in ents.types.values())


def test_the_investment_gives_a_stake_in_the_startup_stays_the_investments_figure(tmp_path):
    ents, out = run(tmp_path, "Halberd Cloud invested $2bn in Quenby Labs, a model developer. The "
                    "investment gives Halberd Cloud a stake of about 6% in the startup.",
                    language="en")
    assert [f.family for f in out.frames] == ["Investment"]
    assert out.frames[0].figures["stakePercent"].value == 6

