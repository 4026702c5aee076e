"""The loader's language knowledge, read once from ``kg/load/lexicon/*.yaml``.

Only the loader's own files are read here (``core``, ``relations``, ``cues``, ``metrics``);
the numbers and dates modules keep their own lexicon files in the same folder.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import yaml

from kg.errors import LoadError

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
FILES = ("core", "relations", "cues", "metrics")
# libyaml's loader when PyYAML was built with it: the same data, about ten times faster (the
# lexicon is some 8,000 nodes; the pure-Python loader took 1.5-3.5 s of every load's start).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str):
    """`text` parsed as safe YAML (libyaml's loader when there is one)."""
    return yaml.load(text, Loader=_LOADER)


def _freeze(value):
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


@lru_cache(maxsize=1)
def lexicon():
    """All loader lexicon files merged into one read-only mapping (top-level keys are unique)."""
    merged: dict = {}
    for name in FILES:
        path = LEXICON_DIR / f"{name}.yaml"
        try:
            data = read_yaml(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise LoadError(f"cannot read lexicon {path}: {exc}") from exc
        clash = set(data) & set(merged)
        if clash:
            raise LoadError(f"lexicon {path}: keys defined twice: {sorted(clash)}")
        merged.update(data)
    return _freeze(merged)
