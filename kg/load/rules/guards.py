"""Precision guards (issue 10, third pass): general checks that keep a wrong fact out.

A wrong fact costs more than a missing one, so each guard drops or withholds rather than guesses:

* `amount_group` — the deal noun right after an amount ("$3.5bn of bonds", 80亿美元项目贷款)
  says which family of deal the amount belongs to (`amount_heads` in cues.yaml);
* `foreign_clause` — an amount outside a frame's match, in a clause whose subject is a firm the
  frame does not name ("…, Microsoft will invest up to $5bn"), belongs to another deal;
* `commentary` — a sentence commenting on deals told elsewhere (analysts, recaps) states none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import cue
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

#: The families an amount with a given deal noun may go to.
_GROUPS = {"Bond": {"Bond", "Financing"}, "Loan": {"Loan", "Facility", "Financing"},
           "Lease": {"Lease", "Cloud"}, "Stake": {"Stake", "Investment", "Warrant"},
           "Investment": {"Investment", "Stake"}}
_CLAUSE_BREAK = re.compile(r"[,，;；。:：]|\b(?:and|while|but|whereas)\s", re.I)


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((family, re.compile(rx, re.I))
                 for family, rx in lexicon().get("amount_heads", {}).items())


def amount_group(text: str, end: int) -> set[str] | None:
    """The families an amount ending at `end` may belong to, when a deal noun follows it."""
    after = text[end:end + 40]
    for family, rx in _heads():
        if rx.search(after):
            return _GROUPS[family]
    return None


def clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts (after the last break before it)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, at):
        start = m.end()
    return start


def foreign_clause(f: Frame, s: Sentence, ents: Entities, q_start: int, q_end: int) -> bool:
    """An amount outside `f`'s match whose clause names, before it, a firm `f` does not name."""
    a, b = f.span
    if a <= q_start and q_end <= b:
        return False
    start = clause_start(s.text, q_start)
    parties = f.parties()
    for m in ents.mentions:
        if m.kind != "firm" or not (s.start + start <= m.start and m.end <= s.start + q_start):
            continue
        if m.iri not in parties:
            return True
    return False


def commentary(s: Sentence) -> bool:
    """A sentence that comments on deals (analysts, recaps of the arrangement) states none."""
    return bool(cue("commentary").search(s.text))
