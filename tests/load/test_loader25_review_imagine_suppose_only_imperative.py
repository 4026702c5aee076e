"""Review of 97312f2 (twenty-fifth pass): imagine/suppose/supposing were hypothetical cues after
any word, so a verb of belief with its own subject ("Harlow Bank, which many suppose is short of
capital, lent …", "which few would suppose needed cash", "as analysts imagine") made the real deal
of its sentence a what-if. The rule: they ask the reader to picture a deal only as an imperative —
after a clause break (, ; :) or a linking word (but, now, so, and, then, yet, even, just, let's) —
so a deal told around a believer's "suppose" stays a fact (``hypothetical`` in cues.yaml)."""
import pytest

from tests.load.helpers import agreement_frames, facts, run


@pytest.mark.parametrize("body", [
    "Harlow Bank, which many suppose is short of capital, lent Corliss Data $2 billion.",
    "Harlow Systems, which few would suppose needed cash, borrowed $2 billion from Brenning Bank "
    "on Monday.",
    "Harlow Bank, which analysts imagine will need more capital, lent Corliss Data $2 billion.",
], ids=["many-suppose", "few-would-suppose", "analysts-imagine"])
def test_a_believers_suppose_leaves_the_deal_a_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert facts(out), agreement_frames(out)


@pytest.mark.parametrize("body", [
    "But imagine Harlow Bank lent $2 billion to Corliss Data.",
    "Now suppose Harlow Bank lent $500 million to Corliss Data to keep the payments going.",
    "It could get stranger still: suppose Harlow Bank were to lend $2 billion to Corliss Data.",
    "And let's suppose Harlow Bank lent $2 billion to Corliss Data.",
], ids=["but-imagine", "now-suppose", "colon-suppose", "lets-suppose"])
def test_an_imperative_imagine_is_still_a_what_if(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert agreement_frames(out), "the deal is still read (as a what-if)"
    assert not facts(out)
