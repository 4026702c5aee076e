"""Issue 10, twenty-fifth pass: a firm that owns a commitment noun right before the deal verb
("Brindle Group's pledge to invest $3bn in Murrow AI", "X's promise/plan/offer to lend …") is the
verb's subject, not a firm named earlier in the sentence ("the acquisition of Halden
Semiconductor and Brindle Group's pledge to invest …": Halden is what was bought, not an
investor). The cue (``pledge_possessor`` in lexicon/cues.yaml) is read right after a subject slot:
the pattern rules prefer that slot as subject (rules/frames.py ``_nearest_subject``), and a listed
subject ("A and B's pledge") keeps only its last firm (frames.py, triggers.py). English only: a
Chinese sentence tells the commitment with its own subject (X承诺向Y投资). A plain list of
subjects ("A and B will invest") keeps both."""
import pytest

from tests.load.helpers import named_roles, run


def _investors(ents, out, family="Investment"):
    return [named_roles(ents, f).get("investor") or named_roles(ents, f).get("lender")
            for f in out.frames if f.family == family]


@pytest.mark.parametrize("body, family", [
    ("The proceeds were earmarked for two things: the acquisition of chip designer Halden "
     "Semiconductor and Brindle Group's pledge to invest up to $3 billion in Murrow AI.",
     "Investment"),
    ("The money had two jobs: paying for the acquisition of Halden Semiconductor, the chip "
     "designer, and funding the first part of Brindle Group's promise to invest up to $3 billion "
     "in Murrow AI.", "Investment"),
    ("Halden Semiconductor welcomed Brindle Group's plan to lend $500 million to Murrow AI.",
     "Loan"),
], ids=["en-list-pledge", "en-earlier-firm-promise", "en-plan-to-lend"])
def test_the_possessor_of_the_pledge_is_the_subject(tmp_path, body, family):
    ents, out = run(tmp_path, body)
    assert _investors(ents, out, family) == [["Brindle Group"]]


def test_a_plain_list_of_subjects_keeps_both(tmp_path):
    ents, out = run(tmp_path, "Halden Semiconductor and Brindle Group will invest $3 billion in "
                              "Murrow AI.")
    assert _investors(ents, out) == [["Brindle Group", "Halden Semiconductor"]]
