"""Shares of a joint venture are no stake of one partner in the other (issue 10, twenty-second
pass).

"A与B合资成立一家公司，B方出资六成、A持有四成", "A and B set up a joint venture; B puts in 65%": the
percentages and the money are what each partner puts into the venture, not a stake B takes in A.
A stake or an investment that only a deal trigger read (the bare verb 出资 / "contributes" and a
figure, no pattern naming what the money buys) in a sentence that names a joint venture
(``joint_venture_words`` in lexicon/cues.yaml) is dropped. A stake told by its own pattern ("B出资5亿元
入股A，持股10%，双方还将另行成立合资公司", "B will invest $500m in A for a 10% stake") is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.patterns import word_cue
from kg.load.vocab import lexicon

_FAMILIES = {"Stake", "Investment"}
_TRIGGER = "trigger."


@lru_cache(maxsize=1)
def _venture() -> re.Pattern:
    return word_cue(lexicon()["joint_venture_words"])


_CLAUSE_END = re.compile(r"[，,；;。]")


def venture_shares(frames: list[Frame]) -> list[Frame]:
    """`frames` without the trigger-read stakes and investments of a sentence naming a joint
    venture before the end of the deal's own clause (a venture planned in a later clause, "…参与
    X的B轮融资，双方还将成立合资公司", leaves the round alone)."""
    return [f for f in frames if not (f.family in _FAMILIES and f.rule.startswith(_TRIGGER)
                                      and _venture().search(_through_clause(f)))]


def _through_clause(f: Frame) -> str:
    """The sentence's text up to the end of the clause `f` was read in."""
    end = _CLAUSE_END.search(f.sentence.text, f.span[1])
    return f.sentence.text[:end.start() if end else len(f.sentence.text)]
