"""A capacity a firm merely has is no deal's figure: "Calloway Grid and Ostrin AI each operate about
2 GW of capacity. Ostrin AI agreed to rent cloud servers from Calloway Grid", "X, which already
runs 1.5 GW, agreed to supply …", 两家公司各自拥有约2吉瓦的算力容量, 拥有1.2吉瓦容量的X与Y签署…. A
verb of having (``held_figure`` in lexicon/cues.yaml) right before a capacity, with only a few
words of degree between ("about", "a combined", 约), says what the firm or the pair owns, not
what a deal covers; such a capacity is taken out of the sentence's figures before any deal rule
(the sentence's own frames, the pair's deal told next, the deal told before) sees it. Only
capacities: a holding told by "owns N shares" or "has a 7% stake" is a stake's figure.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.patterns import alternation
from kg.load.vocab import lexicon

#: how far before a figure its verb of having may start
_REACH = 48


@lru_cache(maxsize=1)
def _held() -> re.Pattern:
    spec = lexicon()["held_figure"]
    return re.compile(rf"\b(?:{alternation(spec['en_verbs'])})\s+(?:(?:{alternation(spec['en_between'])})\s+)*$|"
                      rf"(?:{alternation(spec['zh_verbs'])})(?:{alternation(spec['zh_between'])})*$",
                      re.I)


def without_held(text: str, quantities: list) -> list:
    """`quantities` of sentence `text` without the capacities a verb of having owns."""
    if not any(q.unit == "GW" for q in quantities):
        return quantities
    held = _held()
    return [q for q in quantities
            if not (q.unit == "GW" and held.search(text, max(0, q.start - _REACH), q.start))]
