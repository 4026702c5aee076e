"""A revenue figure a contract, an order or a backlog is to bring is no metric of a period.

"the supply deal should generate more than $7 billion of revenue over its life", "its backlog of
contracted revenue reached $33 billion", 该订单对应收入约90亿元: the figure is what a deal is worth
in sales over its term (or the stock of work still to deliver), not the revenue a firm reported
or guided for a quarter or a year. The cues are `contract_revenue` in metrics.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _rule() -> re.Pattern:
    return re.compile(lexicon()["contract_revenue"], re.I)


def contract_revenue(text: str, start: int, end: int) -> bool:
    """Whether the clause `text[start:end]` tells a revenue figure as a deal's or a backlog's."""
    clause = text[start:end]
    if "收入" not in clause and "营收" not in clause and "revenue" not in clause.lower():
        return False
    return _rule().search(clause) is not None
