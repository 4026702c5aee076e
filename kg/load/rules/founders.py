"""Founders told by a participle or a relative phrase next to the firm, not by a post title:
"Tarn Ridge, the private-equity firm founded by Helen Obi", "Zephyr, founded by former research
scientist Leo Hartigan", "埃隆·马斯克创办的人工智能公司xAI".

Only the firm right beside the phrase is the founded firm: the firm the participle follows (no
clause break between, English), or the first firm within a short description after 创办的 (Chinese).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Post
from kg.load.rules.entities import Entities, Mention
from kg.load.rules.patterns import alternation
from kg.load.rules.person_names import EN_NAME
from kg.load.text.sentences import Sentence


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """"founded by [up to four lower-case words] Name Surname" (the words describe the person);
    "X创办的人工智能公司Y" (the firm follows within a short description). Words: core.yaml
    ``founded_by``."""
    from kg.load.vocab import lexicon

    words = lexicon()["founded_by"]
    alt = {lang: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                          sorted(ws, key=len, reverse=True)) for lang, ws in words.items()}
    en = re.compile(rf"\b(?:{alt['en']})\s+(?:(?:the\s+|its\s+|their\s+)?[a-z][\w-]*,?\s+){{0,4}}?"
                    rf"(?P<name>{EN_NAME})")
    return en, re.compile(alt["zh"])


@lru_cache(maxsize=1)
def _founded_it() -> tuple[re.Pattern, re.Pattern]:
    """"Her chief executive, Rui Matos, founded the company in 2019": the person founded the firm
    the sentence is about (a post told in the same sentence says which); and the clause break that
    keeps "founded by" from a firm before it. Words: core.yaml ``founded_it``."""
    from kg.load.vocab import lexicon

    w = {k: alternation(v) for k, v in lexicon()["founded_it"].items()}
    founded_it = re.compile(rf"(?P<name>{EN_NAME}),?\s+(?:who\s+)?(?:also\s+)?"
                            rf"(?:{w['verbs']})\s+(?:the\s+(?:{w['objects']})|it)\b")
    clause_break = re.compile(rf"[.;:；。：]|,\s+(?:{w['break_conjunctions']})\s")
    return founded_it, clause_break


#: An unseen name right before 创办的, after 由 or a clause start ("由林若溪创办的"): a common surname
#: and one or two more characters, or a transliterated name with "·".
_ZH_NAME = re.compile(r"(?:^|由|[，,])([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,3})$")


def founder_posts(s: Sentence, ents: Entities, firms: list[Mention], people: list[Mention],
                  person_iri, topic: str | None = None, told: list[Post] = ()) -> list[Post]:
    """The Founder posts a sentence tells by "founded by X" / "X创办的Y" / "X founded the
    company" (the firm of X's other post in the sentence, else the topic firm)."""
    out = []
    founded_it, clause_break = _founded_it()
    for m in founded_it.finditer(s.text):
        name = m.group("name")
        at = m.start("name")
        known = next((p for p in people if p.start - s.start == at), None)
        iri = known.iri if known else person_iri(name)
        firm = next((p.firm for p in told if p.person == iri), topic)
        if firm is not None:
            out.append(Post(iri, known.name if known else name, firm, "Founder", s,
                            "post.founded_it", known=known is not None))
    en, zh = _patterns()
    for m in en.finditer(s.text):
        before = [f for f in firms if f.end - s.start <= m.start()
                  and m.start() - (f.end - s.start) <= 80
                  and not clause_break.search(s.text, f.end - s.start, m.start())]
        if not before:
            continue
        name = m.group("name")
        at = m.start("name")
        if any(f.start - s.start <= at < f.end - s.start for f in firms):
            continue               # "set up by the developer Ashgrove Digital": a firm, no person
        known = next((p for p in people if p.start - s.start == at), None)
        iri = known.iri if known else person_iri(name)
        out.append(Post(iri, known.name if known else name, before[-1].iri, "Founder", s,
                        "post.founded_by", known=known is not None))
    for m in zh.finditer(s.text):
        known = next((p for p in people if p.end - s.start == m.start()), None)
        after = [f for f in firms if 0 <= f.start - s.start - m.end() <= 12
                 and not re.search(r"[，,。；;]", s.text[m.end():f.start - s.start])]
        name = known.name if known else _zh_name(s.text[max(0, m.start() - 16):m.start()])
        if not name or not after or any(f.start - s.start < m.start() <= f.end - s.start
                                        for f in firms):
            continue
        iri = known.iri if known else person_iri(name)
        out.append(Post(iri, name, after[0].iri, "Founder", s, "post.founded_by",
                        known=known is not None))
    return out


def _zh_name(before: str) -> str | None:
    from kg.load.vocab import lexicon

    m = _ZH_NAME.search(before)
    if m is None:
        return None
    name = m.group(1)
    return name if "·" in name or name[0] in (lexicon().get("zh_surnames") or "") else None
