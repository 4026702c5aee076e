"""Years of an extension or renewal option are no deal's term (issue 10, twenty-second pass).

A financing or a lease is often told with its initial term and the options that may lengthen it:
"Each note is due in six years, plus an optional one-year extension", "a 12-year lease with two
five-year renewal options", "matures in five years and can be extended by one year", 期限6年，并可
再展期一次1年, 期限5年，可展期1年. The option's years size an option, not the
deal: they are taken out of the sentence's figures before any deal rule sees them, so the initial
term is the one duration left (a term told in a later sentence is then read, rules/financing_terms.py,
and a same-sentence deal no longer takes the option's years). Read (``option_years`` in
lexicon/cues.yaml): years right before an option's noun ("one-year extension", 1年的展期) or right
after an option's verb or noun ("extended by", "an extension of", 可展期). Left alone:
the initial term ("a five-year term with an extension option"), a renewal told as done ("renewed
for five years"), and every sentence with no extension or renewal word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon

#: how far before the years an option's verb or noun may stand
_REACH = 40


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = lexicon()["option_years"]
    return (re.compile(spec["gate"], re.I), re.compile(spec["after"], re.I),
            re.compile(spec["before"], re.I))


def without_option_years(text: str, quantities: list) -> list:
    """`quantities` of sentence `text` without the years of an extension or renewal option."""
    if not any(q.unit == "years" for q in quantities):
        return quantities
    gate, after, before = _rules()
    if gate.search(text) is None:
        return quantities
    return [q for q in quantities if not (
        q.unit == "years" and (after.match(text, q.end) is not None
                               or before.search(text[max(0, q.start - _REACH):q.start]) is not None))]
