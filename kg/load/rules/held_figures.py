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

#: A verb of having told as what will be, under a deal ("will build and run 350 MW under a term
#: sheet", 将运营): a deal's capacity, not a holding.
_TO_COME = re.compile(r"(?:\b(?:will|would|shall|to|can|could|may|might)\s+(?:[a-z]+\s+and\s+)?|"
                      r"(?:将|将会|会|拟|计划|负责))$", re.I)


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
    return [q for q in quantities if not (q.unit == "GW" and _held_at(text, q.start))]


def _held_at(text: str, at: int) -> bool:
    m = _held().search(text, max(0, at - _REACH), at)
    return m is not None and not _TO_COME.search(text, max(0, m.start() - 24), m.start())
