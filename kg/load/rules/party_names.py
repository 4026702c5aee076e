"""Unseen firm names that only the deal introduces: "a letter of intent with Ivory Grid",
"contracts with Ardent Labs ($3.2 billion) and Tollund ($900 million)".

A capitalised name (one word or several, no organisation suffix needed) right after a deal noun
and ``with`` is the counterparty of that deal, and so a firm; every member of a list there is
one. The deal nouns are ``deal_party_nouns_en`` in ``lexicon/core.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.latin import WORD as _WORD
from kg.load.rules.patterns import alternation
from kg.load.vocab import lexicon

_NAME = rf"{_WORD}(?: +{_WORD})*"
_ASIDE = r"(?: *\([^()]{0,40}\))?"           # "Tollund ($900 million)"
_JOIN = r"(?:, *(?:and +)?| +and +)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    nouns = alternation(sorted(lexicon()["deal_party_nouns_en"], key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}) +with +(?P<list>{_NAME}{_ASIDE}(?:{_JOIN}{_NAME}{_ASIDE})*)")


_MEMBER = re.compile(rf"(?P<name>{_NAME}){_ASIDE}")


def deal_party_names(text: str, stopwords: frozenset[str]):
    """(start, end, name, None) for each name listed after 'agreement with', 'contracts with'…"""
    for m in _pattern().finditer(text):
        for part in _MEMBER.finditer(m.group("list")):
            name = part.group("name")
            end = m.start("list") + part.end("name")
            if name.split()[0] in stopwords or text.startswith(("'s", "’s"), end):
                continue                          # "with Sable's lenders": no party named
            yield m.start("list") + part.start("name"), end, name, None
