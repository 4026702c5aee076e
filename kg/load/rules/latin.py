"""Latin-script names inside any text: a name's letters are word characters but no Han ones, so
"实体Beignet Investor LLC发行" holds the name "Beignet Investor LLC" (Python's \\w takes Han)."""
from __future__ import annotations

import re
from collections.abc import Iterator

#: A letter or digit of a Latin name.
LATIN = r"[^\W\u3400-\u9fff\uf900-\ufaff]"
#: One capitalised word of a name ("Beignet", "O'Neil", "A.I.").
WORD = rf"[A-Z](?:{LATIN}|['’-]|\.(?={LATIN}))*"


_LATIN_CHAR = re.compile(LATIN)


def standalone(pattern: re.Pattern, text: str, *, after_ampersand: bool = False) -> Iterator[re.Match]:
    """Matches of `pattern` in `text` with no Latin letter or digit right before or after, nor
    an '&' before unless `after_ampersand`: what ``(?<!LATIN)(?<!&)pattern(?!LATIN)`` finds, for
    a pattern with one end per start (a name: words joined by ``\\s+``).

    Compiling LATIN costs about 2 ms (its Han ranges are expanded one code point at a time), so a
    name's own pattern is compiled without it and the edges are checked here."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        a, b = m.span()
        before = text[a - 1:a]
        if not _LATIN_CHAR.match(before) and (after_ampersand or before != "&") \
                and not _LATIN_CHAR.match(text, b):
            yield m
            pos = b
        else:
            pos = a + 1
