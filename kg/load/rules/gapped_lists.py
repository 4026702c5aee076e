"""Firms listed each with its own amount in a gapped list ("A put in $1.35bn, B $1.25bn and C
$1bn", "A出资13.5亿美元，B12.5亿美元"): the firms are parallel subjects of one verb — each did the
same thing for its own amount — so no deal joins two of them (A did not invest in B, lend to B).

A firm is a gapped subject when it opens a clause of the list (after a comma, "and", 、, 和) and an
amount follows it with at most a bound between (:func:`kg.load.rules.guards.gapped_owner`); a
frame that pairs it with a firm named before it, an amount standing between the two, is dropped
(twenty-fifth pass). A frame whose second firm stands elsewhere ("A lent $2bn to B") stays.
"""
from __future__ import annotations

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.guards import gapped_owner
from kg.load.text.numbers import CURRENCIES
from kg.load.text.sentences import Sentence


def without_parallel_pairs(frames: list[Frame], s: Sentence, ents: Entities,
                           quantities) -> list[Frame]:
    """`frames` less those joining two firms of a gapped list of amounts."""
    money = [q for q in quantities if q.unit in CURRENCIES]
    if len(money) < 2 or not frames:
        return frames
    gapped = {}                        # firm IRI -> start (in the sentence) of the amount it owns
    for q in money:
        owner = gapped_owner(s, ents, q.start)
        if owner is not None:
            gapped.setdefault(owner, q.start)
    if not gapped:
        return frames
    return [f for f in frames if not _pairs_parallel(f, s, ents, money, gapped)]


def _pairs_parallel(f: Frame, s: Sentence, ents: Entities, money, gapped: dict) -> bool:
    for later, at in gapped.items():
        if later not in f.parties():
            continue
        for other in f.parties() - {later}:
            first = _first(ents, other, s)
            if first is not None and any(first < q.start < at for q in money):
                return True
    return False


def _first(ents: Entities, iri: str, s: Sentence) -> int | None:
    """Where firm `iri` is first named in sentence `s` (an offset in the sentence), if it is."""
    return next((m.start - s.start for m in ents.mentions
                 if m.iri == iri and s.start <= m.start < s.end), None)
