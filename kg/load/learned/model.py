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


def read(path: Path) -> DealCheck:
    data = json.loads(path.read_text(encoding="utf-8"))
    return DealCheck(data["weights"], float(data["threshold"]), tuple(data.get("trained_on", ())))


@lru_cache(maxsize=1)
def shipped() -> DealCheck | None:
    """The weights that ship with dealgraph (None when the file is absent: no check)."""
    return read(WEIGHTS) if WEIGHTS.exists() else None
