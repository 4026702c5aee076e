"""其 as the owner of the shares a Chinese clause buys or holds ("X与Y签署协议，拟收购其20%股权",
"Y是一家数据中心运营商，X持有其股份"): 其 is the firm the clause's holder deals with, not the holder.
The holder is the firm opening the clause, else the sentence's first firm; 其 is the one other
firm named before it in the sentence (none or several: 其 stays unread). Words: ``stake_its_zh``
in core.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon

_CLAUSE_START = re.compile(r"[，,；;：:]")
_OPENS = 6          # a firm this close to the clause's start opens it (time words may stand first)


@lru_cache(maxsize=1)
def _stake_its() -> re.Pattern:
    return re.compile(lexicon()["stake_its_zh"])


def stake_its(text: str, items: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, str]]:
    """(start, end, firm IRI) of each 其 owning the shares of a stake verb in sentence `text`,
    given the firm slots `items` (sentence offsets, IRIs) found so far."""
    if "其" not in text:
        return []
    out = []
    for m in _stake_its().finditer(text):
        at = m.start("its")
        before = [(a, b, iris[0]) for a, b, iris in items if b <= at and len(iris) == 1]
        if not before:
            continue
        starts = [c.end() for c in _CLAUSE_START.finditer(text, 0, at)]
        clause = starts[-1] if starts else 0
        opener = next((iri for a, b, iri in before if clause <= a <= clause + _OPENS), None)
        holder = opener or before[0][2]
        others = {iri for _, _, iri in before if iri != holder}
        if len(others) == 1:
            out.append((at, at + 1, others.pop()))
    return out
