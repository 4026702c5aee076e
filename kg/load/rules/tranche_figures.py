"""A figure of one tranche of an issue is no figure of the issue (issue 10, twentieth pass).

A bond sold in several series is told with the tenor or the size of one of them: "in up to seven
parts with a 40-year piece talked at 165 basis points", "a 30-year tranche", 最长40年期, 其中40年期
品种票面利率为6.10%, 其中2035年到期的一档规模最大，为40亿美元. Such a figure sizes one series,
not the issue (the issue's term is none; its amount is the total told beside it), so it is taken
out of the sentence's figures before any deal rule sees it. Read: a term right before a tranche
noun ("-year piece", 年期品种, 年期的一档) or right after a longest/shortest word (最长, "the
longest"); an amount in a clause that 其中 opens on a tranche noun (其中…一档…为N), or told "of the
N-year tranche". Left alone: a term or an amount of the issue itself ("$18bn of notes in six
series", "a 10-year bond", 期限5年), a tranche noun of a loan ("a $2bn term loan B tranche" keeps
its amount: no 其中, no "of the"), and any sentence that tells no bond or notes issue (``issue``: a
supply deal's "最长可达10年", a round's "$200m of the Series C"). Words are in ``lexicon/cues.yaml`` (``tranche_figure``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon

#: how far before an amount a 其中 clause naming a tranche may open
_CLAUSE_REACH = 36


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, ...]:
    spec = lexicon()["tranche_figure"]
    return tuple(re.compile(spec[k], re.I) for k in
                 ("gate", "issue", "years_after", "years_before", "amount_clause", "amount_after"))


def without_tranche_figures(text: str, quantities: list) -> list:
    """`quantities` of sentence `text` without the terms and amounts of one tranche."""
    gate, issue, years_after, years_before, amount_clause, amount_after = _rules()
    if not quantities or gate.search(text) is None or issue.search(text) is None:
        return quantities

    def of_tranche(q) -> bool:
        if q.unit == "years":
            return years_after.match(text, q.end) is not None \
                or years_before.search(text[max(0, q.start - 12):q.start]) is not None
        if q.unit == "USD":
            return amount_after.match(text, q.end) is not None \
                or amount_clause.search(text[max(0, q.start - _CLAUSE_REACH):q.start]) is not None
        return False

    return [q for q in quantities if not of_tranche(q)]
