"""The listed firm a Chinese announcement is about ("华岭数据晚间发布公告，公司全资子公司…"): a bare
公司 anywhere in such an article means it (words in ``lexicon/core.yaml``, ``announcer_zh``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.entities import Entities
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    spec = lexicon()["announcer_zh"]
    return (re.compile(spec["announces"]), re.compile(spec["bare_company"]),
            re.compile(spec["covered_before"]), re.compile(spec["covered_after"]))


def announcer(text: str, ents: Entities) -> str | None:
    """The first firm that publishes an announcement (its name right before 发布…公告/公告称), else
    the first firm a research note covers (首次覆盖X, X（首次覆盖）)."""
    announces, _, covered_before, covered_after = _rules()
    firms = [m for m in ents.mentions if m.kind == "firm"]
    for m in firms:
        if announces.match(text, m.end):
            return m.iri
    for m in firms:
        if covered_after.match(text, m.end) or covered_before.search(text, max(0, m.start - 16),
                                                                      m.start):
            return m.iri
    return None


def bare_company(text: str) -> list[tuple[int, int]]:
    """Spans of a bare 公司 in `text` (a sentence)."""
    return [m.span() for m in _rules()[1].finditer(text)]
