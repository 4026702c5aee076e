"""A loan lent to a project, a phase or a venture no firm name stands for: "In March X lent
$250m for that site's third phase", X为该园区二期发放N贷款. The sentence's one firm lends and nobody
borrows (the gold sets leave an unnamed venture out). The trigger verbs read the lender
(rules/triggers.py); this module tells whether the taker is such a project, and reads a loan the
sentence's one firm leads in a sentence about a project ("the third phase will draw on a $2bn
building loan arranged by X", 园区二期的建设贷款由X牵头安排) (`project_loan` in lexicon/relations.yaml).

Only a loan told as made: a guarantee of a loan, a technical partner, a running total of many
projects' loans, a loan refused, in talks, possible or collapsed (`not_a_loan`, `unsettled` and the
status cues) give none of these frames.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from kg.load.extraction import Frame
from kg.load.rules.patterns import cue, families
from kg.load.rules.slots import Slotted
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_FINANCINGS = ("Loan", "Facility", "Financing")
LED_RULE = "project.loan.led"
#: the status cues (lexicon/cues.yaml) under which a project's loan is not told as made
_STATUS_CUES = ("talks_under_way", "hypothetical", "denied", "refused_deal", "terminated", "negated_deal")


class _Taker(NamedTuple):
    cue: re.Pattern             # a project, a phase or a venture word
    taker: re.Pattern           # what a loan is lent to
    co_developed: re.Pattern    # firms developing a site together
    this: re.Pattern            # 为此: "for this", naming back a project told before it


class _Led(NamedTuple):
    en: re.Pattern
    zh: re.Pattern
    amount: re.Pattern
    loan_noun: re.Pattern
    lending: re.Pattern
    construction: re.Pattern
    borrower_named: re.Pattern
    backed_by_loan: re.Pattern
    led_words: re.Pattern
    not_a_loan: re.Pattern
    unsettled: re.Pattern


@lru_cache(maxsize=1)
def _rules() -> _Taker:
    spec = lexicon()["project_loan"]
    return _Taker(re.compile(spec["cue"], re.I), re.compile(spec["taker"], re.I),
                  re.compile(spec["co_developed"]), re.compile(spec["this"]))


@lru_cache(maxsize=1)
def _led() -> _Led:
    spec = lexicon()["project_loan"]
    return _Led(re.compile(spec["led_en"], re.I), re.compile(spec["led_zh"]),
                re.compile(spec["amount"], re.I), re.compile(spec["loan_noun"], re.I),
                re.compile(spec["lending"], re.I),
                re.compile(spec["construction"], re.I), re.compile(spec["borrower_named"], re.I),
                re.compile(spec["backed_by_loan"], re.I), re.compile(spec["led_words"], re.I),
                re.compile(spec["not_a_loan"], re.I), re.compile(spec["unsettled"], re.I))


def may_lend_to_a_project(text: str) -> bool:
    """Cheap test: the sentence has a loan word and a project, phase or venture word at all."""
    return bool(_led().lending.search(text)) and bool(_rules().cue.search(text))


def told_as_made(text: str) -> bool:
    """Whether a project's loan is told as made: no guarantee, technical partner or running
    total (`not_a_loan`), no refusal, talks, possibility or collapse (`unsettled`, status cues)."""
    led = _led()
    if led.not_a_loan.search(text) or led.unsettled.search(text):
        return False
    return not any(cue(name).search(text) for name in _STATUS_CUES)


def lent_to_a_project(text: str, start: int, end: int) -> bool:
    """Whether the stretch [start, end) of a slotted sentence names a project as the taker (为此
    only after a project word of the same sentence)."""
    r = _rules()
    m = r.taker.search(text, max(0, start), end)
    if m is None:
        return False
    if r.this.fullmatch(m.group()):
        return bool(r.cue.search(text, 0, m.start()))
    return True


def develops_a_venture(text: str, at: int) -> bool:
    """Whether the firms ending at `at` are told as developing a site together (X与Y合作开发的园区)."""
    return bool(_rules().co_developed.match(text, at))


def led_project_loans(frames: list[Frame], s: Sentence, slotted: Slotted) -> list[Frame]:
    """The loan the sentence's one firm leads, told with its amount in a sentence about a project
    or as a construction loan, when the sentence has no financing frame yet: the firm lends."""
    led = _led()
    text = slotted.text
    if len(slotted.slots) != 1 or not led.loan_noun.search(text) or not led.amount.search(text) \
            or any(f.family in _FINANCINGS for f in frames):
        return []
    if not about_a_project(text) or not told_as_made(text):
        return []
    m = led.en.search(text) or led.zh.search(text)
    if m is None:
        return []
    n = int(m.group("n") if m.group("n") is not None else m.group("m"))
    roles = {"lender": list(slotted.slots[n])}
    return [Frame("Loan", {families()["Loan"]["subject"]}, roles, s,
                  slotted.original(m.start(), m.end()), LED_RULE, 0.7)]


def about_a_project(text: str) -> bool:
    """Whether a sentence tells of a project, a phase, a venture or a construction loan (and does
    not name a borrower by its role: "the venture is the borrower on a construction loan")."""
    led = _led()
    return bool(_rules().cue.search(text) or led.construction.search(text)) \
        and not led.borrower_named.search(text)


def led_loan_of_a_project(text: str) -> bool:
    """A lenders-only loan kept with no borrower: a loan led or arranged by its lender in a
    sentence about a project, told as made ("the phase draws on a $2bn loan arranged by X")."""
    return bool(_led().led_words.search(text)) and about_a_project(text) and told_as_made(text)


def backed_by_a_loan(text: str, at: int) -> bool:
    """Whether the collateral clause at `at` tells a loan backing something ("financed by a $900m
    building loan"): the loan is no collateral."""
    return "loan" in text[at:at + 80].lower() and bool(_led().backed_by_loan.match(text, at))
