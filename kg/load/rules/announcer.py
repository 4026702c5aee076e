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
    announces = _rules()[0]
    for m in ents.mentions:
        if m.kind == "firm" and announces.match(text, m.end):
            return m.iri
    return covered_zh(text, ents)


def covered_zh(text: str, ents: Entities) -> str | None:
    """The first firm a research note covers (首次覆盖X, X（首次覆盖）, X（买入）)."""
    _, _, covered_before, covered_after = _rules()
    for m in ents.mentions:
        if m.kind == "firm" and (covered_after.match(text, m.end)
                                 or covered_before.search(text, max(0, m.start - 16), m.start)):
            return m.iri
    return None


def bare_company(text: str) -> list[tuple[int, int]]:
    """Spans of a bare 公司 in `text` (a sentence)."""
    return [m.span() for m in _rules()[1].finditer(text)]


@lru_cache(maxsize=1)
def _covered_en() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = lexicon()["covered_en"]
    return (re.compile(spec["ticker_after"]), re.compile(spec["research_voice"]),
            re.compile(spec["own_shares"]))


def covered_en(text: str, ents: Entities) -> str | None:
    """The firm a research note (or a story) covers: the firm its title (the first line) names
    with its ticker right after ("Veridian Semiconductor (VRDN): Pallas deal lifts our numbers",
    "曜石半导体（688807）点评：…")."""
    ticker = _covered_en()[0]
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    for m in ents.mentions:
        if m.start >= title_end:
            break
        if m.kind == "firm" and ticker.match(text, m.end):
            return m.iri
    return _rated_in_title(text[:title_end], ents)


@lru_cache(maxsize=1)
def _rating_title() -> re.Pattern:
    return re.compile(lexicon()["covered_en"]["rating_title"])


def _rated_in_title(title: str, ents: Entities) -> str | None:
    """The firm a note's title opens with when the title ends on a rating action ("X: contract
    demand strong, margins thin - maintain Buy"); not a broker opening it ("Y Securities: Z's
    leases look long; lowered to Sell": a broker names no covered firm)."""
    if not _rating_title().search(title):
        return None
    first = next((m for m in ents.mentions if m.kind == "firm" and m.start < len(title)), None)
    if first is None or title[:first.start].strip("# ") or not title.startswith(":", first.end) \
            or first.name.split()[-1] in lexicon()["covered_en"]["broker_words"]:
        return None
    return first.iri


def research_voice(text: str) -> bool:
    """A sentence in a note's own voice ("We raise our revenue forecast to …")."""
    return _covered_en()[1].search(text) is not None


def own_shares(text: str) -> bool:
    """A bare 公司 right before its shares' word ("公告次日公司股价收涨12.6%"): the shares of the
    firm the text is about."""
    return _covered_en()[2].search(text) is not None


def headline_firm(text: str, ents: Entities) -> str | None:
    """The firm a headline opens with, as its subject: the firm a story is about ("Halvorsen
    Compute lands $4.2 billion deal with Quillon AI", "Corvantis 8-K: …"), though another may be
    named more often; None when the headline opens otherwise ("从英特尔到Anthropic：…英伟达…")."""
    first = next((m for m in ents.mentions if m.kind == "firm"), None)
    if first is None or text[:first.start].strip(_HEADLINE_MARKUP):
        return None
    return first.iri


#: Markup and spacing that may come before a headline's first word.
_HEADLINE_MARKUP = " \t\n#*_>"
