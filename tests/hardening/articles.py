"""Synthetic articles for load tests: one template, invented firm names, distinct facts."""
from __future__ import annotations

from pathlib import Path

TEMPLATE = """---
title: "{a} signs compute deal with {b}"
url: https://news.example.com/2025/10/{i}/compute-deal
published: 2025-10-{day:02d}
language: en
publisher: Example Wire
---

{a} agreed on Monday to buy ${usd} billion of cloud computing capacity from {b} over five
years, the companies said.

Under the agreement, {b} will provide {a} with {gw} gigawatts of data-centre capacity starting
in 2026.

Shares of {b} rose 4.{tenth}% on the news.
"""


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"article-{i:04d}.md"
        path.write_text(TEMPLATE.format(a=f"Zentrix{i} AI", b=f"Cloudora{i} Systems", i=i,
                                        day=1 + i % 28, usd=10 + i % 50, gw=1 + i % 5,
                                        tenth=i % 10), encoding="utf-8")
        paths.append(path)
    return paths
