"""Issue 10, twenty-third pass: a sentence that gives critics' view or tells the money's loop as a
pattern ("Critics point out that …", "money flows in a loop: X sells chips to Y, …",
左手倒右手) comments on deals told elsewhere and states none of its own (``commentary`` in
cues.yaml, rules/guards.py ``commentary``). The same deal told plainly is still a deal."""
import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body", [
    "Skeptics note that money flows in a loop here: Pellion AI sells accelerators to Vexmoor "
    "Cloud, owns its shares and rents back its idle capacity.",
    "Critics argue that Pellion AI sells chips to Vexmoor Cloud and then buys back its spare "
    "capacity.",
    "Critics say Pellion AI sells accelerators to Vexmoor Cloud and rents its capacity back.",
    "这不过是左手倒右手：沐川科技向岚策科技出售加速卡，再租回其算力。",
    "The cash goes round and round: Pellion AI sells GPUs to Vexmoor Cloud, which rents capacity "
    "to Pellion AI.",
], ids=["loop", "critics-argue", "critics-say", "zh-left-to-right-hand", "round-and-round"])
def test_a_loop_told_as_a_pattern_is_no_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not out.frames


@pytest.mark.parametrize("body", [
    "Pellion AI sells accelerators to Vexmoor Cloud.",
    "Pellion AI agreed to sell $2 billion of accelerators to Vexmoor Cloud, a deal critics of the "
    "company welcomed.",
], ids=["plain", "critics-as-object"])
def test_a_deal_told_plainly_stays(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert [f.family for f in out.frames] == ["Supply"]
