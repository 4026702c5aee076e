"""Special-purpose vehicles as deal parties: "a special-purpose vehicle that buys Nvidia processors
and rents them to xAI", "the vehicle uses the money to buy GPUs, then leases them to X". A vehicle
the article names ("a special-purpose vehicle called Ridgeline GPU Trust I", "Beignet Investor
LLC, a vehicle that …") is left to the other rules; an unnamed one is a party no firm stands
for: its deals keep their named parties only (the supplier of the chips it buys, the lessee it
rents them to). Words are in ``lexicon/core.yaml`` (``vehicles``).
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
    """UNNAMED when the article tells of a vehicle it never names, else None (a named vehicle is
    read as the firm it is, by the other rules)."""
    phrases = list(vehicle_phrase().finditer(text))
    if not phrases:
        return None
    after, before = _names_it()
    for p in phrases:
        for m in ents.mentions:
            if m.kind == "firm" and (after.fullmatch(text, p.end(), m.start)
                                     or before.fullmatch(text, m.end, p.start())):
                return None
    return UNNAMED


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
