"""Deal roles named as descriptions: "The lender, a private credit fund, holds the warrant",
"Last year the lessor's revenue climbed to $410m", "该借款方的营收": a role noun after "the"
(该/这家/其 in Chinese) means the firm that holds that role in the latest deal told before it,
when one firm holds it. Words are in ``role_descriptions`` (lexicon/core.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities, role_type, rules
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    role_of: dict[str, str] = {}
    for role, by_lang in lexicon()["role_descriptions"].items():
        for words in by_lang.values():
            role_of.update((w.casefold(), role) for w in words)
    en = "|".join(re.escape(w) for w in sorted(role_of, key=len, reverse=True) if w.isascii())
    zh = "|".join(re.escape(w) for w in sorted(role_of, key=len, reverse=True) if not w.isascii())
    return re.compile(rf"\b[Tt]he\s+(?P<en>{en})\b(?!\s+(?:of|to|for)\b)|(?:该|这家|其)(?P<zh>{zh})"), role_of


def role_descriptions(s: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, role) of each role description in the sentence (offsets in the sentence)."""
    regex, role_of = _pattern()
    return [(m.start(), m.end(), role_of[(m.group("en") or m.group("zh")).casefold()])
            for m in regex.finditer(s.text)]


def role_referent(frames: list[Frame], s: Sentence, at: int, role: str) -> str | None:
    """The one firm in `role` of the latest deal told before offset `at` of sentence `s`."""
    for f in reversed(frames):
        if f.sentence.index > s.index or (f.sentence.index == s.index and f.span[0] >= at):
            continue
        firms = f.roles.get(role) or []
        if len(firms) == 1:
            return firms[0]
    return None


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    alt = "|".join(re.escape(p) for p, _ in rules().roles if p.isascii())
    return re.compile(rf",\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<role>(?i:{alt}))\s*[,;]")


def type_role_appositions(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> None:
    """'Sable has borrowed $1.5bn from Kerrigan Partners. The lender, a private credit fund, …':
    the role apposition types the firm the role description means."""
    for s in sentences:
        for a, b, role in role_descriptions(s):
            m = _apposition().match(s.text, b)
            type_name = role_type(m.group("role")) if m else None
            iri = role_referent(frames, s, a, role) if type_name and type_name != "Firm" else None
            if iri is not None:
                ents.add_type(iri, type_name, (s.start + m.start("role"), s.start + m.end("role")))


def type_descriptions_by_role(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> None:
    """'Sable AI will take 2 GW of accelerators from Ravelin Micro, and the chipmaker is giving the
    AI developer a warrant': two typed descriptions, two untyped firms; each description types the
    firm that holds a role of its type (``type_roles``) in the sentence's deal, when exactly one
    does and that firm has no type yet."""
    table = lexicon().get("type_roles") or {}
    here: dict[int, list[Frame]] = {}
    for f in frames:
        here.setdefault(f.sentence.index, []).append(f)
    for s in sentences:
        deals = here.get(s.index)
        if not deals:
            continue
        for m in _typed_description().finditer(s.text):
            type_name = role_type(m.group("role"))
            roles = table.get(type_name or "", ())
            fits = {i for f in deals for r in roles for i in f.roles.get(r, ())
                    if i not in ents.known and not ents.types.get(i)}
            if len(fits) == 1:
                ents.add_type(fits.pop(), type_name, (s.start + m.start("role"), s.start + m.end("role")))


@lru_cache(maxsize=1)
def _typed_description() -> re.Pattern:
    alt = "|".join(re.escape(p) for p, t in rules().roles if p.isascii() and t != "Firm")
    return re.compile(rf"\b(?:the|this)\s+(?P<role>(?i:{alt}))\b")
