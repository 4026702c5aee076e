"""`python -m bench.extraction.diff SPLIT [ARTICLE-SUBSTRING]`: per article, the predicted facts
the gold lacks (false positives, `+`) and the gold facts not predicted (misses, `-`), per fact type.

Only for sets read for tuning (the bundled corpus as `corpus`, dev*, heldout); it refuses the
blind split and any split whose README marks it unseen.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bench.extraction import FACT_TYPES, _equal, _unique, gold_facts, predicted_facts
from bench.extraction.__main__ import SPLITS, split_dirs
from kg.load.pipeline import extract_article
from kg.load.read import read_article

TUNABLE = {split.folder for split in SPLITS if split.tunable}


def _split_dirs(split: str) -> tuple[Path, Path]:
    if split != "corpus" and split not in TUNABLE:
        raise SystemExit(f"{split}: not a set read for tuning (refused)")
    return split_dirs(split)


def show(x) -> str:
    """A fact printed the same way every run (frozensets sorted)."""
    if isinstance(x, (frozenset, set)):
        return "{" + ", ".join(sorted(show(y) for y in x)) + "}"
    if isinstance(x, tuple):
        return "(" + ", ".join(show(y) for y in x) + ")"
    return repr(x)


def diff(gold: list, pred: list, kind: str) -> tuple[list, list]:
    g, p = _unique(kind, gold), _unique(kind, pred)
    used, missed = set(), []
    for x in g:
        for i, y in enumerate(p):
            if i not in used and _equal(kind, x, y):
                used.add(i)
                break
        else:
            missed.append(x)
    return [y for i, y in enumerate(p) if i not in used], missed


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    articles, gold_dir = _split_dirs(argv[0])
    only = argv[1] if len(argv) > 1 else ""
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        if gold_path.name.startswith("seed-") or only not in gold_path.name:
            continue
        spec = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        _, data, _ = extract_article(read_article(articles / spec["article"]), None)
        gold, pred = gold_facts(spec), predicted_facts(data)
        print(f"### {spec['article']}")
        for kind in FACT_TYPES:
            extra, missed = diff(gold.by_type.get(kind, []), pred.by_type.get(kind, []), kind)
            for x in extra:
                print(f"  + {kind}: {show(x)}")
            for x in missed:
                print(f"  - {kind}: {show(x)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
