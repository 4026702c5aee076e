"""What the deal check sees of a deal: the rule that read it, its kinds and roles, its figures
and bindingness, and the words of its sentence (English words; Chinese as character pairs).

>>> words("Aster signs a $2bn deal")
['aster', 'signs', 'a', '$', '<num>', 'bn', 'deal']
>>> words("星图签署协议")
['星图', '图签', '签署', '署协', '协议']
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities

_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*|[\u4e00-\u9fff]+|[$%％]")
_STOP = frozenset({"the", "of", "to", "in", "on", "and", "for", "its", "is", "was", "by", "at",
                   "with", "as", "an", "be", "that", "it", "from", "has", "have"})


def words(text: str) -> list[str]:
    """Lower-cased English words (a few function words left out), numbers as ``<num>``,
    Chinese runs as overlapping character pairs."""
    out: list[str] = []
    for t in _TOKEN.findall(text):
        if "\u4e00" <= t[0] <= "\u9fff":
            out.extend(t[i:i + 2] for i in range(max(1, len(t) - 1)))
        elif t[0].isdigit():
            out.append("<num>")
        else:
            w = t.lower()
            if w not in _STOP:
                out.append(w)
    return out


def _parties(frames: list[Frame]) -> frozenset[str]:
    return frozenset(i for f in frames for v in f.roles.values() for i in v)


def _neighbours(frames: list[Frame], others: Iterable[list[Frame]]) -> set[str]:
    """How the deal sits among the article's other deals: the same firms told as another kind
    (one of the two readings is likely wrong), its firms a part of another deal's, another deal
    read from the same sentence."""
    mine, kinds = _parties(frames), frames[0].kinds
    sentences = {f.sentence.index for f in frames}
    feats: set[str] = set()
    for other in others:
        if other is frames:
            continue
        theirs = _parties(other)
        if theirs == mine:
            feats.add("twin:" + ("same-kinds" if other[0].kinds == kinds else "other-kinds"))
        elif mine < theirs:
            feats.add("part-of:" + ("same-kinds" if other[0].kinds & kinds else "other-kinds"))
        elif mine & theirs:
            feats.add("shares-a-firm")
        if sentences & {f.sentence.index for f in other}:
            feats.add("shares-a-sentence")
    return feats


def deal_features(frames: Iterable[Frame], ents: Entities, language: str,
                  others: Iterable[list[Frame]] = ()) -> list[str]:
    """The features of one deal, over every frame that tells it, and (``others``: the article's
    deals, grouped alike) its neighbours (a set, sorted)."""
    frames = list(frames)
    feats: set[str] = {"bias", f"lang:{language}", f"told:{min(len(frames), 4)}"}
    feats |= _neighbours(frames, others)
    for f in frames:
        kinds = "+".join(sorted(f.kinds))
        roles = sorted(r for r, v in f.roles.items() if v)
        s = f.sentence
        firms = len(ents.firms_in(s.start, s.end))
        feats.update({f"rule:{f.rule}", f"kinds:{kinds}", f"rule-kinds:{f.rule}:{kinds}",
                      f"roles:{'+'.join(roles)}", f"firms:{min(firms, 6)}",
                      f"confidence:{f.confidence:.1f}", f"by-type:{f.by_type}",
                      f"binding:{f.binding}", f"figures:{len(f.figures)}",
                      f"early:{s.index < 3}", f"evidence:{min(len(f.extra_evidence), 3)}",
                      f"rule-lang:{f.rule}:{language}", f"rule-roles:{f.rule}:{'+'.join(roles)}",
                      f"kinds-firms:{kinds}:{min(firms, 4)}"})
        feats.update(f"figure:{name}" for name in f.figures)
        feats.update(f"w:{w}" for w in words(s.text))
        feats.update(f"m:{w}" for w in words(s.text[f.span[0]:f.span[1]]))
    return sorted(feats)
