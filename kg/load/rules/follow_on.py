"""Figures told in the sentence after a deal, by one of its parties ("That lease is the heart of
the deal. Halvorsen has committed to rent the entire campus for 15 years, with rent payments
totalling about $22bn"): a sentence with no deal of its own, naming one firm only, a party of the
deal told up to two sentences before, with a verb of that deal's kind, gives that deal the
figures it still lacks (never a running total, a price or an amount a year)."""
from __future__ import annotations

import re

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.observations import firms_of
from kg.load.rules.patterns import cue
from kg.load.text.sentences import Sentence

#: Verbs that carry on a deal of each family.
_KIND_VERBS = {
    "Lease": r"\b(?:rent|rents|renting|lease|leases|leasing)\b|租用|租赁|承租",
    "Cloud": r"\b(?:rent|rents|renting|buy|buys|pay|pays|spend|spends)\b|租用|采购|支付",
    "Supply": r"\b(?:buy|buys|purchase|purchases|pay|pays)\b|采购|购买|支付",
}
_PER_YEAR = re.compile(r"\s*(?:a|per|each)\s+(?:year|annum)\b|\s*annually\b|(?:每年|/年)", re.I)
_UNITS = {"USD": "amountUSD", "GW": "capacityGW", "years": "termYears"}


def party_figures(frames: list[Frame], s: Sentence, ents: Entities, quantities) -> None:
    firms = {m.iri for m in firms_of(s, ents)}
    if len(firms) != 1 or not quantities:
        return
    recent = [f for f in frames if s.index - 2 <= f.sentence.index < s.index and f.is_fact]
    if not recent or not firms <= recent[-1].parties():
        return
    target = recent[-1]
    verbs = _KIND_VERBS.get(target.family)
    if verbs is None or not re.search(verbs, s.text, re.I):
        return
    from kg.load.rules.frames import _figure
    added = False
    for q in quantities:
        key = _UNITS.get(q.unit)
        if key is None or key in target.figures:
            continue
        if key == "amountUSD" and (q.value < 1000 or cue("running_total").search(
                s.text[max(0, q.start - 90):q.start]) or _PER_YEAR.match(s.text, q.end)):
            continue            # a price, a running total, an amount a year: no deal's value
        if key == "termYears" and q.value > 40:
            continue
        target.figures[key] = _figure(q)
        added = True
    if added:
        target.extra_evidence.append(s)
