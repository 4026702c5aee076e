"""Shares of a joint venture are no stake of one partner in the other (issue 10, twenty-second
pass).

"A与B成立合资公司，后者出资70%、A持有30%", "A and B formed a joint venture; B contributes 80%": the
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


def venture_shares(frames: list[Frame]) -> list[Frame]:
    """`frames` without the trigger-read stakes and investments of a sentence naming a joint
    venture."""
    return [f for f in frames if not (f.family in _FAMILIES and f.rule.startswith(_TRIGGER)
                                      and _venture().search(f.sentence.text))]
