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


#: What may open a clause before its partner marker when the clause has no subject: nothing, a
#: time or a topic closed by a colon or a comma ("去年年底：", "另据悉，", "另外，"), markup.
_CLAUSE_OPENER = re.compile(r"[\s#*>_\-]*(?:[^，,：:。；！？\n⟦⟧“”\"]{1,12}[*]*[，,：:][\s*]*)?")


def elided_partner_subject(text: str, items: list[tuple[int, int, list[str]]]) -> int | None:
    """Where the slot of a clause's unspoken subject goes outside an interview ("去年年底：同X订立
    GPU租赁协议", "另外，跟Y签下一份…意向书"): the partner marker that opens the sentence (after a
    short time or topic opener) with the partner the sentence's only firm and a signing verb just
    after it; `items` are the firm slots of `text` (start, end, IRIs)."""
    if not items or len({i for _, _, iris in items for i in iris}) != 1:
        return None
    at = implied_partner_subject(text, [(a, b) for a, b, _ in items])
    if at is None or not _CLAUSE_OPENER.fullmatch(text, 0, at):
        return None
    opener = text[:at]
    return None if any(w in opener for w in lexicon()["zh_elided_opener_not"]) else at


def headline_only_firm(text: str, firms) -> str | None:
    """The one firm a headline names, wherever it stands in it ("复盘：X这一年的算力账"), or None
    when it names none or several; `firms` are the article's firm mentions in order."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    named = {m.iri for m in firms if m.end <= end}
    return next(iter(named)) if len(named) == 1 else None
