"""Direction by firm type: a deal whose phrase gives no direction ("put in place a $400m
facility with Y Bank", "raised equity from Z, an asset manager", "与Y签订…") may come out of the
trigger verbs the wrong way round. When every firm on the taker side is of the types that give
(a bank or fund lends and invests, a cloud provider provides) and no firm on the giver side is,
the two roles swap (table `type_direction` in lexicon/relations.yaml). A role a marker states
right before the firm ("lent $1bn to X", "from Y", "invest in X", 向X提供) is never flipped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.slots import firm_types
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

#: how far before a firm's name its role marker may stand
_REACH = 24


@lru_cache(maxsize=1)
def _table() -> tuple[dict, dict[str, re.Pattern]]:
    spec = lexicon()["type_direction"]
    return spec["families"], {role: re.compile(rx, re.I) for role, rx in spec["stated"].items()}


def _stated(s: Sentence, ents: Entities, iri: str, role: str) -> bool:
    """Whether a mention of `iri` in sentence `s` has a marker right before it naming `role`."""
    marker = _table()[1].get(role)
    if marker is None:
        return False
    for m in ents.firms_in(s.start, s.end):
        if m.iri == iri:
            at = m.start - s.start
            if marker.search(s.text[max(0, at - _REACH):at]):
                return True
    return False


def _wrong_way(f: Frame, spec: dict, ents: Entities) -> bool:
    givers, takers = f.roles.get(spec["giver"]) or [], f.roles.get(spec["taker"]) or []
    if not givers or not takers:
        return False
    wanted, counter = set(spec["giver_types"]), set(spec.get("taker_types") or ())
    return all(firm_types(ents, i) & wanted for i in takers) \
        and not any(firm_types(ents, i) & wanted for i in givers) \
        and (not counter or all(firm_types(ents, i) & counter for i in givers))


def typed_direction(frames: list[Frame], s: Sentence, ents: Entities) -> None:
    """Swap the two roles of each frame of sentence `s` told against its firms' types (see the
    module docstring); frames the text directs by a marker stay as they are."""
    families = _table()[0]
    for f in frames:
        spec = families.get(f.family)
        if spec is None or not _wrong_way(f, spec, ents):
            continue
        giver, taker = spec["giver"], spec["taker"]
        if any(_stated(s, ents, i, giver) for i in f.roles[giver]) \
                or any(_stated(s, ents, i, taker) for i in f.roles[taker]):
            continue
        f.roles[giver], f.roles[taker] = f.roles[taker], f.roles[giver]
        f.rule += ".typed"
