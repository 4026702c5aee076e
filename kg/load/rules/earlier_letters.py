"""A letter of intent told as an earlier stage of the deal ("双方此前签署的只是意向书，此次为正式
合同", "the binding contract replaces a memorandum signed in March", "原框架协议随之终止"): such a
non-binding cue is about the paper that came before, not the deal. In a sentence that also tells
the deal as definitive the definitive cue decides; a sentence telling no deal of its own that
tells the letter as replaced or ended says nothing of the deal told before. Words:
``earlier_document`` and ``ended_document`` in lexicon/cues.yaml."""
from __future__ import annotations

import re

from kg.load.rules.patterns import cue

#: What parts the clauses of a sentence (commas, semicolons, colons, dashes).
_CLAUSE = re.compile(r"[,，;；:：、]|\s[-—]+\s|——")


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause of `text` around position `at`."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    end = _CLAUSE.search(text, at)
    return start, end.start() if end else len(text)


def earlier_letters_only(text: str, spans: list[tuple[int, int]], *, ended: bool = False) -> bool:
    """Is every non-binding cue of the sentence (`spans`) told as an earlier paper in its own
    clause: replaced or ended (``ended_document``), or, unless `ended`, a word of before
    (``earlier_document``)?"""
    if not spans:
        return False
    return all(_ended(text, *_clause(text, a))
               or not ended and _earlier(text, a, b, *_clause(text, a)) for a, b in spans)


#: A paper still to be replaced or ended ("that would be replaced by a definitive contract", "to
#: be superseded", 意向书将自动终止): no paper before the deal (review of f37f945).
_TO_COME = re.compile(r"\b(?:would|will|could|may|might|shall|should|to)\s+(?:\w+\s+){0,2}$|"
                      r"(?:将|会|拟|可能|计划|预计|若|如果|一旦|或)\S{0,3}$", re.I)
#: "a memorandum signed earlier this year": a word of before told after the paper, of its signing.
_SIGNED_EARLIER = re.compile(r"\b(?:signed|inked|struck|agreed)\s+(?:earlier|previously|before)\b", re.I)


def _ended(text: str, start: int, end: int) -> bool:
    """Does the clause tell its paper as replaced or ended, not as to be?"""
    return any(not _TO_COME.search(text[max(start, m.start() - 14):m.start()])
               for m in cue("ended_document").finditer(text, start, end))


def _earlier(text: str, a: int, b: int, start: int, end: int) -> bool:
    """Does a word of before tell the paper at `a`..`b` as an earlier one: before it in its
    clause ("双方此前签署的只是意向书", "following a letter of intent"), not after it ("a term sheet
    for the original campus"; review of f37f945), unless it tells the paper's signing ("signed
    earlier")?"""
    return bool(cue("earlier_document").search(text, start, a) or _SIGNED_EARLIER.search(text, b, end))
