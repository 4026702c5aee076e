"""Issue 10, twenty-fourth pass: a deal the writer asks the reader to imagine or suppose ("But
imagine X went one step further and lent Y $2bn", "Suppose X were to take a stake in Y", "Now
suppose X lent …") is a what-if, no fact: imagine/suppose/supposing are hypothetical cues
(``hypothetical`` in cues.yaml) after a word or a clause break, whose reach is their clause (and
the next when they open it); a sentence opening on one is read by ``supposed_deal`` as before.
"supposed to" is no such cue, and a deal told in a clause of its own before the what-if stays."""
import pytest

from tests.load.helpers import agreement_frames, facts, run


@pytest.mark.parametrize("body", [
    "But imagine Castemere Cloud went one step further and lent Dornwell Labs, say, $2 billion "
    "directly.",
    "Suppose Castemere Cloud were to take a 10% stake in Dornwell Labs at its next round.",
    "Now suppose Castemere Cloud lent $500 million to Dornwell Labs to keep the payments going.",
], ids=["imagine", "suppose-were-to", "now-suppose"])
def test_an_imagined_deal_is_no_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert agreement_frames(out), "the deal is still read (as a what-if)"
    assert not facts(out)


@pytest.mark.parametrize("body", [
    "Castemere Cloud, which is supposed to close the deal next week, agreed to lend $2 billion to "
    "Dornwell Labs.",
    "Castemere Cloud lent $2 billion to Dornwell Labs in May; it is hard to imagine a bank doing "
    "the same.",
], ids=["supposed-to", "deal-before-the-what-if"])
def test_a_deal_told_outside_the_what_if_stays(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert facts(out)
