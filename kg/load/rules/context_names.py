"""Unseen English firm names that carry no organisation suffix, told by a context only a firm
has: a post or a possession after its genitive ("Stillmoor's finance chief", "Kestrel's
annualized revenue"), its stock moving ("Aster stock climbed 12%"), a post before it ("the Kestrel
chief executive", "chief executive of Tarrow"), a deal verb in the perfect ("Tollund has signed")
or a predicate noun ("Tollund is an AI start-up based in Denmark").

A name found so counts only when it recurs in the article (the context alone may mislead once),
is not a person's surname ("Leo Marchetti … Marchetti's") and, when a longer capitalised run
starting with it occurs ("Ravelin Micro" beside "Ravelin stock jumped"), the longer run is the
name. Words are in ``firm_context_en`` (lexicon/core.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.latin import LATIN, WORD, standalone
from kg.load.vocab import lexicon

_RUN = rf"(?<!{LATIN})(?<![-&.]){WORD}(?: +{WORD}){{0,2}}"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    lex = lexicon()
    ctx = lex["firm_context_en"]
    posts = [w for words in lex["posts"].values() for w in words if w.isascii()]
    owned = _alt([*ctx["possessions"], *posts])
    post = _alt(posts)
    move = f"{lex['move_up']}|{lex['move_down']}"
    return (
        re.compile(rf"(?P<name>{_RUN})(?:'s|’s) +(?:[a-z][\w-]* +)?(?:{owned})\b"),
        re.compile(rf"(?P<name>{_RUN}) +(?:stock|shares|share price) +(?:\w+ +)?(?:{move})\b"),
        re.compile(rf"\b(?:[Tt]he|[Aa]) +(?P<name>{_RUN}) +(?:{post})\b"),
        re.compile(rf"\b(?:{post}) +(?:of|at) +(?P<name>{_RUN})"),
        re.compile(rf"\b(?:[Ss]hares|[Ss]tock) +(?:of|in) +(?P<name>{_RUN})"),
        re.compile(rf"(?P<name>{_RUN}) +ha(?:s|d|ve) +(?:\w+ +)?(?:{_alt(ctx['perfect_verbs'])})\b"),
        re.compile(rf"(?P<name>{_RUN}) +is +(?:a|an) +(?:[\w-]+ +){{0,3}}?"
                   rf"(?:{_alt(ctx['predicate_nouns'])})\b"),
    )


@lru_cache(maxsize=1)
def _mover_pattern() -> re.Pattern:
    """A capitalised run opening a sentence or a clause as the subject of a move verb with its
    percentage ("Helix Fabric closed up 7.8%", "Elsewhere, Stratos Memory gained 3.3%")."""
    lex = lexicon()
    verbs = _alt([*lex["move_up"].split("|"), *lex["move_down"].split("|"),
                  *lex["firm_context_en"]["move_verbs_extra"]])
    return re.compile(rf"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s)|(?<=\bwhile\s))"
                      rf"(?P<name>{_RUN}) +(?:{verbs}) +(?:as much as +|about +|nearly +|almost +|"
                      rf"more than +|another +|a further +)?\d+(?:\.\d+)? *(?:%|percent\b|per cent\b)",
                      re.M)


def _mover_names(text: str, stopwords: frozenset[str]):
    """(start, name) of each run of two words or more a move tells (`_mover_pattern`), not a
    market's (`not_mover_words`)."""
    not_firm = frozenset(lexicon()["firm_context_en"]["not_mover_words"])
    for m in _mover_pattern().finditer(text):
        words = m.group("name").split()
        if len(words) >= 2 and not any(w in stopwords or w in not_firm for w in words):
            yield m.start("name"), m.group("name")


def _own(run: str) -> str:
    """The name before a genitive inside a run ("Ironbark Cloud's Platte" → "Ironbark Cloud")."""
    return re.split(r"['’]s\b", run)[0]


def _longer_run(text: str, name: str, stopwords: frozenset[str],
                titles: list[tuple[int, int]]) -> tuple[str, int] | None:
    """'Ravelin Micro' where the context named 'Ravelin': the longest capitalised run starting
    with the name (up to three words), if one occurs: (name, start). The run ends before a stop
    word or a post ("Karsten CEO Elena Varga", "Halvard Chief Executive Officer …": the firm is
    Karsten, Halvard), and a run only a title-case headline holds is no name ("… Backed by Chips
    and Lumora Contract")."""
    posts = _post_words()
    best = None
    for m in re.finditer(rf"(?<!{LATIN}){re.escape(name)}(?: +{WORD}){{1,2}}", text):
        if any(a <= m.start() < b for a, b in titles):
            continue
        words = _own(m.group()).split()
        cut = next((i for i, w in enumerate(words) if i and (w in stopwords or w.casefold() in posts)),
                   len(words))
        run = " ".join(words[:cut])
        if run.startswith(name + " ") and (best is None or len(run) > len(best[0])):
            best = (run, m.start())
    return best


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """Single words of the English posts ("Chief", "Executive", "CEO"), case-folded."""
    return frozenset(w.casefold() for words in lexicon()["posts"].values() for p in words
                     if p.isascii() for w in p.split())


_LINE = re.compile(r"[^\n]+")
_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def title_lines(text: str) -> list[tuple[int, int]]:
    """Spans of title-case lines (headlines: every word of four letters or more capitalised,
    at least four such words), where a capitalised run names nothing by its capitals."""
    out = []
    for m in _LINE.finditer(text):
        words = _LONG_WORD.findall(m.group())
        if len(words) >= 4 and all(w[0].isupper() for w in words):
            out.append(m.span())
    return out


def _surname(text: str, name: str, stopwords: frozenset[str]) -> bool:
    """'Leo Marchetti … Marchetti's': a word after another capitalised word (no stop word) is
    part of a longer name (a person's, or a firm's the suffix rules find)."""
    return any(m.group(1) not in stopwords
               for m in re.finditer(rf"({WORD}) +{re.escape(name)}(?!{LATIN})", text))


def _recurs(name: str, text: str) -> bool:
    """The name stands (as a whole word) at least twice in the text."""
    found = standalone(re.compile(re.escape(name)), text, after_ampersand=True)
    return next(found, None) is not None and next(found, None) is not None


def context_names(text: str, stopwords: frozenset[str]):
    """(start, end, name, None) for each unseen name a firm-only context tells."""
    found: dict[str, tuple[int, int]] = {}
    titles = title_lines(text)
    for pattern in _patterns():
        for m in pattern.finditer(text):
            name = _own(m.group("name"))
            words = name.split()
            if any(w in stopwords for w in words) or name.isupper():
                continue
            if name in found or not _recurs(name, text):
                continue
            if len(words) == 1:
                if _surname(text, name, stopwords):
                    continue
                longer = _longer_run(text, name, stopwords, titles)
                if longer is not None:
                    found.setdefault(longer[0], (longer[1], longer[1] + len(longer[0])))
                    continue
            found[name] = (m.start("name"), m.start("name") + len(name))
    for a, name in _mover_names(text, stopwords):
        found.setdefault(name, (a, a + len(name)))
    for name, (a, b) in found.items():
        yield a, b, name, None
