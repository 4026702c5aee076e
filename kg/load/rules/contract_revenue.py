"""A revenue figure a contract, an order or a backlog is to bring is no metric of a period.

"the hosting pact is projected to earn $N of revenue through its whole term", "contracted revenue
in its backlog now stands at $N", 这批合同预计可为公司带来收入约N: the figure is what a deal is worth in
sales over its term (or the stock of work still to deliver), not the revenue a firm reported or
guided for a quarter or a year. Only the amount the cue itself governs is dropped: the cue right
before it with a verb of value between (`head`, `link_en`, `link_zh`), the cue right after it as
what it is of (`tail_en`), or a contract bringing it (`brings_zh`). A period's revenue told beside
such a cue ("net income climbed on contracted revenue", 本季度确认订单对应收入N: `period_zh`) stays.
The words are `contract_revenue` in metrics.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern]:
    return {k: re.compile(v, re.I) for k, v in lexicon()["contract_revenue"].items()}


def _governed_zh(r: dict[str, re.Pattern], text: str, start: int, q) -> bool:
    before = text[start:q.start]
    if r["period_zh"].search(before):
        return False
    if any(r["link_zh"].match(before[m.end():]) for m in r["head"].finditer(before)):
        return True
    m = r["brings_zh"].search(before)
    return m is not None and (m.group("noun") is not None
                              or r["brings_zh_noun_after"].match(text[q.end:]) is not None)


def contract_revenue(text: str, q, start: int, end: int) -> bool:
    """Whether the amount `q` in the clause `text[start:end]` is a deal's or a backlog's revenue."""
    clause = text[start:end]
    if "收入" not in clause and "营收" not in clause and "revenue" not in clause.lower():
        return False
    r = _rules()
    if "收入" in clause or "营收" in clause:
        return _governed_zh(r, text, start, q)
    before = text[start:q.start]
    if any(r["link_en"].match(before[m.end():]) for m in r["head"].finditer(before)):
        return True
    return r["tail_en"].match(text[q.end:end]) is not None
