"""The README's extraction table gives the figures `python -m bench.extraction --all` measures.

Each row of the table (one set: the bundled corpus, the seed article or a folder under
bench/extraction/) is scored again here with the loader of this tree, and its article count,
precision, recall and F1 must be the ones the README prints (two decimals). A loader change that
moves a set's score therefore fails here until the README says the new figure: the table cannot
drift into a claim nothing measured. The unseen splits are scored like the others (totals only;
nothing is printed or read).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bench.extraction import overall, score_article, score_corpus
from bench.extraction.__main__ import HERE
from kg import paths

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
HEADER = "| set | split | articles | P | R | F1 |"
ROW = re.compile(r"^\| (?P<set>.+?) \| .+? \| (?P<n>\d+) \| (?P<p>[\d.]+) \| (?P<r>[\d.]+) \| "
                 r"\**(?P<f>[\d.]+)\** \|$")


def table_rows() -> list[dict]:
    """The rows of the README's extraction table, each with the set it names."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index(HEADER) + 2
    rows = []
    for line in lines[start:]:
        match = ROW.match(line)
        if match is None:
            break
        label = match["set"]
        folder = re.search(r"`bench/extraction/(\w+)/`", label)
        where = folder[1] if folder else "seed" if "seeds" in label else \
            "corpus" if "`articles/`" in label else None
        assert where is not None, f"README row names no set it could be scored on: {line}"
        rows.append({"set": where, "articles": int(match["n"]),
                     "figures": (match["p"], match["r"], match["f"])})
    return rows


ROWS = table_rows()


def measured(where: str) -> tuple[int, tuple[str, str, str]]:
    """(articles scored, (P, R, F1) as the README prints them) for one set."""
    if where == "seed":
        spec_path = next(iter(sorted((paths.articles_dir() / "gold").glob("seed-*.yaml"))))
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        seed = paths.shared_dir() / "seeds" / spec["article"]
        if not seed.exists():
            pytest.skip(f"the seed article {seed} is not here (../shared is absent)")
        totals, count = {k: list(v) for k, v in score_article(seed, spec_path).items()}, 1
    else:
        folder = paths.articles_dir() if where == "corpus" else HERE / where
        totals, per_article = score_corpus(folder, folder / "gold")
        count = len(per_article)
    return count, tuple(f"{x:.2f}" for x in overall(totals))


def test_the_table_names_every_scored_set():
    named = {row["set"] for row in ROWS}
    folders = {p.parent.name for p in HERE.glob("*/gold")}
    assert folders | {"corpus", "seed"} == named


@pytest.mark.parametrize("row", ROWS, ids=[row["set"] for row in ROWS])
def test_the_readme_shows_the_measured_score(row):
    count, figures = measured(row["set"])
    assert (count, figures) == (row["articles"], row["figures"]), \
        f"README row for {row['set']} shows {row['articles']} articles, P/R/F1 {row['figures']}; " \
        f"measured {count}, {figures}: update the table"
