"""Check one candidate fact against the article text; accept it or say why not.

Reasons: ``type not allowed`` (not a class the caller allows, by default any class of the
ontology; or a role that is not a property of the ontology), ``quote not found`` (no quote
occurs in the text, exact or width/whitespace-normalised), ``value not in quote`` (a slot value
the project's own number parser does not read from the quotes), ``party not in quote`` (a
party the gazetteer does not find in the quotes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from kg.load.facts import Fact
from kg.load.gazetteer import Gazetteer, gazetteer
from kg.load.numbers import find_quantities
from kg.load.verify.locate import fold, locate

ONTOLOGY = Path(__file__).resolve().parents[3] / "ontology" / "dealgraph.ttl"
SLOT_UNITS = {"amountUSD": "USD", "capacityGW": "GW", "termYears": "years",
              "stakePercent": "percent", "shareCount": "shares"}


@dataclass
class Verdict:
    accepted: bool
    reason: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    parties: dict[str, str] = field(default_factory=dict)     # name -> entity IRI


@lru_cache(maxsize=1)
def ontology_classes() -> frozenset[str]:
    """Local names of the classes the ontology declares."""
    text = ONTOLOGY.read_text(encoding="utf-8")
    return frozenset(re.findall(r"^dg:(\w+) a owl:Class", text, re.MULTILINE))


def _values_in(quotes: list[str], unit: str) -> set[Decimal]:
    found: set[Decimal] = set()
    for q in quotes:
        for quantity in find_quantities(q):
            if quantity.unit == unit:
                found.update(v for v in (quantity.value, quantity.low, quantity.high) if v is not None)
    return found


@lru_cache(maxsize=1)
def ontology_properties() -> frozenset[str]:
    """Local names of the object properties the ontology declares (the roles)."""
    text = ONTOLOGY.read_text(encoding="utf-8")
    return frozenset(re.findall(r"^dg:(\w+) a owl:ObjectProperty", text, re.MULTILINE))


def verify_fact(fact: Fact, text: str, gaz: Gazetteer | None = None,
                allowed: frozenset[str] | None = None) -> Verdict:
    """Accept `fact` only if its type is allowed and every quote, value and party is grounded
    in `text`."""
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
    for slot, unit in SLOT_UNITS.items():
        value = getattr(fact.slots, slot)
        if value is not None and Decimal(value) not in _values_in(grounded, unit):
            return Verdict(False, "value not in quote", spans)
    gaz = gaz or gazetteer()
    found = {h.entity.iri for q in grounded for form in (q, fold(q)) for h in gaz.find(form)}
    resolved = {}
    for party in fact.parties:
        entity = gaz.lookup(party.name)
        if entity is None or entity.iri not in found:
            return Verdict(False, "party not in quote", spans)
        resolved[party.name] = entity.iri
    return Verdict(True, None, spans, resolved)
