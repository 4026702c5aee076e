"""Find a quote in the stored article text: exact first, then width/whitespace-normalised.

The normalised match folds each character with NFKC (full-width → half-width) and collapses
whitespace runs to one space, keeping for every normalised character the original code point it
came from, so the returned offsets always index the original text. No fuzzy acceptance: after
normalisation the quote must occur verbatim.
"""
from __future__ import annotations

import unicodedata


def _fold(text: str) -> tuple[str, list[int], list[int]]:
    """Normalised text plus, per normalised char, the start and end offset in `text`."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            out.append(" ")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        for f in unicodedata.normalize("NFKC", ch):
            out.append(f)
            starts.append(i)
            ends.append(i + 1)
        i += 1
    return "".join(out), starts, ends


def fold(text: str) -> str:
    """`text` NFKC-folded (full-width to half-width) with whitespace runs as one space."""
    return _fold(text)[0]


def locate(text: str, quote: str) -> tuple[int, int] | None:
    r"""(start, end) code-point offsets of `quote` in `text`, or None when it is not there.

    Exact first:

    >>> text = "据报道，英伟达将向ＯｐｅｎＡＩ投资最多１０００亿美元。\nOracle  rose\u300036%."
    >>> locate(text, "英伟达将向")
    (4, 9)

    A model that copied the full-width letters and digits as half-width (or collapsed the
    whitespace) is found after folding, and the offsets index the original code points, so the
    span reads back the article's own characters:

    >>> s, e = locate(text, "向OpenAI投资最多1000亿美元")
    >>> (s, e), text[s:e]
    ((8, 26), '向ＯｐｅｎＡＩ投资最多１０００亿美元')
    >>> s, e = locate(text, "Oracle rose 36%")
    >>> text[s:e]
    'Oracle  rose\u300036%'

    No fuzzy matching: one character wrong is no match.

    >>> locate(text, "向OpenAI投资最多1001亿美元") is None
    True
    """
    if not quote.strip():
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    folded, starts, ends = _fold(text)
    needle = _fold(quote.strip())[0]
    at = folded.find(needle)
    if at < 0 or not needle:
        return None
    return starts[at], ends[at + len(needle) - 1]
