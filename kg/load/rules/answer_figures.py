"""An interview answer's figures belong to the deal its question asks about.

"**Q: How big is the Norrow contract?** A: Six years, about $2.3bn.", "**问：这份合同规模多大？**
答：四年，总额约9亿美元。", "**Q: What does $3bn get them?** A: About 250 megawatts of capacity." — the
answer's opening sentence tells no deal and names no firm of its own, yet its figures are those of
the deal the question is about. The question says which deal by a firm it names (the deals of that
firm), else by an amount a deal was told with, else by a definite deal noun ("the contract", 这份
合同: the latest deal before the question that is no financing, no stake and no warrant); the
figures' own deal noun ("a four-year cloud agreement") narrows the firm's deals to that kind. Only
when one deal (one kind, one set of parties) is left, and only the figures it still lacks, under
the guards of any figure (`pair_figures.figure_fits`: no running total, no amount a year, no
price, no term beyond 40 years, no figure whose noun names another kind of deal). Left alone: an answer
whose opening sentence tells a deal, names a firm that is no party of the deal asked about, or
whose figures went to a deal or a metric already; a question that names no firm, no amount of a
deal and no deal noun; a question whose firm has two deals the figures do not tell apart. Words
are in ``lexicon/cues.yaml`` (``asked_deal``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame, figure_of
from kg.load.rules.entities import Entities
from kg.load.rules.figure_heads import own_group
from kg.load.rules.held_figures import without_held
from kg.load.rules.interviews import Answers
from kg.load.rules.observations import firms_of
from kg.load.rules.pair_figures import figure_fits
from kg.load.text.numbers import find_quantities
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_UNITS = {"USD": "amountUSD", "GW": "capacityGW", "years": "termYears"}
#: families a definite deal noun of a question does not stand for ("the contract")
_NOT_ASKED_BY_NOUN = ("Loan", "Facility", "Financing", "Stake", "Warrant", "Investment")


@lru_cache(maxsize=1)
def _asked_deal() -> re.Pattern:
    """A definite deal noun of a question ("the contract", 那份合同: ``asked_deal`` in cues.yaml)."""
    spec = lexicon()["asked_deal"]
    return re.compile(rf"{spec['en']}|{spec['zh']}", re.I)


def _key(f: Frame) -> tuple[str, frozenset[str]]:
    return f.family, frozenset(f.parties())


def _groups(frames: list[Frame]) -> dict[tuple[str, frozenset[str]], list[Frame]]:
    groups: dict[tuple[str, frozenset[str]], list[Frame]] = {}
    for f in frames:
        groups.setdefault(_key(f), []).append(f)
    return groups


def _asked(frames: list[Frame], question: str, q_start: int, ents: Entities, firm: str,
           language: str) -> list[Frame]:
    """The deals (fact frames told before the answer) the question at `q_start` may ask about."""
    named = {m.iri for m in ents.mentions if m.kind == "firm"
             and q_start <= m.start < q_start + len(question)} - {firm}
    if named:
        return [f for f in frames if named <= f.parties()]
    amounts = {q.value for q in find_quantities(question, language) if q.unit == "USD"}
    if amounts:
        return [f for f in frames if f.figures.get("amountUSD") is not None
                and f.figures["amountUSD"].value in amounts]
    if _asked_deal().search(question) is None:
        return []
    before = [f for f in frames if f.sentence.start < q_start and f.family not in _NOT_ASKED_BY_NOUN]
    return [f for f in before if _key(f) == _key(before[-1])] if before else []


def _first_sentence(sentences: list[Sentence], start: int, end: int) -> Sentence | None:
    return next((s for s in sentences if start <= s.start < end), None)


def answer_figures(frames: list[Frame], sentences: list[Sentence], ents: Entities,
                   answers: Answers | None, text: str, language: str,
                   metric_sentences: set[int]) -> None:
    """Give each question's deal the figures its answer's opening sentence tells (module doc)."""
    if answers is None or not answers.questions or not frames:
        return
    told = {f.sentence.index for f in frames} | {e.index for f in frames for e in f.extra_evidence} \
        | metric_sentences
    facts = [f for f in frames if f.is_fact]
    for (q_start, q_end), nxt in zip(answers.questions, [*answers.questions[1:], (len(text), 0)]):
        span = next(((a, b) for a, b in answers.spans if q_end <= a < nxt[0]), None)
        s = _first_sentence(sentences, *span) if span else None
        if s is None or s.index in told:
            continue
        quantities = [q for q in without_held(s.text, find_quantities(s.text, language))
                      if q.unit in _UNITS]
        if not quantities:
            continue
        asked = _asked([f for f in facts if f.sentence.start < span[1]],     # told by the answer's end
                       text[q_start:q_end], q_start, ents, answers.firm, language)
        groups = [q for q in (own_group(s.text, q, quantities) for q in quantities) if q is not None]
        if groups:
            asked = [f for f in asked if all(f.family in g for g in groups)]
        by_deal = _groups(asked)
        if len(by_deal) != 1:
            continue
        deal = next(iter(by_deal.values()))
        if not {m.iri for m in firms_of(s, ents)} <= deal[0].parties() | {answers.firm}:
            continue
        target = deal[0]
        lacking = [q for q in quantities if all(_UNITS[q.unit] not in f.figures for f in deal)]
        added = False
        for q in lacking:
            if figure_fits(target, _UNITS[q.unit], q, s, quantities):
                target.figures[_UNITS[q.unit]] = figure_of(q)
                added = True
        if added:
            target.extra_evidence.append(s)
