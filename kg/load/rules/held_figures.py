"""A capacity a PAIR of firms is told as each or both having is no deal's figure: "Brisk Harbour
and Tolland Labs each run close to 2 GW. Tolland Labs then agreed to rent servers from Brisk
Harbour", 两家公司各自拥有约2吉瓦的算力容量. A verb of having (``held_figure.en_verbs`` /
``zh_verbs`` in lexicon/cues.yaml) right before a capacity, with only words of degree between
("about", "a combined", 约), AND a word that tells the pair (each, both, together, 各自, 均…)
by it, in a sentence with no deal noun or verb of its own (``held_figure.deal_words``), says what
the two own, not what their deal covers; such a capacity is taken out of the sentence's figures
before any deal rule (the pair's deal told next, the deal told before) sees it. A capacity a
single firm or a site has ("a campus that has 300 MW", "has 1 GW reserved under the deal",
租用一座拥有0.5吉瓦容量的数据中心) stays: the sentence's deal may well be for it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.patterns import alternation, word_cue
from kg.load.vocab import lexicon

#: how far before a figure its verb of having may start
_REACH = 48
#: how far before the verb of having a word telling the pair may stand
_PAIR_REACH = 24


@lru_cache(maxsize=1)
def _held() -> re.Pattern:
    spec = lexicon()["held_figure"]
    return re.compile(rf"\b(?:{alternation(spec['en_verbs'])})\s+(?:(?:{alternation(spec['en_between'])})\s+)*$|"
                      rf"(?:{alternation(spec['zh_verbs'])})(?:{alternation(spec['zh_between'])})*$",
                      re.I)


@lru_cache(maxsize=1)
def _pair() -> re.Pattern:
    return word_cue(lexicon()["held_figure"]["pair_words"])


@lru_cache(maxsize=1)
def _deal() -> re.Pattern:
    return word_cue(lexicon()["held_figure"]["deal_words"])


def without_held(text: str, quantities: list) -> list:
    """`quantities` of sentence `text` without the capacities a pair is told as having."""
    if not any(q.unit == "GW" for q in quantities) or _deal().search(text):
        return quantities
    return [q for q in quantities if not (q.unit == "GW" and _held_at(text, q.start))]


def _held_at(text: str, at: int) -> bool:
    m = _held().search(text, max(0, at - _REACH), at)
    return m is not None and _pair().search(text, max(0, m.start() - _PAIR_REACH), at) is not None
