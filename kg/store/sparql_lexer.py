"""The few pieces of SPARQL's lexical grammar dealgraph needs to inspect queries safely.

Strings, IRIs and comments are "noise" when looking for keywords: a literal that merely
mentions ``SERVICE`` or ``FROM`` must not count.

>>> strip_noise('SELECT * { ?s ?p "SERVICE" } # FROM')
'SELECT * { ?s ?p   }  '
>>> [t for t in tokens("PREFIX g: <http://g/> SELECT * FROM g:x { }")][:4]
['PREFIX', 'g:', '<http://g/>', 'SELECT']
"""
from __future__ import annotations

import re
from collections.abc import Iterator

#: Long and short strings (both quote kinds), IRIs and comments.
NOISE = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
)
NOISE_RE = re.compile(NOISE)
#: Noise, variables, prefixed names, keywords, then any other single character.
TOKEN_RE = re.compile(
    NOISE + r"|[?$][\w]+|[A-Za-z_][\w\-.]*:[\w\-.%]*|[A-Za-z_][\w\-]*:?|\S"
)


def strip_noise(sparql: str) -> str:
    """The text with strings, IRIs and comments replaced by a space each."""
    return NOISE_RE.sub(" ", sparql)


def tokens(sparql: str) -> Iterator[str]:
    """Tokens outside comments, in order."""
    for match in TOKEN_RE.finditer(sparql):
        if not match.group(0).startswith("#"):
            yield match.group(0)


def token_matches(sparql: str) -> Iterator[re.Match]:
    """Like :func:`tokens` but yielding the matches (with offsets)."""
    for match in TOKEN_RE.finditer(sparql):
        if not match.group(0).startswith("#"):
            yield match
