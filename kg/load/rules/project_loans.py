"""A loan lent to a project, a phase or a venture no firm name stands for: "X had already lent
$300m for the first phase", X向该合资项目发放N贷款, X为一期提供N贷款. The sentence's one firm lends
and nobody borrows (the gold sets leave an unnamed venture out). The trigger verbs read the
lender (rules/triggers.py); this module tells whether the taker is such a project, and reads a
loan the sentence's one firm leads in a sentence about a project ("a construction loan of $4bn
followed, led by X", 一笔N的建设贷款…由X牵头安排) (`project_loan` in lexicon/relations.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.patterns import families
from kg.load.rules.slots import Slotted
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_FINANCINGS = ("Loan", "Facility", "Financing")
LED_RULE = "project.loan.led"


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = lexicon()["project_loan"]
    return (re.compile(spec["cue"], re.I), re.compile(spec["taker"], re.I),
            re.compile(spec["co_developed"]))


@lru_cache(maxsize=1)
def _led() -> tuple[re.Pattern, ...]:
    spec = lexicon()["project_loan"]
    return (re.compile(spec["led_en"], re.I), re.compile(spec["led_zh"]),
            re.compile(spec["amount"], re.I), re.compile(spec["loan_noun"], re.I),
            re.compile(spec["construction"], re.I), re.compile(spec["borrower_named"], re.I),
            re.compile(spec["backed_by_loan"], re.I))


def may_name_a_project(text: str) -> bool:
    """Cheap test: the sentence has a project, phase or venture word at all."""
    return bool(_rules()[0].search(text))


def lent_to_a_project(text: str, start: int, end: int) -> bool:
    """Whether the stretch [start, end) of a slotted sentence names a project as the taker."""
    return bool(_rules()[1].search(text, max(0, start), end))


def develops_a_venture(text: str, at: int) -> bool:
    """Whether the firms ending at `at` are told as developing a site together (X与Y合作开发的园区)."""
    return bool(_rules()[2].match(text, at))


def led_project_loans(frames: list[Frame], s: Sentence, slotted: Slotted) -> list[Frame]:
    """The loan the sentence's one firm leads, told with its amount in a sentence about a project
    or as a construction loan, when the sentence has no financing frame yet: the firm lends."""
    led_en, led_zh, amount, loan_noun, *_ = _led()
    text = slotted.text
    if len(slotted.slots) != 1 or not loan_noun.search(text) or not amount.search(text) \
            or any(f.family in _FINANCINGS for f in frames):
        return []
    if not about_a_project(text):
        return []
    m = led_en.search(text) or led_zh.search(text)
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
    return bool(_rules()[0].search(text) or led[4].search(text)) and not led[5].search(text)


def backed_by_a_loan(text: str, at: int) -> bool:
    """Whether the collateral clause at `at` tells a loan backing something ("backed by a $4bn
    construction loan"): the loan is no collateral."""
    return "loan" in text[at:at + 80].lower() and bool(_led()[6].match(text, at))
