"""Which financing a sentence about lenders or arrangers goes on about: the financing of the
sentence, else the latest one of the three sentences before, else — when the sentence names a
loan back by its kind ("Sakura Bank arranged the loan", 该笔贷款由X牵头) or answers a question
about a financing (rules/answer_reach.py) — the latest one of the eight sentences before (a loan
told, then a paragraph on what secures it, then its banks)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.answer_reach import asks_of_financing
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

#: Sentences back a lender sentence reaches for its financing; further when it names the loan.
NEAR, NAMED = 3, 8


@lru_cache(maxsize=1)
def _loan_named() -> re.Pattern:
    return re.compile(lexicon()["financing_named"]["Loan"], re.I)


def financing_told_before(financings: list[Frame], s: Sentence,
                          sentences: list[Sentence] = ()) -> list[Frame]:
    """The financings of `s` (or whose evidence it is), else the latest earlier one in reach,
    counted from the last sentence that told it (`sentences`: the article's, for the question `s`
    may answer)."""
    here = [f for f in financings if f.sentence.index == s.index
            or any(x is s for x in f.extra_evidence)]
    if here:
        return here
    reach = NAMED if _loan_named().search(s.text) or asks_of_financing(sentences, s) else NEAR
    told = [(last, f) for f in financings if s.index - reach <= (last := _last_told(f, s)) < s.index]
    return [max(told, key=lambda x: x[0])[1]] if told else []


def _last_told(f: Frame, s: Sentence) -> int:
    """The latest sentence before `s` that tells `f` (its own, or one that named its lenders:
    "X arranged the loan. Y and Z also took part")."""
    return max([f.sentence.index] + [x.index for x in f.extra_evidence if x.index < s.index])


def note_evidence(f: Frame, s: Sentence) -> None:
    """Keep `s`, a sentence naming a lender or arranger of `f`, as evidence of `f`."""
    if s is not f.sentence and all(x is not s for x in f.extra_evidence):
        f.extra_evidence.append(s)
