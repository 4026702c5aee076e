"""Unseen lender names with no separate organisation suffix, whose last word is a compound ending
in a lending word (``compound_org_endings_en`` in lexicon/core.yaml): "Fjellbank", "Hanseatische
Landesbank", "Norsk Handelskreditt". A compound ending in a bank word names a bank; a word the
suffix list holds by itself ("Aurland Sparebank") is left to the suffix rules."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.latin import LATIN
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str | None], frozenset[str]]:
    lex = lexicon()
    endings = lex["compound_org_endings_en"]
    alt = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    word = r"[A-Z][a-zà-ÿ]+"
    rx = re.compile(rf"(?<!{LATIN})(?<![-&.])(?:{word} +){{0,2}}[A-Z][a-zà-ÿ]{{2,}}?(?P<end>{alt})(?!{LATIN})")
    suffixes = frozenset(s.casefold() for s in lex["org_suffixes"]["en"])
    return rx, dict(endings), suffixes


def compound_names(text: str, stopwords: frozenset[str]):
    """(start, end, name, type or None) for each name whose last word is a lending compound."""
    rx, types, suffixes = _pattern()
    for m in rx.finditer(text):
        words = m.group().split()
        if words[-1].casefold() in suffixes:
            continue                        # "Sparebank": a suffix of its own
        while words and words[0] in stopwords:
            words.pop(0)
        name = " ".join(words)
        yield m.end() - len(name), m.end(), name, None    # typed by `compound_type`


def lending_compound(name: str) -> bool:
    """Is `name` ("Sundbank", "Hanseatische Landesbank") a name of this kind by itself?"""
    rx, _, suffixes = _pattern()
    return rx.fullmatch(name) is not None and name.split()[-1].casefold() not in suffixes


def compound_type(name: str) -> str | None:
    """The type a lending compound ending gives the name ("Sundbank": Bank), if any."""
    rx, types, suffixes = _pattern()
    m = rx.search(name)
    if m is None or m.end() != len(name) or name.split()[-1].casefold() in suffixes:
        return None
    return types[m.group("end")]
