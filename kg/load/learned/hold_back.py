"""Hold back the rules' deals the learned check scores as most likely wrong.

The check runs on the frames the rules read and the verifier accepted, before any merge
(kg.load.merge): the frames that tell one deal (the same kinds, the same parties in the same
roles) are judged together, so a wrong reading is dropped before it can join a right deal and
spoil it. A held-back deal is not written and no other deal keeps it as collateral; the load's
warnings name it, its sentence and its score, so a user sees what was left out and why
(``dealgraph load`` prints warnings; ``--no-deal-check`` turns the check off). It runs before a
model's facts join (``--extractor both``), so it judges only the rules' deals.
"""
from __future__ import annotations

from collections import defaultdict

from kg.load.extraction import Extraction, Frame
from kg.load.learned.features import deal_features
from kg.load.learned.model import DealCheck
from kg.load.rules.entities import Entities


def group_key(frame: Frame) -> tuple:
    return (frozenset(frame.kinds),
            frozenset((role, tuple(iris)) for role, iris in frame.roles.items() if iris))


def deals(frames: list[Frame]) -> dict[tuple, list[Frame]]:
    """The fact frames with parties, grouped by the deal they tell."""
    out: dict[tuple, list[Frame]] = defaultdict(list)
    for f in frames:
        if f.is_fact and any(f.roles.values()):
            out[group_key(f)].append(f)
    return out


def hold_back(out: Extraction, ents: Entities, language: str, key: str,
              check: DealCheck) -> list[Frame]:
    """Remove from ``out.frames`` every deal scored below the check's threshold; return them."""
    held: list[Frame] = []
    groups = list(deals(out.frames).values())
    for group in groups:
        score = check.score(deal_features(group, ents, language, groups))
        if score < check.threshold:
            held.extend(group)
            out.warnings.append(f"{key}: the learned deal check held back a deal "
                                f"({'+'.join(sorted(group[0].kinds))}, score {score:.2f}): "
                                f"{group[0].sentence.text[:80]}")
    if held:
        gone = {id(f) for f in held}
        out.frames = [f for f in out.frames if id(f) not in gone]
        for f in out.frames:
            f.collateral = [c for c in f.collateral if id(c) not in gone]
    return held
