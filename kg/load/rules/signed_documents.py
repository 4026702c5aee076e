"""What was signed, told as a document ("What the two companies signed is a memorandum of
understanding", "The document they signed is a framework agreement", "the paper signed is only a
term sheet"): a sentence whose subject is the signed document itself, with the status word as its
complement, tells the status of the deal or deals the story announced — the pair's deals told
together last, often a paragraph or two before. Words: ``signed_document`` and
``signed_document_complement`` in lexicon/cues.yaml."""
from __future__ import annotations

from functools import lru_cache
import re

from kg.load.extraction import Frame
from kg.load.rules.patterns import cue
from kg.load.text.sentences import Sentence

_NOT_FACT = ("Denied", "Rumoured", "Hypothetical")

#: How many sentences before the deal told last the pair's other deals of the same announcement
#: may be told ("X will invest $5bn in Y. In the same announcement Y said it would buy …").
BLOCK = 2


@lru_cache(maxsize=1)
def _complement() -> re.Pattern:
    return cue("signed_document_complement")


def signed_document(text: str, spans: list[tuple[int, int]]) -> bool:
    """Is one of the cue's matches (`spans`) the complement of a signed-document subject ("what
    they signed is | a memorandum", "签署的只是 | 意向书")? Only words of degree, an article and
    up to two adjectives may stand between the copula and the cue."""
    if not spans or not cue("signed_document").search(text):
        return False
    complement = _complement()
    for m in cue("signed_document").finditer(text):
        if any(m.start() < a < m.end()          # the cue takes in the copula: "签下的仅为框架协议"
               or (a >= m.end() and complement.fullmatch(text, m.end(), a)) for a, _ in spans):
            return True
    return False


def signed_deals(frames: list[Frame], s: Sentence, reach: int, skip: tuple[str, ...]) -> list[Frame]:
    """The deals a signed-document sentence is about: the deal told last before it (within
    `reach` sentences, no family of `skip`, no warrant, told as a fact), with the same pair's
    deals told in the ``BLOCK`` sentences before that one (one announcement told deal by deal)."""
    fit = [f for f in frames if s.index - reach <= f.sentence.index < s.index
           and f.family not in skip and f.family != "Warrant" and f.status not in _NOT_FACT]
    if not fit:
        return []
    last = max(fit, key=lambda f: f.sentence.index)
    pair = last.parties()
    return [f for f in fit if f.parties() == pair
            and last.sentence.index - BLOCK <= f.sentence.index <= last.sentence.index]
