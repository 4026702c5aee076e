"""A deal partner told by a possessive role noun ("Corvane has extended a $600m loan to its
customer", "the Danish provider took a stake in its customer", "X will lend its landlord $1bn"):
the other firm of the last deal told with the possessor, the firm named just before the noun in
its sentence; not inside a quotation, nor when the noun modifies another ("its largest customer
contract"). Nouns, the modifiers allowed before them and the words that may not follow them are
in ``possessive_partners_en`` (lexicon/core.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.patterns import alternation
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    spec = lexicon()["possessive_partners_en"]
    return re.compile(rf"\b(?:its|their)\s+(?:(?:{alternation(spec['modifiers'])})\s+)?"
                      rf"(?:{alternation(spec['nouns'])})\b(?!\s*,?\s*(?:the\s+)?[A-Z])(?!['’]s)"
                      rf"(?!\s+(?:{alternation(spec['not_before'])})\b)")


def partner_spans(text: str) -> list[tuple[int, int]]:
    """Spans of possessive partner nouns in a sentence's text ("its customer")."""
    if "its " not in text and "their " not in text:
        return []
    return [m.span() for m in _pattern().finditer(text) if not _quoted(text, m.start())]


def _quoted(text: str, at: int) -> bool:
    """Whether offset `at` lies inside a quotation (someone's words, not the story's)."""
    head = text[:at]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


def partner_of(possessor: str | None, last_pair: list[str]) -> str | None:
    """The possessor's partner in the last deal told (`last_pair`), when it is one of its two firms."""
    if possessor is None or len(last_pair) != 2 or possessor not in last_pair:
        return None
    other = last_pair[1] if last_pair[0] == possessor else last_pair[0]
    return other if other != possessor else None
