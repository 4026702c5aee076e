"""A pledged deal named back by its kind ("以上述框架协议项下的应收账款作质押", "secured by the
framework agreement"): when the borrower has several deals of the families the kind may mean, the
ones whose own sentences use the same kind words (框架协议 told where the deal was told) are meant,
not a later deal of another kind (a chip purchase told after the framework agreement)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _determiner() -> re.Pattern:
    """Words that point back at a deal before its kind (上述, 这份, the, its): ``pledged_kind_determiners``."""
    return re.compile(r"^(?:" + lexicon()["pledged_kind_determiners"] + r")\s*", re.I)


def own_kind_word(deals: list[Frame], named: str, sentences: list[Sentence]) -> list[Frame]:
    """The deals among `deals` whose own text uses the kind words of `named` (the determiner
    left off): the deal's sentences, and the sentence just before it in its paragraph (a deal is
    often named there and told next: "签署《…框架协议》。根据协议，…"); none when no deal does or
    the kind words are too short to tell."""
    kind = _determiner().sub("", named).strip().lower()
    if len(kind) < 2:
        return []
    return [f for f in deals
            if any(kind in x.text.lower() for x in _own_text(f, sentences))]


def _own_text(f: Frame, sentences: list[Sentence]) -> list[Sentence]:
    i = f.sentence.index
    before = [x for x in sentences if x.index == i - 1 and x.paragraph == f.sentence.paragraph]
    return [*before, f.sentence, *f.extra_evidence]
