"""Deals told only as a possibility: "X could simply lend Y the money", "Z might take equity in W",
"Suppose X were to lend to Y, …". The deal's own matched words carry a modal of possibility
(``modal_deal`` in cues.yaml), or the sentence opens on a supposition (``supposed_deal``) whose
first clause holds them: such a deal is hypothetical, no fact.

Left alone: a modal outside the deal's words ("Y could not pay for the chips, so X lent it
$2bn"), a negated modal ("could not", "might never"), "could be", and a possibility that a paper
grants ("under a letter of intent it could invest up to $N", "a term sheet under which X might
buy …": ``modal_deal_granted``), or that a clause hedges as not yet settled ("could give no
assurance that …": ``not_yet``), and a modal in an aside on a party ("X, which could go public
next year, borrowed …", "agreed to what could become …": ``modal_aside``), and a deal that runs
on past the supposition's colon or dash in a clause with its own subject ("Imagine X's growth: it
signed …"; not "Suppose X struck a deal: a $N contract with Y").
"""
from __future__ import annotations

import re

from kg.load.extraction import Frame
from kg.load.rules.patterns import cue

#: Cheap test before any regex: a word of the modal or supposition cues.
_KEYWORDS = ("could", "might", "were to", "uppose", "magine", "icture this", "et's say", "et us say")

#: The end of a sentence's first clause (a supposition reaches no further).
_CLAUSE_END = re.compile(r"[,;:]|\s[-—]+\s")

#: A break after which the sentence tells, not supposes ("Imagine X's growth: it signed …"),
#: when a clause with its own subject and verb follows it (not "…: a $N contract with Y").
_STRONG_BREAK = re.compile(r"[;:]|\s[-—]+\s")
_SUBJECT_AFTER = re.compile(r"\s*(?:it|they|he|she|we|(?!(?:The|A|An)\b)[A-Z][\w&'’.-]*"
                            r"(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:has\s+|have\s+|had\s+)?[a-z]+\b")


def modal_deals(frames: list[Frame]) -> None:
    """Mark each deal told only as a possibility Hypothetical (see the module's docstring)."""
    for f in frames:
        if f.status != "Announced":
            continue
        text = f.sentence.text
        lowered = text.lower()
        if not any(k in lowered for k in _KEYWORDS):
            continue
        if _possible(f, text) and not _granted(text):
            f.status = "Hypothetical"
            f.confidence = min(f.confidence, 0.6)


def _possible(f: Frame, text: str) -> bool:
    a, b = f.core or f.span
    if cue("modal_deal").search(cue("modal_aside").sub(" ", text[a:b])):
        return True
    if cue("supposed_deal").match(text):
        end = _CLAUSE_END.search(text)
        if end is None:
            return True
        # A deal that runs on past a colon or a dash is told after the supposition, even when a
        # party of it was named inside ("Imagine X's growth: it signed …").
        told_after = _STRONG_BREAK.fullmatch(end.group()) is not None and b > end.end() \
            and _SUBJECT_AFTER.match(text, end.end()) is not None
        return a < end.start() and not told_after
    return False


def _granted(text: str) -> bool:
    return bool(cue("modal_deal_granted").search(text) or cue("not_yet").search(text))
