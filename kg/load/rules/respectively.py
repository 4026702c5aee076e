"""Parties listed with their figures "respectively" ("X and Y will invest $10bn and $5bn
respectively in Z", "X与Y分别向Z投资100亿美元和50亿美元"): one deal per listed firm, each with the
amount in the same place of the list of amounts, instead of one deal of all the firms per amount.

The cue words are ``respectively`` in ``lexicon/cues.yaml``.
"""
from __future__ import annotations

import copy
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import word_cue
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _cue():
    return word_cue(lexicon()["respectively"])


def split_respectively(frames: list[Frame], s: Sentence, ents: Entities,
                        quantities) -> list[Frame]:
    """The sentence's frames, those whose listed firms take the listed amounts in turn split."""
    if len(frames) < 2 or not _cue().search(s.text):
        return frames
    groups: dict[tuple, list[Frame]] = {}
    for f in frames:
        key = (f.family, tuple(sorted((r, tuple(sorted(v))) for r, v in f.roles.items())))
        groups.setdefault(key, []).append(f)
    out: list[Frame] = []
    for group in groups.values():
        out += _split(group, s, ents, quantities) or group
    return out


def _split(group: list[Frame], s: Sentence, ents: Entities, quantities) -> list[Frame] | None:
    listed = [r for r, v in group[0].roles.items() if len(v) >= 2]
    if len(listed) != 1 or any("amountUSD" not in f.figures for f in group):
        return None
    role = listed[0]
    firms = sorted(group[0].roles[role], key=lambda i: _first_at(ents, i, s))
    at = {}                          # amount -> where the sentence states it first
    for q in quantities:
        if q.unit == "USD":
            at.setdefault(q.value, q.start)
    by_value = {f.figures["amountUSD"].value: f for f in group}
    if len(firms) != len(group) or len(by_value) != len(group) or not set(by_value) <= set(at):
        return None
    out = []
    for iri, f in zip(firms, sorted(group, key=lambda f: at[f.figures["amountUSD"].value])):
        one = copy.copy(f)
        one.roles = {r: ([iri] if r == role else list(v)) for r, v in f.roles.items()}
        one.figures = dict(f.figures)
        out.append(one)
    return out


def _first_at(ents: Entities, iri: str, s: Sentence) -> int:
    return next((m.start for m in ents.mentions if m.iri == iri and s.start <= m.start < s.end),
                s.end)
