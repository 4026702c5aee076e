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
    names = ("ended_document",) if ended else ("ended_document", "earlier_document")
    return all(any(cue(n).search(text, *_clause(text, a)) for n in names) for a, _ in spans)
