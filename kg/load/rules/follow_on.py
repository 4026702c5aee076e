"""Figures told in the sentence after a deal, by one of its parties ("That lease is the heart of
the deal. Halvorsen has committed to rent the entire campus for 15 years, with rent payments
totalling about $22bn"): a sentence with no deal of its own, naming one firm only, a party of the
deal told up to two sentences before (or its own deal of that kind up to six before), with a verb of that deal's kind, gives that deal the
figures it still lacks (never a running total, a price or an amount a year)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.financing_terms import other_years
from kg.load.rules.observations import firms_of
from kg.load.rules.patterns import alternation, cue, word_cue
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _kind_verbs() -> Mapping[str, re.Pattern]:
    """Verbs that carry on a deal of each family (``follow_on_verbs`` in lexicon/relations.yaml)."""
    return MappingProxyType({family: word_cue(words)
                             for family, words in lexicon()["follow_on_verbs"].items()})


@lru_cache(maxsize=1)
def _per_year() -> re.Pattern:
    """"a year", "annually", 每年 right after an amount (``per_year`` in lexicon/cues.yaml)."""
    w = {k: alternation(v) for k, v in lexicon()["per_year"].items()}
    return re.compile(rf"\s*(?:{w['en_per']})\s+(?:{w['en_periods']})\b|\s*(?:{w['en_adverbs']})\b|"
                      rf"(?:{w['zh']})", re.I)


def a_year_after(text: str, end: int) -> bool:
    """An amount ending at `end` of `text` is told a year ("$70m a year", 每年)."""
    return _per_year().match(text, end) is not None


_UNITS = {"USD": "amountUSD", "GW": "capacityGW", "years": "termYears"}
#: How far back a deal of the party is looked for when the deal just before is not its own
#: ("Tallis … a campus that Everline has agreed to lease." … "Everline signed a 10-year lease for
#: 300 MW"): as far as a typed anaphor reaches.
_PARTY_REACH = 6


def _target(frames: list[Frame], s: Sentence, firms: set[str]) -> Frame | None:
    """The deal the sentence carries on: the one told up to two sentences before when the firm
    is its party, else the latest of the firm's deals up to `_PARTY_REACH` sentences before
    whose kind's verb the sentence uses."""
    recent = [f for f in frames if s.index - _PARTY_REACH <= f.sentence.index < s.index
              and f.is_fact]
    if not recent:
        return None
    last = recent[-1]
    if last.sentence.index >= s.index - 2 and firms <= last.parties():
        verbs = _kind_verbs().get(last.family)
        return last if verbs is not None and verbs.search(s.text) else None
    for f in reversed(recent):
        verbs = _kind_verbs().get(f.family)
        if firms <= f.parties() and verbs is not None and verbs.search(s.text):
            return f
    return None


def party_figures(frames: list[Frame], s: Sentence, ents: Entities, quantities) -> None:
    firms = {m.iri for m in firms_of(s, ents)}
    if len(firms) != 1 or not quantities:
        return
    target = _target(frames, s, firms)
    if target is None:
        return
    from kg.load.rules.frames import _figure
    added = False
    for q in quantities:
        key = _UNITS.get(q.unit)
        if key is None or key in target.figures:
            continue
        if key == "amountUSD" and (q.value < 1000 or cue("running_total").search(
                s.text[max(0, q.start - 90):q.start]) or _per_year().match(s.text, q.end)):
            continue            # a price, a running total, an amount a year: no deal's value
        if key == "amountUSD" and target.family not in ("Investment", "Stake") \
                and cue("stake_value").search(s.text[max(0, q.start - 60):q.start]):
            continue            # "…, a stake valued at $135bn": the holding's, no contract's
        if key == "termYears" and (q.value > 40 or other_years(s, q)):
            continue            # "X's previous loan, a five-year facility": another's term
        target.figures[key] = _figure(q)
        added = True
    if added:
        target.extra_evidence.append(s)
