"""Check one candidate fact against the article text; accept it or say why not.

Reasons: ``type not allowed`` (not a class the caller allows, by default any class of the
ontology; a role that is not a property of the ontology, or not the roles a move, metric or post
takes), ``quote not found`` (a quote does not occur in the text, exact or width/whitespace-
normalised), ``value not in quote`` (a slot value, a move's size and direction, a metric's
name and value, a post's title or a date the project's own parsers and lexicon do not read from
the quotes), ``party not in quote`` (kg.load.verify.parties), ``quote is an instruction`` (the
quote lies in a sentence that addresses a model or reader, kg.load.verify.injection).

What an accepted fact writes is what the quotes yield: the figures (with their bounds and
ranges) are the parser's, not the proposer's; a claimed bound the quotes do not show is a note
(the caller lowers confidence), not a rejection, since one claimed bound covers every slot.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from kg.load.text.dates import find_dates
from kg.load.facts import MEMBERSHIP, METRICS, MOVE, OBSERVATION_ROLES, Fact
from kg.load.rules.entities import Entities
from kg.load.extraction import BOUNDS
from kg.load.rules.gazetteer import Gazetteer, gazetteer
from kg.load.extraction import Figure
from kg.load.text.numbers import Quantity, find_quantities
from kg.load.verify import observations
from kg.load.verify.injection import is_instruction
from kg.load.verify.locate import locate
from kg.load.verify.parties import Resolved, resolve_parties
from kg.paths import ontology_file

ONTOLOGY = ontology_file()
SLOT_UNITS = {"amountUSD": "USD", "capacityGW": "GW", "termYears": "years",
              "stakePercent": "percent", "shareCount": "shares"}
REASONS = ("quote not found", "value not in quote", "party not in quote", "type not allowed",
           "quote is an instruction")


@dataclass
class Verdict:
    accepted: bool
    reason: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    parties: dict[str, str] = field(default_factory=dict)     # name -> entity IRI
    figures: dict[str, Figure] = field(default_factory=dict)  # as the quotes yield them
    date: dt.date | None = None
    notes: list[str] = field(default_factory=list)            # claims the quotes dispute
    found: dict[str, Resolved] = field(default_factory=dict)  # name -> how it was resolved
    observed: observations.Observed | None = None             # a move's, metric's or post's value


@lru_cache(maxsize=1)
def ontology_classes() -> frozenset[str]:
    """Local names of the classes the ontology declares."""
    return frozenset(re.findall(r"^dg:(\w+) a owl:Class", _ontology(), re.MULTILINE))


@lru_cache(maxsize=1)
def ontology_properties() -> frozenset[str]:
    """Local names of the object properties the ontology declares (the roles)."""
    return frozenset(re.findall(r"^dg:(\w+) a owl:ObjectProperty", _ontology(), re.MULTILINE))


def _ontology() -> str:
    return ONTOLOGY.read_text(encoding="utf-8")


def _quantities(quotes: list[str]) -> list[Quantity]:
    return [q for quote in quotes for q in find_quantities(quote)]


def _figure(fact: Fact, slot: str, found: list[Quantity]) -> Figure | None:
    """The figure the quotes give for `slot` (value, bound and range as the parser reads them),
    or None when no quantity of the slot's unit has the claimed value (or range end)."""
    claimed = Decimal(getattr(fact.slots, slot))
    for q in found:
        if claimed not in {q.value, q.low, q.high}:
            continue
        if q.unit == SLOT_UNITS[slot]:
            return Figure(q.value, BOUNDS.get(q.bound, "Exact"), q.low, q.high)
        if slot == "capacityGW" and q.unit == "W" and q.value < 1000:
            # the loader's reading of a bare 瓦 figure (十几瓦): gigawatts, vaguely (rules/frames.py)
            return Figure(q.value, "Approximately", q.low or q.value, q.high or q.value,
                          confidence=0.4)
    return None


def _roles_allowed(fact: Fact) -> bool:
    if any(p.role not in ontology_properties() for p in fact.parties):
        return False
    roles = OBSERVATION_ROLES.get(fact.type)
    if roles is None:       # an agreement: its parties take agreement roles only
        return not any(p.role in _OBSERVATION_ONLY for p in fact.parties)
    return sorted(p.role for p in fact.parties) == sorted(roles)


_OBSERVATION_ONLY = frozenset(r for roles in OBSERVATION_ROLES.values() for r in roles)


def verify_fact(fact: Fact, text: str, *, gaz: Gazetteer | None = None,
                allowed: frozenset[str] | None = None, resolved: dict[str, str] | None = None,
                reference: dt.date | None = None, ents: Entities | None = None) -> Verdict:
    """Accept `fact` only if its type is allowed and every quote, value, date and party is
    grounded in `text`. `resolved` maps party names the proposer resolved by anaphora to IRIs;
    `ents` are the article's entities as the rules found them (unseen firms included)."""
    if fact.type not in (allowed if allowed is not None else ontology_classes()):
        return Verdict(False, "type not allowed")
    if not _roles_allowed(fact):
        return Verdict(False, "type not allowed")
    spans = []
    for quote in fact.quotes:
        span = locate(text, quote)
        if span is None:
            return Verdict(False, "quote not found")
        spans.append(span)
    grounded = [text[s:e] for s, e in spans]   # re-read the article's own characters
    if any(is_instruction(_sentence_around(text, s, e)) for s, e in spans):
        return Verdict(False, "quote is an instruction", spans)
    found = _quantities(grounded)
    observed = None
    if fact.type in OBSERVATION_ROLES:
        observed = _observed(fact, grounded)
        if observed is None:
            return Verdict(False, "value not in quote", spans)
    figures = {}
    for slot in SLOT_UNITS:
        if getattr(fact.slots, slot) is not None:
            figure = _figure(fact, slot, found)
            if figure is None:
                return Verdict(False, "value not in quote", spans)
            figures[slot] = figure
    claimed = fact.slots.bound
    if figures and claimed != "Exact" and claimed not in {f.bound for f in figures.values()}:
        read = sorted({f.bound for f in figures.values()})
        notes = [f"bound: proposed {claimed}, the quotes read {', '.join(read)}"]
    else:
        notes = []
    date = None
    if fact.slots.date is not None:
        dates = {d.value for q in grounded for d in find_dates(q, reference) if d.value}
        date = next((d for d in dates if d.isoformat() == fact.slots.date), None)
        if date is None:
            return Verdict(False, "value not in quote", spans)
    by_name = resolve_parties([(p.name, p.role) for p in fact.parties], text, spans,
                              gaz or gazetteer(), resolved=resolved, ents=ents)
    if by_name is None:
        return Verdict(False, "party not in quote", spans)
    parties = {name: r.iri for name, r in by_name.items()}
    return Verdict(True, None, spans, parties, figures, date, notes, by_name, observed)


def _observed(fact: Fact, grounded: list[str]) -> observations.Observed | None:
    numbered = [(i, q) for i, quote in enumerate(grounded) for q in find_quantities(quote)]
    if fact.type == MOVE:
        return observations.move(fact, grounded, numbered)
    if fact.type in METRICS:
        return observations.metric(fact, grounded, numbered)
    if fact.type == MEMBERSHIP:
        return observations.post(fact, grounded)
    return None


_STOPS = re.compile(r"[.!?。！？\n]")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The quote widened to the sentence breaks around it (the injection check's context)."""
    before = [m.end() for m in _STOPS.finditer(text, 0, start)]
    after = _STOPS.search(text, end)
    return text[before[-1] if before else 0:after.end() if after else len(text)]
