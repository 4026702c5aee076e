"""Split an article's plain text into sentences (with code-point offsets) and clauses.

>>> [s.text for s in split_sentences("Nvidia Corp. rose 3.6%. OpenAI said so.", "en")]
['Nvidia Corp. rose 3.6%.', 'OpenAI said so.']
>>> [s.text for s in split_sentences("英伟达投资OpenAI。甲骨文上涨39%；AMD上涨。", "zh")]
['英伟达投资OpenAI。', '甲骨文上涨39%；', 'AMD上涨。']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.load.vocab import lexicon


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and where it sits in the article's plain text."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


_ZH_END = re.compile(r"[。！？!?；;…]+[”’」』）)\"']*")
_EN_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(str(a).lower() for a in lexicon()["abbreviations"])


def split_sentences(text: str, language: str) -> list[Sentence]:
    """Sentences of `text`; paragraphs (blank-line or line separated) never share one."""
    out: list[Sentence] = []
    for paragraph, (p_start, p_text) in enumerate(_paragraphs(text)):
        for start, end in _split_paragraph(p_text):
            chunk = p_text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                s = p_start + start + lead
                out.append(Sentence(len(out), paragraph, s, s + len(chunk), chunk))
    return out


def _paragraphs(text: str):
    for match in re.finditer(r"[^\n]+", text):
        yield match.start(), match.group()


def _split_paragraph(p: str) -> list[tuple[int, int]]:
    cuts = [0]
    for match in _ZH_END.finditer(p):
        cuts.append(match.end())
    abbreviations = _abbreviations()
    for match in _EN_END.finditer(p):
        if match.group()[0] != "." or not _is_abbreviation(p, match.start(), abbreviations):
            cuts.append(match.end())
    cuts = sorted(set(cuts + [len(p)]))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if p[a:b].strip()]


def _is_abbreviation(p: str, dot: int, abbreviations: frozenset[str]) -> bool:
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", p[:dot])
    if not word:
        return False
    token = word.group(1).lower()
    if token in abbreviations:
        return True
    return len(token) == 1 and p[dot - 1].isupper()  # an initial: "J. Smith"


_CLAUSE = re.compile(r"[，,；;：:]|——|\s[-–—]\s")


def clauses(sentence: str) -> list[tuple[int, int]]:
    """Offsets of the clauses of a sentence (split at commas, semicolons, colons, dashes)."""
    spans, start = [], 0
    for match in _CLAUSE.finditer(sentence):
        if match.group() == "," and _inside_number(sentence, match.start()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if sentence[a:b].strip()]


def _inside_number(s: str, i: int) -> bool:
    return 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()
