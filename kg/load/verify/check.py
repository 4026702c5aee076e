"""Check one candidate fact against the article text; accept it or say why not.

Reasons: ``type not allowed`` (not a class the caller allows, by default any class of the
ontology; or a role that is not a property of the ontology), ``quote not found`` (a quote does
not occur in the text, exact or width/whitespace-normalised), ``value not in quote`` (a slot
value or a date the project's own parsers do not read from the quotes), ``party not
in quote`` (a party the gazetteer does not find in the quotes, unless the proposer resolved it
there by its anaphora rules), ``quote is an instruction`` (the quote lies in a sentence that
addresses a model or reader, kg.load.verify.injection).

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
from kg.load.facts import Fact
from kg.load.rules.frames import BOUNDS
from kg.load.rules.gazetteer import Gazetteer, gazetteer
from kg.load.extraction import Figure
from kg.load.text.numbers import Quantity, find_quantities
from kg.load.verify.injection import is_instruction
from kg.load.verify.locate import fold, locate
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
        if q.unit == SLOT_UNITS[slot] and claimed in {q.value, q.low, q.high}:
            return Figure(q.value, BOUNDS.get(q.bound, "Exact"), q.low, q.high)
    return None


def verify_fact(fact: Fact, text: str, *, gaz: Gazetteer | None = None,
                allowed: frozenset[str] | None = None, resolved: dict[str, str] | None = None,
                reference: dt.date | None = None) -> Verdict:
    """Accept `fact` only if its type is allowed and every quote, value, date and party is
    grounded in `text`. `resolved` maps party names the proposer resolved by anaphora to IRIs."""
    if fact.type not in (allowed if allowed is not None else ontology_classes()):
        return Verdict(False, "type not allowed")
    if any(p.role not in ontology_properties() for p in fact.parties):
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
    parties = _parties(fact, grounded, gaz or gazetteer(), resolved or {})
    if parties is None:
        return Verdict(False, "party not in quote", spans)
    return Verdict(True, None, spans, parties, figures, date, notes)


_STOPS = re.compile(r"[.!?。！？\n]")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The quote widened to the sentence breaks around it (the injection check's context)."""
    before = [m.end() for m in _STOPS.finditer(text, 0, start)]
    after = _STOPS.search(text, end)
    return text[before[-1] if before else 0:after.end() if after else len(text)]


def _parties(fact: Fact, grounded: list[str], gaz: Gazetteer,
             resolved: dict[str, str]) -> dict[str, str] | None:
    found = {h.entity.iri for q in grounded for form in (q, fold(q)) for h in gaz.find(form)}
    out = {}
    for party in fact.parties:
        if party.name in resolved:
            out[party.name] = resolved[party.name]
            continue
        entity = gaz.lookup(party.name) or gaz.lookup(fold(party.name))
        if entity is None or entity.iri not in found:
            return None
        out[party.name] = entity.iri
    return out
