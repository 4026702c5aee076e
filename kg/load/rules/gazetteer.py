"""The gazetteer: every name (rdfs:label, skos:altLabel, both languages) of the reference entities.

Built once per process from ``ontology/reference/*.ttl`` (rebuilt if the files change). Latin
names match case-insensitively on word boundaries and tolerate spacing ("Open AI", "OpenAI",
"TheInformation"); Chinese names match as substrings; the longest name wins.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg import paths
from kg.errors import LoadError

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DG = "https://w3id.org/dealgraph/ontology#"
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Entity:
    """A reference entity: IRI, English label, kind (firm, person, publisher), its types."""

    iri: str
    label: str
    kind: str
    types: frozenset[str]
    labels: tuple[tuple[str, str], ...] = ()     # (language, rdfs:label) pairs

    def label_in(self, language: str) -> str:
        """The rdfs:label in `language`, else the English one."""
        return next((v for lang, v in self.labels if lang == language), self.label)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    entity: Entity


class Gazetteer:
    """Names → reference entities, with one compiled matcher."""

    def __init__(self, names: dict[str, Entity],
                 posts: dict[str, tuple[tuple[str, str], ...]] | None = None):
        self.entities = {e.iri: e for e in names.values()}
        #: person IRI -> the (firm IRI, dg role local name) posts the reference data gives them
        self.posts = posts or {}
        self._by_key = {name_key(n): e for n, e in names.items()}
        ordered = [n for n in sorted(names, key=len, reverse=True) if len(n) >= 2]
        self._regex = re.compile(_alternation(ordered), re.IGNORECASE) if ordered else None

    def lookup(self, name: str) -> Entity | None:
        return self._by_key.get(name_key(name))

    def find(self, text: str) -> list[Hit]:
        if self._regex is None:
            return []
        hits = []
        for m in self._regex.finditer(text):
            found = m.group()
            entity = self._by_key.get(name_key(found))
            if entity is None:
                continue
            first = found[0]
            if first.isalpha() and first.isascii() and first.islower() and not _exact(found, entity):
                continue  # "oracle" in running text is a word, "Oracle" the firm
            hits.append(Hit(m.start(), m.end(), found, entity))
        return hits


def _exact(found: str, entity: Entity) -> bool:
    return found.replace(" ", "") == entity.label.replace(" ", "")


def name_key(name: str) -> str:
    """Spacing- and case-insensitive key: 'Open AI' and 'OpenAI' are one name."""
    return re.sub(r"[\s.,·・]+", "", name).casefold()


def _alternation(ordered: list[str]) -> str:
    """One alternation of the names' patterns (longest first: the first that matches wins),
    grouped by first character behind lookaheads: ``(?=[ab])(?:(?=a)(?:a1|a2)|(?=b)(?:b1))``.

    It matches exactly what the flat alternation matches (three times faster): every pattern
    starts by consuming its name's first character, so a position no name's first character
    matches is passed over at once, and at most one group's lookahead admits a character (the
    groups' first characters differ case-insensitively), inside which the order is kept. Names
    whose first character could break that (optional, or a non-ASCII letter with case) keep
    the flat alternation."""
    if any(n[0] in ".," or n[0].isspace() or not (n[0].isascii() or n[0].lower() == n[0].upper())
           for n in ordered):
        return "|".join(_pattern(n) for n in ordered)
    groups: dict[str, list[str]] = {}
    for n in ordered:
        groups.setdefault(n[0].lower(), []).append(n)
    return f"(?=[{_chars(n[0] for n in ordered)}])(?:" + "|".join(
        f"(?=[{_chars(n[0] for n in names)}])(?:" + "|".join(_pattern(n) for n in names) + ")"
        for names in groups.values()) + ")"


def _chars(chars) -> str:
    """The body of a character class holding `chars`."""
    return "".join(re.escape(c) for c in sorted(set(chars)))


def _pattern(name: str) -> str:
    pieces = []
    for i, ch in enumerate(name):
        if ch.isspace():
            pieces.append(r"\s*")
            continue
        if ch in ".,":
            pieces.append(re.escape(ch) + "?")
            continue
        if i and name[i - 1].islower() and ch.isupper():
            pieces.append(r"\s?")  # OpenAI ~ Open AI, CoreWeave ~ Core Weave
        pieces.append(re.escape(ch))
    body = "".join(pieces)
    if _LATIN.search(name[0]):
        body = r"(?<![A-Za-z0-9])" + body
    if _LATIN.search(name[-1]) or name[-1].isdigit():
        body = body + r"(?![A-Za-z0-9])"
    return "(?:" + body + ")"


def _kind(types: set[str]) -> str:
    if DG + "Person" in types:
        return "person"
    if DG + "Publisher" in types:
        return "publisher"
    return "firm"


def build(files: list[Path]) -> Gazetteer:
    labels: dict[str, list[tuple[str, str, str]]] = {}
    types: dict[str, set[str]] = {}
    memberships: dict[str, dict[str, str]] = {}
    for path in files:
        try:
            with open(path, "rb") as handle:
                triples = list(ox.parse(handle, format=ox.RdfFormat.TURTLE))
        except (OSError, SyntaxError) as exc:
            raise LoadError(f"cannot read reference data {path}: {exc}") from exc
        for t in triples:
            if not isinstance(t.subject, ox.NamedNode):
                continue
            s, p = t.subject.value, t.predicate.value
            if p == RDF_TYPE and isinstance(t.object, ox.NamedNode):
                types.setdefault(s, set()).add(t.object.value)
            elif p in (LABEL, ALT) and isinstance(t.object, ox.Literal):
                labels.setdefault(s, []).append((p, t.object.language or "", t.object.value))
            elif p in _MEMBERSHIP_PARTS and isinstance(t.object, ox.NamedNode):
                memberships.setdefault(s, {})[p] = t.object.value
    names: dict[str, Entity] = {}
    for iri, values in labels.items():
        kinds = types.get(iri, set())
        if not kinds & {DG + "Firm", DG + "Person", DG + "Publisher"}:
            continue
        main = next((v for p, lang, v in values if p == LABEL and lang == "en"),
                    values[0][2])
        entity = Entity(iri, main, _kind(kinds),
                        frozenset(k[len(DG):] for k in kinds if k.startswith(DG)),
                        tuple(sorted((lang, v) for p, lang, v in values if p == LABEL)))
        for _, _, value in values:
            names.setdefault(value, entity)
    return Gazetteer(names, _posts(memberships))


#: The parts of a reference dg:Membership: who, where, which post.
_MEMBERSHIP_PARTS = (DG + "member", DG + "organization", DG + "role")


def _posts(memberships: dict[str, dict[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Person IRI -> (firm IRI, role local name) of the reference memberships ("Colette Kress,
    CFO of Nvidia")."""
    out: dict[str, list[tuple[str, str]]] = {}
    for parts in memberships.values():
        if len(parts) == len(_MEMBERSHIP_PARTS):
            out.setdefault(parts[DG + "member"], []).append(
                (parts[DG + "organization"], parts[DG + "role"][len(DG):]))
    return {person: tuple(found) for person, found in out.items()}


@lru_cache(maxsize=2)
def _cached(key: tuple[tuple[str, float], ...]) -> Gazetteer:
    return build([Path(p) for p, _ in key])


_CHECK_EVERY = 1.0   # seconds between looks at the reference files' modification times
_last: list = [0.0, None, None]   # checked at, gazetteer, DEALGRAPH_HOME then


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer of the reference files (rebuilt when they change).

    Extraction asks for it many times per article; the files are listed and stat'ed at most once
    a second (a glob and a stat per call cost more than the rest of a short article)."""
    now, where = time.monotonic(), os.environ.get("DEALGRAPH_HOME")
    if _last[1] is None or now - _last[0] > _CHECK_EVERY or where != _last[2]:
        files = paths.reference_files()
        _last[1] = _cached(tuple((str(f), f.stat().st_mtime) for f in files))
        _last[0], _last[2] = now, where
    return _last[1]
