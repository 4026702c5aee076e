"""What extraction produces for one article: frames (agreements), moves, metrics, posts.

Every item keeps the sentence it came from, the rule that fired and a confidence, so that
provenance is attached from the moment the item exists.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from types import MappingProxyType

from kg.load.text.sentences import Sentence

#: A parsed quantity's bound (kg.load.text.numbers) as the ontology names it (dg:UpTo ...).
BOUNDS = MappingProxyType({"exact": "Exact", "approximately": "Approximately", "upTo": "UpTo",
                           "atLeast": "AtLeast", "moreThan": "MoreThan", "lessThan": "LessThan",
                           "range": "Approximately"})


@dataclass(frozen=True)
class Figure:
    """A number of a fact in the ontology's unit, with its bound (Exact, UpTo, ...)."""

    value: Decimal
    bound: str = "Exact"
    low: Decimal | None = None
    high: Decimal | None = None
    confidence: float = 0.9


def figure_of(q) -> Figure:
    """A parsed quantity (kg.load.text.numbers.Quantity) as a deal's figure, its bound named."""
    return Figure(q.value, BOUNDS.get(q.bound, "Exact"), q.low, q.high)


@dataclass
class Tranche:
    index: int
    condition: str
    sentence: Sentence
    capacity_gw: Decimal | None = None
    price_target_usd: Decimal | None = None


@dataclass
class Frame:
    """One agreement as one sentence (or a few) states it."""

    family: str
    kinds: set[str]
    roles: dict[str, list[str]]            # role property local name -> firm IRIs (ordered)
    sentence: Sentence
    span: tuple[int, int]                  # match span, offsets within the sentence
    rule: str
    confidence: float = 0.8
    figures: dict[str, Figure] = field(default_factory=dict)
    binding: bool | None = None
    status: str = "Announced"
    date: dt.date | None = None
    reported_by: str | None = None
    tranches: list[Tranche] = field(default_factory=list)
    collateral: list[object] = field(default_factory=list)   # Frame | ("Asset", class, text)
    extra_evidence: list[Sentence] = field(default_factory=list)
    iri: str | None = None
    subjects: set[str] = field(default_factory=set)   # subject kinds of the frames it unites
    core: tuple[int, int] | None = None    # span of the earliest match (kind words are read here)
    notes: list[str] = field(default_factory=list)    # what the cue rules dispute (model facts)
    by_type: bool = False                  # roles given by what the firms are, not by the verb
    merged_into: Frame | None = field(default=None, repr=False, compare=False)  # see merge.py

    def parties(self) -> set[str]:
        return {iri for iris in self.roles.values() for iri in iris}

    @property
    def is_fact(self) -> bool:
        return self.status in ("Announced", "Definitive", "Terminated", "Completed")


@dataclass
class Move:
    firm: str
    percent: Decimal
    bound: str
    sentence: Sentence
    rule: str
    intraday: bool = False
    date: dt.date | None = None
    reported_by: str | None = None
    confidence: float = 0.85
    iri: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Metric:
    firm: str
    kind: str
    name: str
    value: Decimal
    unit: str
    bound: str
    sentence: Sentence
    rule: str
    period: dt.date | None = None
    reported_by: str | None = None
    confidence: float = 0.8
    iri: str | None = None
    notes: list[str] = field(default_factory=list)
    context: Sentence | None = None    # the sentence naming the metric ("这一数字已超过…")


@dataclass
class Post:
    person: str
    person_name: str
    firm: str
    role: str
    sentence: Sentence
    rule: str
    other_names: tuple[str, ...] = ()
    known: bool = False
    confidence: float = 0.8
    notes: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything extracted from one article."""

    frames: list[Frame] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
