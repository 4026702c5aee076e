"""Figures told for a pair of firms before the pair's deal is told: "Last spring the pair signed a
memorandum covering 1.7 GW. … Months on, Y committed $62bn to capacity from X" — the first sentence
tells no deal the rules read, yet it names both parties and a deal word, and its capacity is the
figure of the pair's deal told next. A sentence with no deal of its own, naming exactly two firms
(by name or by anaphora: 双方, "the two companies", "it") and a deal word (``pair_figure_words`` in
lexicon/cues.yaml), gives its figures to the one deal of that pair told in the next few sentences,
when that deal lacks them (the figures of an earlier deal of the pair are
`extract._same_pair_figures`'). Guards as for any figure: a running total, an amount a year, a
firm's value, a price, a term beyond 40 years, or an amount whose own noun names another kind of
deal go to no deal; so do a headline's figures and those of a sentence naming a financing (the
loan's, not the pledged contract's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.load.extraction import Frame, figure_of
from kg.load.rules.figure_heads import own_group
from kg.load.rules.financing_parts import in_headline
from kg.load.rules.follow_on import a_year_after
from kg.load.rules.patterns import cue, word_cue
from kg.load.rules.slots import Slotted
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_UNITS = {"USD": "amountUSD", "GW": "capacityGW", "years": "termYears"}
#: families a capacity may size
_SIZED_BY_GW = ("Compute", "Cloud", "Supply", "Lease")
#: how many sentences on the pair's deal may be told
_REACH = 6


@lru_cache(maxsize=1)
def _deal_words() -> re.Pattern:
    return word_cue(lexicon()["pair_figure_words"])


@dataclass(frozen=True)
class PairFigures:
    """The figures a frameless sentence tells for a pair of firms."""
    sentence: Sentence
    pair: frozenset[str]
    quantities: tuple


def told_for_pair(s: Sentence, slotted: Slotted, quantities, text: str) -> PairFigures | None:
    """The figures sentence `s` (which tells no deal) of article `text` gives a pair of firms,
    or None."""
    figures = tuple(q for q in quantities if q.unit in _UNITS)
    if not figures or cue("names_financing").search(s.text) or in_headline(s, text):
        return None             # a headline compresses the story; a financing's figures
    pair = frozenset(i for slot in slotted.slots for i in slot)
    if len(pair) != 2 or not _deal_words().search(s.text):
        return None
    return PairFigures(s, pair, figures)


def figure_fits(target: Frame, key: str, q, s: Sentence, quantities) -> bool:
    group = own_group(s.text, q, quantities)
    if key in target.figures or target.family == "Warrant" \
            or (group is not None and target.family not in group):
        return False            # "a five-year take-or-pay contract": no warrant's term
    if key == "termYears":
        return q.value <= 40
    if key == "capacityGW":
        return target.family in _SIZED_BY_GW
    return not (q.value < 1000 or a_year_after(s.text, q.end)
                or cue("running_total").search(s.text[max(0, q.start - 90):q.start]))


def give_later_deals(frames: list[Frame], told: list[PairFigures], metric_sentences: set[int]) -> None:
    """Give each pair's figures to the pair's one deal told up to `_REACH` sentences after; not
    the figures of a sentence whose figures went to a deal or a metric already."""
    used = {e.index for f in frames for e in f.extra_evidence} | metric_sentences
    for p in told:
        if p.sentence.index in used:
            continue
        later = [f for f in frames if p.sentence.index < f.sentence.index <= p.sentence.index + _REACH
                 and f.parties() == p.pair]
        if len(later) != 1:
            continue
        target = later[0]
        added = False
        for q in p.quantities:
            key = _UNITS[q.unit]
            if figure_fits(target, key, q, p.sentence, p.quantities):
                target.figures[key] = figure_of(q)
                added = True
        if added:
            target.extra_evidence.append(p.sentence)
