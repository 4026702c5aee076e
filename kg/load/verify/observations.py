"""Re-derive the value of a stock move, a metric or a post from its grounded quotes.

- A move's ``percentChange``: a percentage the number parser reads from the quotes whose value
  (or range end) is the claimed size, and whose direction the quote gives the same sign: the
  parser's own direction ("up 3%", "涨3%"), else a move-up/move-down cue of the loader's lexicon
  within 40 characters before the number or 12 after it. No direction in the quote: rejected.
- A metric: its name is one of the lexicon's metrics (``metrics.yaml``) of the claimed kind, one
  of the words naming it occurs in the quotes, and a quantity in one of its units has the value.
- A post: one of the lexicon's words for it (``core.yaml`` ``posts``, ``posts_after_name``)
  occurs in the quotes.

Each returns what is written (the parser's value and bound), or None: ``value not in quote``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from kg.load.facts import Fact
from kg.load.extraction import BOUNDS
from kg.load.rules.patterns import cue
from kg.load.text.numbers import Quantity
from kg.load.vocab import lexicon

#: The ontology's post individuals, as the lexicon's post keys.
POST_KEYS = {"CEO": "CEO", "CFO": "CFO", "Chair": "Chairman", "President": "President",
             "Founder": "Founder"}
_UNIT_WRITTEN = {"cents_per_dollar": "percent"}


@dataclass(frozen=True)
class Observed:
    value: Decimal
    bound: str
    unit: str | None = None
    name: str | None = None        # metric name / lexicon post key
    intraday: bool = False


def _claims(value: Decimal, q: Quantity) -> bool:
    return value in {q.value, q.low, q.high}


def move(fact: Fact, quotes: list[str], found: list[tuple[int, Quantity]]) -> Observed | None:
    claimed = fact.slots.percentChange
    if claimed is None or claimed == 0:
        return None
    for i, q in found:
        if q.unit != "percent" or not _claims(abs(claimed), q):
            continue
        text = quotes[i]
        if q.direction:
            sign = 1 if q.direction == "up" else -1
        else:
            near = text[max(0, q.start - 40):q.end + 12]
            word = cue("move_up") if claimed > 0 else cue("move_down")
            sign = (1 if claimed > 0 else -1) if word.search(near) else 0
        if sign and (sign > 0) == (claimed > 0):
            return Observed(sign * q.value, BOUNDS.get(q.bound, "Exact"),
                            intraday=bool(cue("move_intraday").search(text)))
    return None


@lru_cache(maxsize=1)
def _metrics() -> dict[str, tuple[str, tuple[str, ...], re.Pattern]]:
    return {name: (spec["kind"], tuple(spec["units"]), re.compile(spec["words"], re.I))
            for name, spec in lexicon()["metrics"].items()}


def metric_names() -> frozenset[str]:
    return frozenset(_metrics())


def metric(fact: Fact, quotes: list[str], found: list[tuple[int, Quantity]]) -> Observed | None:
    s = fact.slots
    spec = _metrics().get(s.metric or "")
    if spec is None or s.value is None:
        return None
    kind, units, words = spec
    if kind != fact.type or not any(words.search(q) for q in quotes):
        return None
    negative = lexicon()["metrics"][s.metric].get("negative")
    sign = -1 if s.value < 0 and negative and any(re.search(negative, q, re.I) for q in quotes) \
        else 1                      # "a net loss of $48m": -$48m
    for _, q in found:
        if q.unit in units and _claims(sign * s.value, q):
            unit = _UNIT_WRITTEN.get(q.unit, q.unit)
            if unit == "count" and s.metric == "tokensPerMonth":
                unit = "tokens"
            return Observed(sign * q.value, BOUNDS.get(q.bound, "Exact"), unit, s.metric)
    return None


@lru_cache(maxsize=1)
def _post_words() -> dict[str, re.Pattern]:
    """Per post, its words ("posts") and the relative clauses that give it ("who runs")."""
    lex = lexicon()
    out = {}
    for key, words in lex["posts"].items():
        words = [*words, *(lex.get("posts_after_name") or {}).get(key, [])]
        if key == "Founder":                # "the fund founded by Y", "Y创办的公司X"
            words += [w for ws in (lex.get("founded_by") or {}).values() for w in ws]
        alt = "|".join(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if w.isascii() else re.escape(w)
                       for w in sorted(words, key=len, reverse=True))
        out[key] = re.compile(alt, re.I)
    return out


def post(fact: Fact, quotes: list[str]) -> Observed | None:
    key = POST_KEYS.get(fact.slots.post or "")
    words = _post_words().get(key or "")
    if words is None or not any(words.search(q) for q in quotes):
        return None
    return Observed(Decimal(0), "Exact", name=key)
