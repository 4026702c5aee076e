"""A total told beside its parts ("a $38bn package: $23.25bn for one site, $14.75bn for the
other"; three contracts of $11.9bn, $4bn and $6.5bn "total $22.4bn"; 两笔贷款合计380亿美元): when
an article gives two deals or more of one kind between the same parties, each with its own
amount, and a deal of that kind and those parties is also told with an amount that is their sum
(within 1%), that amount is the total of the parts, no deal's figure, and is dropped from the
frame that carries it (its other figures stay). Parts of another kind or of other parties, a
single other amount (a total needs two parts), and amounts that do not add up leave every figure
as told."""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from kg.load.extraction import Frame

_TOLERANCE = Decimal("0.01")
_MOST_PARTS = 3


def _key(f: Frame):
    return f.family, frozenset((r, frozenset(v)) for r, v in f.roles.items() if v)


def without_summed_totals(frames: list[Frame]) -> list[Frame]:
    """`frames`, the amount dropped from each that is the sum of others' (module docstring)."""
    groups: dict[object, list[Frame]] = {}
    for f in frames:
        if f.is_fact and "amountUSD" in f.figures and f.figures["amountUSD"].value:
            groups.setdefault(_key(f), []).append(f)
    for group in groups.values():
        values = sorted({f.figures["amountUSD"].value for f in group})
        if len(values) < 3:
            continue
        totals = set()
        for total in values:
            smaller = [v for v in values if v < total]
            if any(abs(sum(c) - total) <= total * _TOLERANCE
                   for n in range(2, min(_MOST_PARTS, len(smaller)) + 1)
                   for c in combinations(smaller, n)):
                totals.add(total)
        for f in group:
            if f.figures["amountUSD"].value in totals and not _further(f.sentence.text):
                del f.figures["amountUSD"]
    return frames


#: A deal told as one more of its kind ("agreed to lend a further $3bn", "a new $3bn contract",
#: 再向…提供30亿美元新贷款): its own deal, whose figure may equal the earlier ones' sum by chance
#: (review of 99a6781).
_FURTHER = re.compile(r"\b(?:a|an)\s+(?:further|new|additional|fresh)\b|\banother\b"
                      r"|再(?:向|与|次|度|获|提供|签)|又(?:向|与|获|提供|签)|新增|追加|新一笔|新贷款|新合同",
                      re.IGNORECASE)

#: A total told as such ("in total", "combined", 合计): the sum stays a total even beside "another".
_TOTAL = re.compile(r"\b(?:in total|totall?ing|combined|together|in all|altogether|bringing)\b"
                    r"|合计|总计|共计|累计|总额|一共|加起来", re.IGNORECASE)


def _further(text: str) -> bool:
    """Is the sentence's deal told as one more of its kind, and not as a total?"""
    return bool(_FURTHER.search(text)) and not _TOTAL.search(text)
