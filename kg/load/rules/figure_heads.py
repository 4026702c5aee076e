"""The deal noun a figure belongs to (issue 10, fourteenth pass).

A figure is part of a noun phrase whose head names its deal: "a $3bn cloud contract", "an order of
at least $6.3bn", "为期5年、最高119亿美元的算力合同", "a five-year, $2bn loan". The head after the
figure (``amount_heads`` in cues.yaml) or before it (``amount_heads_before``) says which family
group the figure may go to; a figure joined to the next one by a comma, 、 or "and" ("a five-year,
$3bn contract", 为期5年、119亿美元的合同) shares that figure's head. A figure whose head names a
deal of another family is no figure of the frames the sentence has (it is the figure of a deal the
rules did not read), rather than the nearest frame's. A verb of investing or lending right before
the figure ("… and invest up to $4bn in the start-up", "lent it $2bn", 注资最多5亿美元) names its
family the same way (``amount_heads_before`` Investment and Loan; twenty-fifth pass).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.guards import amount_group, amount_group_before
from kg.load.vocab import lexicon

#: What may join two figures of one noun phrase: a comma, 、, "and", 及/和, a bound word.
_JOINED = re.compile(r"\s*(?:[,，、]|\band\b|和|及)?\s*(?:(?:up to|about|around|roughly|nearly)\s+)?$", re.I)
_MAX_JOIN = 10      # characters between two joined figures


@lru_cache(maxsize=1)
def _firm_value() -> tuple[re.Pattern, re.Pattern]:
    spec = lexicon()["firm_value_attributive"]
    return re.compile(spec["before"], re.I), re.compile(spec["after"], re.I)


def firm_value(text: str, q) -> bool:
    """A market value that describes a firm ("这家市值约1800亿美元的芯片厂商")."""
    if "市值" not in text and "market value" not in text:
        return False
    before, after = _firm_value()
    return bool(before.search(text[max(0, q.start - 24):q.start]) and after.match(text, q.end))


def own_group(text: str, q, quantities) -> set[str] | None:
    """The families the deal noun of figure `q`'s noun phrase allows, or None if it names none."""
    if firm_value(text, q):
        return set()
    group = amount_group(text, q.end)
    if group is None:
        group = amount_group_before(text, q.start)
    if group is not None:
        return group
    nxt = next((r for r in quantities if r.start >= q.end), None)
    if nxt is not None and nxt.unit != q.unit and nxt.start - q.end <= _MAX_JOIN \
            and _JOINED.fullmatch(text, q.end, nxt.start):
        return amount_group(text, nxt.end)
    return None
