"""The interviewee's firm as the other party of a deal an answer tells with one firm.

An interview's answer speaks for the interviewee's firm even where no "we" stands in the clause:
"**Who is behind you?** Our backer is X; it paid $250m for roughly a fifth of us", "**And the
halls?** X took a lease on our second hall in 2024", "**Who led the round?** It was X. It
invested $1bn". A deal verb whose subject is another firm, and whose other side the
clause leaves unsaid (or gives as the interviewee's own: "us", "our hall", "the company"), has the
interviewee's firm on that side; a named, capitalised or described object after the verb ("in
solar farms", "to build plants in Ohio", "from whoever", "in Lumo") or another party anywhere in
the sentence ("our rival X", "that is with our neighbour") is someone else's deal. Not when the subject is the
interviewee's firm itself, not when a marker introduces a party the text only describes ("a stake
in a startup", "a lease with a hyperscaler": someone else), and only in the roles the interviewee
takes in such a deal (a borrower, not a lender; an investee, not an investor). Words are in
``lexicon/core.yaml`` (``answer_partner``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon


_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, frozenset[str]]]:
    cfg = lexicon()["answer_partner"]
    return (re.compile(cfg["described_party"], re.I), re.compile(cfg["other_subject"], re.I),
            re.compile(cfg["example_before"], re.I),
            {family: frozenset(roles) for family, roles in cfg["speaker_roles"].items()})


@lru_cache(maxsize=1)
def _object_rules() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    cfg = lexicon()["answer_partner"]
    return (re.compile(cfg["object_preposition"], re.I), re.compile(cfg["object_capital"]),
            re.compile(cfg["other_party"], re.I), re.compile(cfg["more_money"], re.I))


@lru_cache(maxsize=1)
def _answer_verb() -> re.Pattern:
    return re.compile(lexicon()["answer_partner"]["answer_verb"], re.I)


def answer_verb(text: str) -> bool:
    """A cheap gate for an answer's one-firm sentence: it holds a verb of the families this rule
    serves (``answer_verb`` in core.yaml)."""
    return _answer_verb().search(text) is not None


def _object_is_ours(text: str, verb_end: int, clause_end: int) -> bool:
    """The clause after the verb names no object but the interviewee's own: no firm slot, no
    capitalised name (a month aside), no preposition opening another object, no other party."""
    seg = text[verb_end:max(clause_end, verb_end)]
    preposition, capital, other, more = _object_rules()
    return "\u27e6" not in seg and preposition.search(seg) is None \
        and capital.search(seg) is None and other.search(text) is None \
        and more.search(seg) is None


def speaker_role(speaker: str | None, family: str, roles: dict[str, list[str]], other_role: str,
                 text: str, subject: tuple[int, int], verb: tuple[int, int], clause_end: int) -> bool:
    """Whether the interviewee's firm `speaker` takes `other_role` of a one-firm deal of `family`
    told in `text` (slot form) by the verb at `verb`, whose subject firm stands at `subject`: not
    when another subject stands between them ("X is paying you to buy", "tenants like X with
    contracts you can lend against"), nor for a firm given as an example."""
    if speaker is None or len(roles) != 1 or any(speaker in v for v in roles.values()) \
            or _HAN.search(text):
        return False
    described, other_subject, example, allowed = _rules()
    if other_role not in allowed.get(family, ()) or not _object_is_ours(text, verb[1], clause_end):
        return False
    return described.search(text, verb[1], max(clause_end, verb[1])) is None \
        and other_subject.search(text, subject[1], verb[0]) is None \
        and example.search(text[max(0, subject[0] - 20):subject[0]]) is None
