"""What a bare 公司 (the subject of a Chinese clause) means when no 以下简称 defines it: the firm
the paragraph is about — the firm that opened an earlier sentence of the same paragraph as its
subject ("X午后涨停。消息面上，公司盘中公告与Y签署…": 公司 is X, not a firm another paragraph
is about) — else the article's announcer, else the firm its headline opens with ("X：签约…大单" …
"第一份公告显示，公司与Y签订…").

A sentence's subject is its first firm when only a short opener stands before it (a time, a place
or a topic phrase closed by a comma: "11月21日，X…", "电力板块中，X…"), or a description of it
("港股上市云服务商X…").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.announcer import bare_company, covered_en, covered_zh
from kg.load.rules.entities import Entities
from kg.load.rules.slots import absorb_role
from kg.load.rules.zh_pronoun_subject import it_spans
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

#: A short opener before a sentence's subject: a phrase closed by a comma or colon (no firm, no
#: sentence break inside), a heading marker, a conjunction (但X…).
_OPENER = re.compile(r"\s*(?:[#*>\s]*)(?:[^，,：:。；！？\n⟦“”\"]{1,14}[，,：:]\s*)?"
                     r"(?:但|而|不过|同时|此外|另外|并且|且)?$")


def _opening_firm(s: Sentence, ents: Entities):
    """The first firm mention of `s` when it opens the sentence as its subject, or None; a
    heading ("**X长约打底。**", "# X：…") has no subject."""
    if s.text.lstrip().startswith(_HEADINGS):
        return None
    first = min(ents.firms_in(s.start, s.end), key=lambda m: m.start, default=None)
    if first is None:
        return None
    at = absorb_role(s.text, first.start - s.start)
    opener = s.text[:at]
    described = at < first.start - s.start   # a role word before the name ("云服务商X")
    return first if _OPENER.match(opener) or described and _MODIFIERS.fullmatch(opener) else None


def sentence_subject(s: Sentence, ents: Entities) -> str | None:
    """The firm sentence `s` opens with as its subject, or None."""
    first = _opening_firm(s, ents)
    return first.iri if first is not None else None


@lru_cache(maxsize=1)
def _defines() -> re.Pattern:
    return re.compile(lexicon()["announcer_zh"]["defines"])


def article_company(text: str, ents: Entities) -> str | None:
    """The firm an article calls 公司 throughout: the one it defines so ("X（以下简称“公司”）"), else
    the one a research note's title covers ("X（688807）点评：…")."""
    if "简称" in text or "下称" in text:
        for m in ents.mentions:
            if m.kind == "firm" and _defines().match(text, m.end):
                return m.iri
    return covered_zh(text, ents) or covered_en(text, ents)


def company_referent(s: Sentence, ents: Entities, paragraph_subject: str | None,
                     announcer: str | None, headline: str | None,
                     defined: str | None = None) -> str | None:
    """The firm a bare 公司 of sentence `s` means: the sentence's own subject when a clause of
    its own stands before the 公司 ("X方面，公司另与…", "X首席财务官Y告诉记者，公司刚完成…"), else
    the firm the article defines as 公司 (`article_company`), else the paragraph's, the
    announcer's or the headline's firm (see the module's docstring)."""
    if "公司" not in s.text:
        return None
    first = _opening_firm(s, ents)
    if first is not None:
        bare = next((a for a, _ in bare_company(s.text) if a >= first.end - s.start), None)
        if bare is not None and _CLAUSE_BREAK.search(s.text, first.end - s.start, bare) \
                and not ents.firms_in(first.end, s.start + bare):
            return first.iri
    return defined or paragraph_subject or announcer or headline


def it_referent(s: Sentence, ents: Entities, paragraph_subject: str | None) -> str | None:
    """The firm a subject 它 of sentence `s` means ("X自己不建机房，它与Y签订了…合同"): the firm
    that opens the sentence before a clause break, else the paragraph's subject; None when the
    sentence has no subject 它."""
    if "它" not in s.text:
        return None
    spans = it_spans(s.text)
    if not spans:
        return None
    first = _opening_firm(s, ents)
    if first is not None and first.end - s.start <= spans[0][0]:
        return first.iri if _CLAUSE_BREAK.search(s.text, first.end - s.start, spans[0][0]) \
            and not ents.firms_in(first.end, s.start + spans[0][0]) else None
    return paragraph_subject


def zh_headline_firm(text: str, ents: Entities, headline: str | None) -> str | None:
    """The firm a Chinese headline opens with, also after a column label ("公告解读｜X拟…",
    "快讯｜X获…"); `headline` is the firm found with no label."""
    if headline is not None:
        return headline
    first = next((m for m in ents.mentions if m.kind == "firm"), None)
    return first.iri if first is not None and _LABEL.fullmatch(text, 0, first.start) else None


#: A column label before a headline's first firm.
_LABEL = re.compile(r"[#*\s]*[\u4e00-\u9fff]{2,8}\s*[｜|丨]\s*")
#: A few words modifying a role word before the name ("港股上市云服务商X", "国内大模型公司Y").
_MODIFIERS = re.compile(r"\s*[^，,：:。；！？\n⟦“”\"]{0,6}")
#: What opens a heading line rather than a sentence.
_HEADINGS = ("**", "#", "【")
_CLAUSE_BREAK = re.compile(r"[，,：:]")
