"""A lease told by its tenant: a site let to a firm whose sentence names no landlord ("Proceeds
will fund a campus in Ohio leased to X", "The campus is fully let to X", "Y rents that fleet to
X"), or a tenant named by a copula ("The anchor tenant is X", "Its only tenant will be X", "X is
the anchor tenant"). The landlord is the possessor ("its" → the subject the sentence before
names, "Y's"), else the firm opening the sentence before the site (not one a marker introduces:
"built by X with Y"), else the first firm of the sentence before in the same paragraph (the
paragraph's topic firm), never the tenant; with none, no lease (a tenant alone was too often a
lease whose landlord was missed). Only when the sentence's templates read no lease (`tenant_leases` in lexicon/relations.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.patterns import compile_template
from kg.load.rules.slots import Slotted
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_RULE = "tenant.lease"


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern, ...], re.Pattern]:
    spec, words = lexicon()["tenant_leases"], lexicon()["words"]
    told = tuple(re.compile(compile_template(spec[k], words), re.I)
                 for k in ("site_let", "tenant_is", "is_tenant"))
    return told, re.compile(spec["marked_before"], re.I)


_SLOT = re.compile(r"⟦(\d+)⟧")
#: what ends a clause before the site ("The tenant is not X: the campus is leased to Y")
_BREAK = re.compile(r"[:;—]|\s-\s")
#: the cheap test: a lease word of the three shapes
_LEASE_WORD = re.compile(r"\b(?:leased|let|rented|sublet|tenant|lessee)\b", re.I)


def tenant_leases(frames: list[Frame], s: Sentence, slotted: Slotted,
                  before: list[str]) -> list[Frame]:
    """The lease the sentence tells by its tenant (see the module docstring), as a new frame;
    `before` is the firms of the sentence before."""
    text = slotted.text
    if "⟦" not in text or not _LEASE_WORD.search(text) or any(f.family == "Lease" for f in frames):
        return []
    told, marked = _rules()
    for regex in told:
        m = regex.search(text)
        if m is None:
            continue
        tenant = slotted.slots[int(m.group("b"))]
        landlord = _landlord(m, text, slotted, before, marked)
        if not landlord or set(landlord) & set(tenant):
            return []           # (a tenant alone is too often a lease whose landlord is missed)
        roles = {"lessee": list(tenant), "lessor": list(landlord)}
        return [Frame("Lease", {"LeaseAgreement"}, roles, s, slotted.original(m.start(), m.end()),
                      _RULE, 0.6)]
    return []


def _landlord(m: re.Match, text: str, slotted: Slotted, before: list[str],
              marked: re.Pattern) -> list[str]:
    groups = m.groupdict()
    if groups.get("p"):
        return slotted.slots[int(groups["p"])]
    if not groups.get("its"):
        clause = max((b.end() for b in _BREAK.finditer(text, 0, m.start())), default=0)
        opening = _SLOT.search(text, clause, m.start())
        if opening is not None and opening.end() <= m.start() \
                and not marked.search(text, max(0, opening.start() - 12), opening.start()):
            return slotted.slots[int(opening.group(1))]
    tenant = set(slotted.slots[int(m.group("b"))])
    return [i for i in before[:1] if i not in tenant]
