"""Amounts that break a total down (issue 10, fourteenth pass).

"X完成180亿美元票据发行，共六个品种：2030年到期30亿美元、…以及2065年到期20亿美元", "raised $5bn
from three banks: $2bn from A, $2bn from B and $1bn from C": after a colon, a list of two or more
amounts that follows an amount told before the colon is that total's parts — no deal's own figure
(and no twin deal of the frame the total went to).
"""
from __future__ import annotations

import re

_COLON = re.compile(r"(?<!\d)[:：]")


def breakdown_part(text: str, q, quantities) -> bool:
    """Is USD amount `q` one of two or more amounts listed after a colon that closes a stretch
    holding an earlier amount (the total)?"""
    if ":" not in text and "：" not in text:
        return False
    colon = None
    for m in _COLON.finditer(text, 0, q.start):
        colon = m
    if colon is None:
        return False
    at = colon.start()
    before = [r for r in quantities if r.unit == "USD" and r.end <= at]
    after = [r for r in quantities if r.unit == "USD" and r.start >= colon.end()]
    return bool(before) and len(after) >= 2 and q in after
