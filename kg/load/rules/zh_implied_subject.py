"""The interviewee as the unspoken subject of a Chinese answer's deal: an answer may tell a deal
with its partner and no subject at all ("最大的一笔是和X签的五年期合同", "另一笔是同Y签下的框架协议",
"去年跟Z签署的合同还在履行"). A partner marker (与/和/同/跟) with no firm before it in the sentence,
a firm right after it and a signing verb just after that firm (``zh_partner_sign_verbs`` in
core.yaml) has the interviewee's firm as its other party: the slot goes at the marker.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon

_MARKERS = ("与", "和", "同", "跟")
#: How far after the partner a signing verb may stand ("和X在9月签了", "同Y正式签署").
_VERB_REACH = 8


@lru_cache(maxsize=1)
def _sign_after() -> re.Pattern:
    verbs = "|".join(map(re.escape, lexicon()["zh_partner_sign_verbs"]))
    return re.compile(rf"[^。；，,⟦⟧]{{0,{_VERB_REACH}}}?(?:{verbs})")


def implied_partner_subject(text: str, spans: list[tuple[int, int]]) -> int | None:
    """Where the interviewee's slot goes in answer sentence `text` (the offset of the partner
    marker), or None; `spans` are the firm spans already slotted in it."""
    if not spans or not any(m in text for m in _MARKERS):
        return None
    a, b = min(spans)
    at = a - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    if at < 0 or text[at] not in _MARKERS:
        return None
    return at if _sign_after().match(text, b) else None
