"""其 as the owner of the shares a Chinese clause buys or holds ("甲方与乙方合作多年，甲方并将受让其
部分股权"): 其 is the firm the clause's holder deals with, not the holder. The holder is the firm
opening the clause, else (only when the clause opens with its verb, a modal, an adverb or a means,
so that it has no subject of its own) the firm opening the nearest clause before it (not as "X的…"),
else the sentence's first firm; 其 is the one other firm named before it in
the sentence (none or several: 其 stays unread). A negated verb ("不会收购其股权") tells no holding.
Words: ``stake_its_zh`` and ``stake_its_zh_no_subject`` in core.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.patterns import cue
from kg.load.vocab import lexicon

_CLAUSE_START = re.compile(r"[，,；;：:]")
_OPENS = 6          # a firm this close to the clause's start opens it (time words may stand first)


@lru_cache(maxsize=1)
def _stake_its() -> re.Pattern:
    return re.compile(lexicon()["stake_its_zh"])


@lru_cache(maxsize=1)
def _no_subject() -> re.Pattern:
    return re.compile(lexicon()["stake_its_zh_no_subject"])


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
        if cue("negated").search(text[clause:m.start()]):
            continue                        # "…不会收购其股权": no holding
        opens = [(b, iri) for a, b, iri in before if clause <= a <= clause + _OPENS]
        if opens and text.startswith("的", opens[0][0]):
            continue                        # "X的员工持股平台买入其股票": X's own part holds
        opener = opens[0][1] if opens else None
        lead = text[clause:m.start()].strip()
        if opener is None and lead and not _no_subject().match(lead):
            continue                        # a subject that is no firm opens the clause
        if opener is None:              # the firm opening the nearest clause before, else the first
            heads = [0] + starts[:-1]
            openers = []
            for h in heads:
                first = next(((b, iri) for a, b, iri in before if h <= a <= h + _OPENS), None)
                if first and not text.startswith("的", first[0]):
                    openers.append(first[1])
            opener = openers[-1] if openers else before[0][2]
        holder = opener
        others = {iri for _, _, iri in before if iri != holder}
        if len(others) == 1:
            out.append((at, at + 1, others.pop()))
    return out
