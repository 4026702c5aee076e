"""Columns of a table whose header names an earlier period ("| | Q3 | Q3 last year |", "| Q3 |
Result | Year earlier |", "| 指标 | 本季 | 去年同期 |"): a value in such a column is the figure a
metric had before, as "up from $41m a year earlier" or 上年同期为… is in prose (``prior_value`` in
lexicon/metrics.yaml), no value of the metric now. Columns whose header names someone's estimate
("| | Q3 actual | Our estimate | Consensus |", "| | FY26E | FY27E |", "| 项目 | 2025E |"): a
research note's or the market's forecast, as "we expect …" or "consensus of …" is in prose
(``third_party_estimate``), no metric the firm reported or guided (``estimate_column``).

A markdown table reaches the loader as one sentence, its rows one after another: a header row,
the separator row ("|---|---:|"), then the body rows, each with as many cells as the separator.
A table whose body does not split into whole rows is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon

#: The separator row of a markdown table: one dash run (with its alignment colons) per column.
_SEPARATOR = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")
_PIPE = re.compile(r"\|")


@lru_cache(maxsize=4)
def _header(key: str) -> re.Pattern:
    return re.compile(lexicon()[key], re.I)


def prior_cells(text: str) -> list[tuple[int, int]]:
    """The spans of the body cells of `text`'s table that stand under a header naming an earlier
    period (module docstring); [] when `text` holds no such table."""
    return _column_cells(text, "prior_column")


def estimate_cells(text: str) -> list[tuple[int, int]]:
    """The spans of the body cells of `text`'s table that stand under a header naming an
    estimate or a consensus (module docstring); [] when `text` holds no such table."""
    return _column_cells(text, "estimate_column", unless="estimate_column_not")


def _column_cells(text: str, key: str, unless: str | None = None) -> list[tuple[int, int]]:
    """The spans of the body cells of `text`'s table under a header (not the first column's)
    that lexicon pattern `key` finds (and pattern `unless`, when given, does not)."""
    if "---" not in text or "|" not in text:
        return []
    sep = _SEPARATOR.search(text)
    if sep is None:
        return []
    columns = len(re.findall(r"-{3,}", sep.group()))
    header = text[:sep.start()].strip().split("|")[1:-1]
    if len(header) < columns or columns < 2:
        return []
    header = header[-columns:]
    prior = [j for j, cell in enumerate(header) if j and _header(key).search(cell)
             and not (unless and _header(unless).search(cell))]
    if not prior:
        return []
    pipes = [m.start() for m in _PIPE.finditer(text, sep.end())]
    if not pipes or len(pipes) % (columns + 1):
        return []
    spans = []
    for row in range(0, len(pipes), columns + 1):
        for j in prior:
            spans.append((pipes[row + j], pipes[row + j + 1]))
    return spans


def row_breaks(text: str) -> list[tuple[int, int]]:
    """The spans between the rows of `text`'s markdown table: from a row's closing pipe to the
    next row's opening pipe (the header's end to the separator's start included); [] when `text`
    holds no table whose body splits into whole rows."""
    if "---" not in text or "|" not in text:
        return []
    sep = _SEPARATOR.search(text)
    if sep is None:
        return []
    columns = len(re.findall(r"-{3,}", sep.group()))
    pipes = [m.start() for m in _PIPE.finditer(text, sep.end())]
    if columns < 2 or not pipes or len(pipes) % (columns + 1):
        return []
    header_end = text.rfind("|", 0, sep.start())
    breaks = [(header_end, sep.start())] if header_end >= 0 else []
    breaks.append((sep.end() - 1, pipes[0]))
    for row in range(columns + 1, len(pipes), columns + 1):
        breaks.append((pipes[row - 1], pipes[row]))
    return breaks


def within_rows(frames: list, start: int, article_text: str) -> list:
    """The frames of a sentence (starting at `start` in `article_text`) of a markdown table whose
    match stays inside one row: a match running from one row into the next ("| CoreWeave |
    Capacity order … | Signed | | Oct 8 | xAI |") pairs firms of two rows, which tell two deals
    (or none), not one. The rows are read off the sentence's paragraph, the whole table, as a
    cell's ";" may end a sentence inside it."""
    if not frames or "|" not in article_text[start:start + 1 + max(f.span[1] for f in frames)]:
        return frames
    p_start = article_text.rfind("\n", 0, start) + 1
    p_end = article_text.find("\n", start)
    breaks = row_breaks(article_text[p_start:p_end if p_end >= 0 else len(article_text)])
    if not breaks:
        return frames
    at = start - p_start
    return [f for f in frames
            if not any(at + f.span[0] <= a and b < at + f.span[1] for a, b in breaks)]
