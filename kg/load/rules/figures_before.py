"""A deal's figures told in the sentence before the one that tells its terms: "…是双方近日签署的一份三年期
算力服务框架协议，预计总金额约6.7亿美元。根据协议，X将向Y提供训练及推理算力。", "The contract runs for
five years and is worth about $3bn. Under it, X will supply capacity to Y." The terms sentence
opens by referring back to the deal (``terms_back`` in ``lexicon/cues.yaml``); the sentence
before names a deal noun and tells no deal of its own; its amount and term, when the deal has
none, are the deal's. So are those of a deal the sentence before tells with one party only, when
that firm is a party of the deal: "X signs a $38bn, seven-year agreement. Y will run on chips in
X's data centres."
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame, figure_of
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_UNITS = {"USD": "amountUSD", "years": "termYears", "GW": "capacityGW"}
#: A holding told just after a contract of one of its firms (a sentence sizing Y's lease, then one
#: saying which firm owns part of Y) is no deal that contract's figures size.
_HOLDINGS = frozenset({"Stake", "Warrant"})


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern]:
    spec = lexicon()["terms_back"]
    return re.compile(spec["opening"], re.I), re.compile(spec["deal_noun"], re.I)


def figures_before(frames: list[Frame], s: Sentence, before: Sentence | None, told_before: bool,
                   quantities_before, firms_before: frozenset[str] = frozenset()) -> None:
    """Fill the figures the one deal of `s` lacks from the sentence `before` (see module doc);
    `firms_before`: the firms `before` names."""
    opening, deal_noun = _rules()
    if before is None or told_before or len(frames) != 1 or not deal_noun.search(before.text):
        return
    f = frames[0]
    if not opening.match(s.text) and not (len(firms_before) == 1 and firms_before <= f.parties()
                                          and f.family not in _HOLDINGS):
        return
    added = False
    for unit, key in _UNITS.items():
        found = [q for q in quantities_before if q.unit == unit]
        if len(found) == 1 and key not in f.figures \
                and not (key == "termYears" and found[0].value > 40):
            f.figures[key] = figure_of(found[0])
            added = True
    if added:
        f.extra_evidence.append(before)
