"""Special-purpose vehicles as deal parties: "a special-purpose vehicle that buys Nvidia processors
and rents them to xAI", "the vehicle uses the money to buy GPUs, then leases them to X". A vehicle
the article names ("a special-purpose vehicle called Ridgeline GPU Trust I", "Beignet Investor
LLC, a vehicle that …") is that firm wherever a later sentence calls it "the vehicle" ("The
vehicle bought the chips from Y and leased them to Z": the named vehicle buys and leases, not Y),
when the article names one vehicle only; an unnamed one is a party no firm stands for: its deals
keep their named parties only (the supplier of the chips it buys, the lessee it rents them to).
Words are in ``lexicon/core.yaml`` (``vehicles``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.vocab import lexicon

#: The party an unnamed vehicle stands for while a sentence is read; no firm has this IRI.
UNNAMED = "vehicle:unnamed"


@lru_cache(maxsize=1)
def vehicle_phrase() -> re.Pattern:
    """'a special-purpose vehicle', 'the vehicle', 'the SPV' (``vehicles.phrase``)."""
    return re.compile(lexicon()["vehicles"]["phrase"], re.I)


@lru_cache(maxsize=1)
def _names_it() -> tuple[re.Pattern, re.Pattern]:
    spec = lexicon()["vehicles"]
    return re.compile(spec["named_after"], re.I), re.compile(spec["named_before"], re.I)


def article_vehicle(text: str, ents: Entities) -> str | None:
    """UNNAMED when the article tells of a vehicle it never names; the firm it names as its
    vehicle when it names one only ("Corlan GPU Trust, a special-purpose vehicle"; "a new vehicle,
    Corlan GPU Trust,"); else None (two vehicles named: "the vehicle" is left unread)."""
    phrases = list(vehicle_phrase().finditer(text))
    if not phrases:
        return None
    after, before = _names_it()
    named = {m.iri for p in phrases for m in ents.mentions
             if m.kind == "firm" and (after.fullmatch(text, p.end(), m.start)
                                      or before.fullmatch(text, m.end, p.start()))}
    if not named:
        return UNNAMED
    return named.pop() if len(named) == 1 else None


def vehicle_spans(text: str, vehicle: str) -> list[tuple[int, int]]:
    """Where `text` calls the article's vehicle by a phrase: any vehicle phrase for an unnamed one,
    a definite one only for a named one ("the vehicle bought …"; "a vehicle that …" is the naming
    apposition or another vehicle).

    >>> vehicle_spans("A vehicle, T, was set up. The vehicle bought chips.", "firm:t")
    [(26, 37)]
    >>> vehicle_spans("A vehicle bought chips.", UNNAMED)
    [(0, 9)]
    """
    return [m.span() for m in vehicle_phrase().finditer(text)
            if vehicle == UNNAMED or not re.match(r"an?\b", m.group(), re.I)]


def names_a_firm(text: str, a: int, b: int, firms: list[tuple[int, int]]) -> bool:
    """The vehicle phrase at [a, b) is the apposition of a firm named beside it ("Tallow Data, the
    vehicle that Y set up", "the vehicle, Tallow Data,"): it says what that firm is, no referent.

    >>> names_a_firm("T, the vehicle that Y set up, borrowed", 3, 14, [(0, 1), (25, 26)])
    True
    >>> names_a_firm("Later, the vehicle bought chips from Y", 7, 18, [(37, 38)])
    False
    """
    after, before = _names_it()
    return any(after.fullmatch(text, b, x) or before.fullmatch(text, y, a) for x, y in firms)


def without_unnamed(frames: list[Frame]) -> list[Frame]:
    """The frames with the unnamed vehicle taken out of their roles (a frame left with no party
    goes)."""
    out = []
    for f in frames:
        if UNNAMED in f.parties():
            f.roles = {r: [i for i in v if i != UNNAMED] for r, v in f.roles.items()}
            f.roles = {r: v for r, v in f.roles.items() if v}
        if f.parties():
            out.append(f)
    return out
