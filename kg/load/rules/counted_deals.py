"""Contracts a firm counts before telling them one by one by their counterparties ("Since June the
cloud provider has signed three capacity contracts. The largest, with Ardent Labs, is worth $3.2bn
and runs for five years; Pinecrest AI signed for $1.8bn and Tollund for $900mn"): each
counterparty named with its own figure, up to two sentences on, is a deal of the counted kind with
the counting firm. Words: ``deals_counted`` in ``lexicon/cues.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame, figure_of
from kg.load.rules.entities import Entities, Mention
from kg.load.rules.patterns import families
from kg.load.rules.slots import firm_types
from kg.load.text.numbers import find_quantities
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_REACH = 2
_NOT_PARTIES = frozenset({"Bank", "PrivateCreditFund", "SovereignWealthFund", "AssetManager",
                          "Financier"})


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, tuple[tuple[str, re.Pattern], ...], re.Pattern, re.Pattern]:
    spec = lexicon()["deals_counted"]
    kinds = tuple((family, re.compile(words, re.I)) for family, words in spec["kinds"].items())
    return (re.compile(spec["count"], re.I), kinds, re.compile(spec["part_after"], re.I),
            re.compile(spec["part_before"], re.I))


def counted_deals(sentences: list[Sentence], ents: Entities, frames: list[Frame],
                  language: str) -> list[Frame]:
    """`frames` with the deals of counted contracts told by their counterparties (see the module
    docstring); the count itself ("has signed three capacity contracts") is no deal of its own
    once its parts are told."""
    count, kinds, _, _ = _rules()
    out: list[Frame] = []
    counts: set[tuple[int, str]] = set()
    for s in sentences:
        m = count.search(s.text)
        if m is None:
            continue
        family = next((f for f, words in kinds if words.search(s.text)), None)
        counter = _counter(sentences, s.index, ents)
        if family is None or counter is None:
            continue
        told = {p for f in frames if f.family == family for p in f.parties()}
        parts = [f for later in sentences[s.index + 1:s.index + 1 + _REACH]
                 for f in _parts(later, ents, family, counter, told, language)]
        if parts:
            counts.add((s.index, family))
        out.extend(parts)
    kept = [f for f in frames if (f.sentence.index, f.family) not in counts
            or "amountUSD" in f.figures]
    return kept + out


def _counter(sentences: list[Sentence], index: int, ents: Entities) -> Mention | None:
    """The counting firm: the first firm of the sentence that is no lender, else of the two
    sentences before ("… The lenders are A and B. Since June the cloud provider has signed…")."""
    for i in range(index, max(-1, index - 3), -1):
        s = sentences[i]
        first = next((m for m in ents.firms_in(s.start, s.end)
                      if not firm_types(ents, m.iri) & _NOT_PARTIES), None)
        if first is not None:
            return first
    return None


def _parts(s: Sentence, ents: Entities, family: str, counter: Mention, told: set[str],
           language: str) -> list[Frame]:
    _, _, after, before = _rules()
    quantities = find_quantities(s.text, language)
    firms = ents.firms_in(s.start, s.end)
    out: list[Frame] = []
    for n, m in enumerate(firms):
        if m.iri == counter.iri or m.iri in told or firm_types(ents, m.iri) & _NOT_PARTIES:
            continue
        a, b = m.start - s.start, m.end - s.start
        stop = firms[n + 1].start - s.start if n + 1 < len(firms) else len(s.text)
        tail = s.text[b:stop]
        if not (after.match(tail) or before.search(s.text[max(0, a - 8):a])):
            continue
        end = _CLAUSE_END.search(s.text, b, stop)
        own = [q for q in quantities if b <= q.start < (end.start() if end else stop)]
        amounts = [q for q in own if q.unit == "USD" and q.value >= 1000]
        roles = _roles(family, counter.iri, m.iri, ents)
        if not amounts or roles is None:
            continue
        figures = {"amountUSD": figure_of(amounts[0])}
        years = next((q for q in own if q.unit == "years" and q.value <= 40), None)
        if years is not None:        # "is worth $3.2bn and runs for five years"
            figures["termYears"] = figure_of(years)
        told.add(m.iri)
        out.append(Frame(family, {families()[family]["subject"]}, roles, s, (a, b),
                         "counted.part", 0.7, figures))
    return out


#: the clause of one counterparty ends at a semicolon or a full stop
_CLAUSE_END = re.compile(r"[;；。]|\.\s")




def _roles(family: str, counter: str, other: str, ents: Entities) -> dict | None:
    """Roles by the firms' types (the family's ``by_type`` in relations.yaml)."""
    by_type = families()[family].get("by_type") or {}
    special = next((r for r, types in by_type.items() if types), None)
    rest = next((r for r, types in by_type.items() if not types), None)
    if special is None or rest is None:
        return None
    wanted = set(by_type[special])
    if firm_types(ents, counter) & wanted and not firm_types(ents, other) & wanted:
        return {special: [counter], rest: [other]}
    if firm_types(ents, other) & wanted and not firm_types(ents, counter) & wanted:
        return {special: [other], rest: [counter]}
    return None
