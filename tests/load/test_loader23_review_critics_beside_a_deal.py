"""Review of 169913e (issue 10, twenty-third pass): critics' view is commentary only when the
sentence opens with it ("Critics point out that X sells chips to Y …", "Critics have long argued
…"; ``critics_view`` in cues.yaml). Critics quoted beside a deal the sentence tells ("X signed a
$N contract with Y, though critics say the price is too high", "a move critics said …") leave
the deal standing."""
import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body", [
    "Castor Labs signed a $2 billion cloud contract with Dornwell Cloud on Monday, though critics "
    "say the price is too high.",
    "Castor Labs invested $1 billion in Dornwell Robotics, a move critics said would tie the two "
    "firms closer.",
    "Castor Labs, which critics say overpays for chips, agreed to invest $800 million in Dornwell "
    "Robotics.",
], ids=["though-critics", "a-move-critics", "which-critics"])
def test_critics_beside_a_deal_leave_it_a_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert [f for f in out.frames if f.is_fact]


@pytest.mark.parametrize("body", [
    "Critics have pointed out that Castor Labs sells chips to Dornwell Cloud and then rents back "
    "its capacity.",
    "But critics have long argued that Castor Labs sells chips to Dornwell Cloud and rents back "
    "its capacity.",
], ids=["have-pointed-out", "but-long-argued"])
def test_a_sentence_opening_with_critics_view_is_commentary(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not out.frames
