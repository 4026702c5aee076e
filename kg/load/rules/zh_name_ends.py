"""Where a Chinese person's name told after a post ends, read by the word that follows it: the
segmenter glues a speech verb or a modal to a two-character name ("…官蒋述说。" read as 述说, "程雁会把"
read as a three-character name) or splits a three-character one across a word ("柏知舒坦言" read as
舒坦). A name of three characters is taken when a word of ``zh_words_after_name`` follows it and
its own last character is no such word (a one-character word after it lengthens no name the
segmenter read as two: "何X常说", 常 is an adverb); else one of two characters when such a word
follows it.
With neither, the segmenter's reading stands (``observations._zh_person``).
"""
from __future__ import annotations

from functools import lru_cache

from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _after_words() -> tuple[tuple[str, ...], frozenset[str]]:
    words = tuple(sorted(lexicon()["zh_words_after_name"], key=len, reverse=True))
    return words, frozenset(w for w in words if len(w) == 1)


def _han(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def name_before_word(text: str, read: str) -> str | None:
    """The name at the start of `text` (the characters right after a post) when a following word
    fixes its end and it differs from the segmenter's `read`; None otherwise. Only two- and
    three-character readings starting where `read` starts are weighed."""
    if "·" in read or len(read) not in (2, 3) or not text.startswith(read[:2]):
        return None
    words, single = _after_words()
    for size in (3, 2):
        name = text[:size]
        if len(name) < size or not _han(name) or name[-1] in single:
            continue
        after = next((w for w in words if text.startswith(w, size)), None)
        # a longer name than the segmenter read only before a word of two characters or more
        # ("何X常说": 常 is an adverb, not the name's)
        if after is None or size > len(read) and len(after) < 2:
            continue
        return name if name != read else None
    return None
