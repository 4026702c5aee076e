"""Definite descriptions whose head is a firm word, outside the type lexicon ("the Japanese
carrier", "the Danish provider", "the optical-component maker", "the accelerator designer", "the
Texas landlord"): the description means the most recent firm it can describe — of the type its
head implies when one is named in reach, else the most recent firm that is not the other party
of its own clause. Heads and the words that make a description no anaphor ("the other company",
"the project company") are in ``firm_descriptions_en`` (lexicon/core.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.entities import Entities, Mention
from kg.load.rules.patterns import alternation
from kg.load.vocab import lexicon


def _heads_alternation() -> str:
    """The description heads of ``firm_descriptions_en`` as one alternation, longest first."""
    return alternation(sorted(lexicon()["firm_descriptions_en"]["heads"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _spec() -> tuple[re.Pattern, dict[str, str | None], frozenset[str]]:
    spec = lexicon()["firm_descriptions_en"]
    heads: dict[str, str | None] = dict(spec["heads"])
    alt = _heads_alternation()
    regex = re.compile(rf"\b[Tt]he\s+(?P<mods>(?:[A-Za-z][\w.'-]*\s+){{1,3}}?)(?P<head>{alt})\b"
                       rf"(?!\s+(?:{'|'.join(spec['not_after'])}|{alt})\b|-)")
    stop = frozenset(w.casefold() for w in spec["not_modifiers"])
    return regex, heads, stop


#: what ends the clause a description stands in: its other party is named inside the same clause
_CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)|\b(?:after|as|when|while|because|since|said|says|saying|"
                           r"told|added|announced|disclosed|which|who|whereby)\b")


#: a verb coordinated with the clause before, sharing its subject (", and agreed to …")
_COORDINATED = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+|has\s+|have\s+|will\s+|would\s+)*"
                          r"(?:agreed|[a-z]+ed|plans|will)\b(?=[^,;:]*$)")
_APPOSITION = re.compile(r"(?:\s+(?:Inc|Corp|Ltd|LLC|plc|Co|AB|AS|ASA|AG|SA|SE|NV|BV)\.?)?\s*,\s*")


def description_spans(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, implied type) of each firm description in a sentence's text."""
    if "the" not in text.casefold():
        return []
    regex, heads, stop = _spec()
    found = []
    for m in regex.finditer(text):
        mods = m.group("mods").split()
        if any(w.casefold() in stop or w.endswith(("'s", "’s")) for w in mods):
            continue
        found.append((m.start(), m.end(), heads[m.group("head").casefold()]))
    return found


@lru_cache(maxsize=1)
def _indefinite() -> re.Pattern:
    alt = _heads_alternation()
    return re.compile(rf"\b[Aa]n?\s+(?P<mods>(?:[A-Za-z][\w.'-]*\s+){{0,3}}?)(?P<head>{alt})\b"
                      rf"(?!\s+(?:of|that|which|who|whose|{alt})\b|-)")


@lru_cache(maxsize=1)
def _named_later() -> re.Pattern:
    spec = lexicon()["firm_descriptions_en"]
    roles = alternation(spec["named_later_roles"])
    return re.compile(rf"\s*(?:The|Its|Their)\s+(?:{roles})(?:\s*,[^,.;]{{1,80}},)?\s+"
                      rf"(?:is|was|will be|would be|turns out to be|turned out to be)\s+$")


def indefinite_span(text: str) -> tuple[int, int] | None:
    """The first indefinite firm description of a sentence ("an artificial-intelligence
    developer", "a Japanese carrier"), for a party the next sentence names."""
    if " a" not in text and not text.startswith("A"):
        return None
    stop = _spec()[2]
    for m in _indefinite().finditer(text):
        if not any(w.casefold() in stop for w in m.group("mods").split()):
            return m.span()
    return None


def names_party_later(text_before_firm: str) -> bool:
    """Whether the text before a firm's mention opens a sentence that names a deal party told
    before only by description ("The buyer is X", "The customer, people familiar said, was X")."""
    return bool(_named_later().fullmatch(text_before_firm))


def _clause(text: str, a: int, b: int) -> tuple[int, int]:
    """Sentence offsets of the clause holding text[a:b]."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, a)), default=0)
    after = _CLAUSE_BREAK.search(text, b)
    return start, after.start() if after else len(text)


def described_firm(ents: Entities, types_of, sentence_start: int, text: str, a: int, b: int,
                   floor: int, in_sentence: list[tuple[int, int, list[str]]],
                   type_name: str | None, subject_before: Mention | None) -> str | None:
    """The firm (IRI) the description text[a:b] (sentence offsets) means, or None. Candidates in
    order: the first firm of an earlier clause of its sentence ("Shares of X jumped after the
    optical-component maker said …"), the subject of the sentence before (`subject_before`), the
    firms named before it, latest first; firms of its own clause (`in_sentence`: the sentence's
    firm items) are its other party, never it. A head implying a type takes the first candidate
    of that type, when there is one."""
    if any(not text[b:x].strip() for x, y, iris in in_sentence if x >= b):
        return None     # "the Belgian telecoms group Orvia": the description introduces a name
    if any(_APPOSITION.fullmatch(text, y, a) for x, y, iris in in_sentence if y <= a):
        return None     # "Brisk Cloud Corp., the data centre builder, has …": an apposition the
        #                 relation patterns read as part of the name
    named = sorted((x, y, iris[0]) for x, y, iris in in_sentence if y <= a and len(iris) == 1)
    if len(named) >= 2 and named[-1][2] != named[0][2] \
            and _COORDINATED.search(text, named[-1][1], a):
        return named[-1][2]     # "X lined up debt for Y and agreed to take a stake in the AI
        #                         developer": the object of the clause before, not its subject
    lo, hi = _clause(text, a, b)
    other = {i for x, y, iris in in_sentence if lo <= x < hi and not a <= x < b for i in iris}
    candidates = [iris[0] for x, y, iris in sorted(in_sentence) if y <= lo and len(iris) == 1]
    if not candidates and subject_before is not None:
        candidates.append(subject_before.iri)
    before = sentence_start + a
    candidates += [m.iri for m in reversed(ents.mentions)
                   if m.kind == "firm" and floor <= m.start and m.end <= before]
    candidates = [i for i in candidates if i not in other]
    if type_name is not None:
        typed = next((i for i in candidates if type_name in types_of(ents, i)), None)
        if typed is not None:
            return typed
    return candidates[0] if candidates else None


@lru_cache(maxsize=64)
def _introduced(phrase: str) -> re.Pattern:
    # not a firm's apposition or predicate ("X, an AI lab,", "X is an AI lab")
    return re.compile(rf"(?<!,\s)(?<!\bis\s)(?<!\bas\s)(?<!\bwas\s)\b(?:an?|another|other|one|some)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?{re.escape(phrase)}s?\b", re.I)


def introduced_before(text: str, a: int, phrase: str) -> bool:
    """Whether the description `phrase` at text[a:] was introduced earlier in `text`
    (its sentence and the one before) by an indefinite phrase ("… in talks with one other AI lab;
    it did not name the lab"): the description means that, no firm named before."""
    return phrase.casefold() in text[:a].casefold() and bool(_introduced(phrase).search(text, 0, a))
