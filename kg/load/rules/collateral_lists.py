"""What secures a financing told as a list whose parts a semicolon divides ("担保安排包括两部分：一是
X持有的GPU；二是其与Y所签合同项下的应收账款", "The loan is secured by two things: its GPUs; and the
receivables of its contract with X"). The sentence splitter cuts at the semicolon, so a later part
has no collateral cue of its own: a part that opens with a list marker (``collateral_list_next``)
right after a part with the cue (or after another such part) tells what secures the financing
too, each part on its own (one pledged deal per part). So do the sentences that answer a question
about security (rules/collateral_answers.py)."""
from __future__ import annotations

from kg.load.rules.collateral_answers import security_answers
from kg.load.rules.patterns import cue
from kg.load.text.sentences import Sentence

_SEMICOLONS = ("；", ";")


def collateral_sentences(sentences: list[Sentence], secured) -> list[Sentence]:
    """The sentences that say what secures a financing: those with a cue (`secured(text)`), and
    the later parts of their lists."""
    out: list[Sentence] = []
    answers = security_answers(sentences)
    for s in sentences:
        if secured(s.text) or s.index in answers:
            out.append(s)
        elif out and out[-1].index == s.index - 1 and out[-1].paragraph == s.paragraph \
                and out[-1].text.rstrip().endswith(_SEMICOLONS) \
                and cue("collateral_list_next").search(s.text):
            out.append(s)
    return out
