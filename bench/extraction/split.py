"""Split a freshly written evaluation corpus, once, into ``dev4/`` (tune on it) and ``blind/`` (score only).

Usage: ``python -m bench.extraction.split STAGING_DIR [--seed N]``

``STAGING_DIR`` holds one folder per language (``en/``, ``zh/``), each with articles and a
``gold/`` folder of gold files named after them (files without a gold file, such as notes, are
left out). Each language is shuffled on its own with a
seeded :class:`random.Random` and cut in half, so both splits keep the language balance. Nothing
here opens an article: files are moved by name, so whoever runs the split never reads the blind
half.

>>> halves(["a", "b", "c", "d"], seed=7) == halves(["d", "c", "b", "a"], seed=7)
True
>>> sorted(sum(halves(["a", "b", "c", "d", "e"], seed=1), []))
['a', 'b', 'c', 'd', 'e']
"""
from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

ARTICLE_SUFFIXES = {".md", ".txt", ".html"}
SEED = 20251205


def halves(stems: list[str], *, seed: int = SEED) -> list[list[str]]:
    """[dev, blind]: the stems sorted, shuffled with `seed`, the first half dev."""
    order = sorted(stems)
    random.Random(seed).shuffle(order)
    cut = len(order) // 2
    return [sorted(order[:cut]), sorted(order[cut:])]


def split(staging: Path, target: Path, *, seed: int = SEED) -> dict[str, list[str]]:
    """Copy each language folder's articles and gold into ``target/dev4`` and ``target/blind``."""
    assignment: dict[str, list[str]] = {"dev4": [], "blind": []}
    for lang_dir in sorted(p for p in staging.iterdir() if p.is_dir() and (p / "gold").is_dir()):
        articles = {f.stem: f for f in lang_dir.iterdir()
                    if f.suffix in ARTICLE_SUFFIXES and (lang_dir / "gold" / f"{f.stem}.yaml").is_file()}
        for name, stems in zip(("dev4", "blind"), halves(list(articles), seed=seed)):
            out = target / name
            (out / "gold").mkdir(parents=True, exist_ok=True)
            for stem in stems:
                shutil.copy2(articles[stem], out / articles[stem].name)
                shutil.copy2(lang_dir / "gold" / f"{stem}.yaml", out / "gold" / f"{stem}.yaml")
                assignment[name].append(articles[stem].name)
    return assignment


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction.split")
    parser.add_argument("staging", type=Path)
    parser.add_argument("--target", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    assignment = split(args.staging, args.target, seed=args.seed)
    for name, files in assignment.items():
        print(f"{name}: {len(files)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
