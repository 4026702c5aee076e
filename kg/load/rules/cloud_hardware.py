"""The chips a cloud deal runs on name their maker, not a party of a supply deal.

"Y signed a $7bn cloud contract with X. Under it, Y will use Z K40 and K50 chips", 根据协议，Y将使用X
部署的数万颗Z K40芯片, "Y向X租用算力，将使用数万颗Z K40芯片": Z is the maker of the hardware the cloud
deal runs on. A chip supply or compute deal is dropped when its supplier is named only as the goods'
maker (`brand` in relations.yaml, right after its name) and its buyer is, in the same sentence or
the one before, the customer of a cloud deal, or a party of one named as the head of a relative
clause over the goods (X部署的…芯片; `deployed_by_zh`). Left alone: a cloud provider that buys the
chips itself ("X bought $1bn of Z K40 chips" next to X's cloud contract), a maker that is itself a
party of the cloud deal, and chip deals with no cloud deal near them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.triggers import rules as trigger_rules
from kg.load.vocab import lexicon

#: Frame families of a chip deal, and the family of a cloud deal.
_HARDWARE_FAMILIES = ("Compute", "Supply")
_CLOUD = "Cloud"


@lru_cache(maxsize=1)
def _deployed_by() -> re.Pattern:
    return re.compile(lexicon()["words"]["deployed_by_zh"])


def _ends(f: Frame, iri: str, ents: Entities) -> list[int]:
    """Where the mentions of `iri` end in the frame's sentence (offsets in the sentence)."""
    s = f.sentence
    return [m.end - s.start for m in ents.mentions
            if m.iri == iri and s.start <= m.start and m.end <= s.end]


def _named_as_maker(f: Frame, iri: str, ents: Entities) -> bool:
    """Whether every mention of `iri` in the frame's sentence stands right before the goods."""
    at = _ends(f, iri, ents)
    brand = trigger_rules().brand
    return bool(at) and all(brand.match(f.sentence.text, end) for end in at)


def _deploys_them(f: Frame, iri: str, ents: Entities) -> bool:
    """Whether `iri` heads a relative clause over the goods in the frame's sentence (X部署的)."""
    return any(_deployed_by().match(f.sentence.text, end) for end in _ends(f, iri, ents))


def without_cloud_hardware(frames: list[Frame], ents: Entities) -> list[Frame]:
    """`frames` without the chip deals whose maker only names a cloud deal's hardware."""
    parties: dict[int, set[str]] = {}
    customers: dict[int, set[str]] = {}
    for f in frames:
        if f.family == _CLOUD:
            parties.setdefault(f.sentence.index, set()).update(f.parties())
            customers.setdefault(f.sentence.index, set()).update(f.roles.get("customer", []))
    if not parties:
        return frames
    out = []
    for f in frames:
        if f.family in _HARDWARE_FAMILIES and _cloud_hardware(f, parties, customers, ents):
            continue            # the hardware of a cloud deal told here or just before
        out.append(f)
    return out


def _cloud_hardware(f: Frame, parties: dict[int, set[str]], customers: dict[int, set[str]],
                    ents: Entities) -> bool:
    i = f.sentence.index
    near = parties.get(i, set()) | parties.get(i - 1, set())
    near_customers = customers.get(i, set()) | customers.get(i - 1, set())
    makers = f.roles.get("supplier", [])
    buyers = f.roles.get("buyer", [])
    if not makers or near & set(makers) or not all(_named_as_maker(f, m, ents) for m in makers):
        return False
    return any(b in near_customers or (b in near and _deploys_them(f, b, ents)) for b in buyers)
