"""The deal check's weights (``deal_check.json`` beside this file) and its score.

The file holds the threshold below which a deal is held back, the weights, and what they were
trained on (the open sets' names: never a blind or unseen split).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import LoadError

WEIGHTS = Path(__file__).with_name("deal_check.json")


@dataclass(frozen=True)
class DealCheck:
    weights: dict[str, float]
    threshold: float
    trained_on: tuple[str, ...] = ()

    def score(self, features: list[str]) -> float:
        """The log-odds that the deal is right (below ``threshold``: held back)."""
        w = self.weights
        return sum(w.get(f, 0.0) for f in features)

    def probability(self, features: list[str]) -> float:
        z = max(-30.0, min(30.0, self.score(features)))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        return json.dumps({"threshold": self.threshold, "trained_on": list(self.trained_on),
                           "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}},
                          ensure_ascii=False, indent=0, sort_keys=True) + "\n"


class DealCheckError(LoadError):
    """The deal check's weights file cannot be read: not JSON, or not of the shape
    :meth:`DealCheck.to_json` writes (a threshold, weights that are numbers)."""


def read(path: Path) -> DealCheck:
    """The check a weights file holds; :class:`DealCheckError` (one line naming the file) when it
    is corrupt, truncated or of another shape."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return DealCheck(weights, float(data["threshold"]), tuple(data.get("trained_on", ())))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DealCheckError(f"the learned deal check's weights cannot be read ({type(exc).__name__}: "
                             f"{exc}); retrain them with `python -m bench.extraction.learn`, or "
                             "load with --no-deal-check", source=str(path)) from exc


@lru_cache(maxsize=1)
def shipped() -> DealCheck | None:
    """The weights that ship with dealgraph (None when the file is absent: no check)."""
    return read(WEIGHTS) if WEIGHTS.exists() else None
