"""`python -m bench.extraction.paraphrase [dev8|dev9]`: the phrasing gap.

A paraphrase set tells the facts of tuned articles in new wording; each gold file's note names
its source (`Paraphrase of dev5/en-07-....md.`). This scores the sources and their paraphrases
side by side against the same facts, so the difference is the loader's dependence on wording
alone. dev8 (the facts of 24 dev4-dev6 articles) is read for tuning; dev9 (24 other tuned
articles) is scored only, and only these totals are printed for it.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from bench.extraction import FACT_TYPES, score_article
from bench.extraction.__main__ import HERE, table

SOURCE = re.compile(r"Paraphrase of (\w+)/(\S+?)\.?(?:\s|$)")


def pairs(folder: Path = HERE / "dev8") -> list[tuple[Path, Path, Path, Path]]:
    """(paraphrase, its gold, source article, source gold) for every gold file of the set."""
    out = []
    for gold in sorted((folder / "gold").glob("*.yaml")):
        spec = yaml.safe_load(gold.read_text(encoding="utf-8"))
        match = SOURCE.match(spec.get("note") or "")
        if match is None:
            raise SystemExit(f"{gold}: note does not name its source ('Paraphrase of devN/FILE.')")
        split, name = match.groups()
        source = HERE / split / name
        out.append((folder / spec["article"], gold, source,
                    HERE / split / "gold" / (source.stem + ".yaml")))
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    folder = HERE / (argv[0] if argv else "dev8")
    found = pairs(folder)
    totals = {"source": defaultdict(lambda: [0, 0, 0]), "paraphrase": defaultdict(lambda: [0, 0, 0])}
    for article, gold, source, source_gold in found:
        for label, a, g in (("paraphrase", article, gold), ("source", source, source_gold)):
            for kind, counts in score_article(a, g).items():
                for i in range(3):
                    totals[label][kind][i] += counts[i]
    for label in ("source", "paraphrase"):
        print(f"## {folder.name}: {label} wording ({len(found)} articles)\n")
        print(table({k: totals[label][k] for k in FACT_TYPES}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
