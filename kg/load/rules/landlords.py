"""A lease told with a landlord: "Nimbus has signed a 12-year lease with data center landlord
Corbel Realty for 300 megawatts of capacity", "与房东X签署租约". A deal read as a cloud deal (the
capacity it covers) in a sentence that names a lease, one of whose two firms the text calls the
landlord (a word right before it or an apposition after it), is a lease: the landlord leases out,
the other firm rents. Words are in ``lexicon/core.yaml`` (``landlords``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import alternation
from kg.load.rules.triggers import LEASE_NOUN
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = lexicon()["landlords"]
    words = alternation(spec["words_en"])
    before = re.compile(rf"\b(?:{words})\s+$|(?:{alternation(spec['words_zh'])})$", re.I)
    after = re.compile(rf",\s+(?:a|an|the|its)\s+(?:[\w'’-]+\s+){{0,3}}(?:{words})\b", re.I)
    return before, after, re.compile(spec["lease_nouns"], re.I)


def _landlord(iri: str, s: Sentence, ents: Entities) -> bool:
    before, after, _ = _rules()
    for m in ents.mentions:
        if m.iri == iri and s.start <= m.start and m.end <= s.end:
            a, b = m.start - s.start, m.end - s.start
            if before.search(s.text, max(0, a - 30), a) or after.match(s.text, b):
                return True
    return False


def landlord_lease(f: Frame, s: Sentence, ents: Entities) -> Frame:
    """`f` as the lease it is (see the module docstring), else `f` unchanged."""
    if f.family != "Cloud" or len(f.parties()) != 2 or not _rules()[2].search(s.text):
        return f
    landlords = [i for i in sorted(f.parties()) if _landlord(i, s, ents)]
    if len(landlords) != 1:
        return f
    tenant = [i for i in sorted(f.parties()) if i not in landlords]
    kinds = {"LeaseAgreement"} | (f.kinds - {"CloudServiceAgreement", "ComputeCommitment"})
    return Frame("Lease", kinds, {"lessor": landlords, "lessee": tenant}, f.sentence, f.span,
                 f.rule + ".landlord", f.confidence, dict(f.figures), f.binding, f.status)


def lease_nouns_unlet(frames: list[Frame]) -> list[Frame]:
    """A capacity deal read from a lease noun ("signed a 15-year lease with X for 900 MW") that no
    landlord made a lease: the firms' types do not tell who lets, so no deal is read (the lease
    templates read it when they do)."""
    return [f for f in frames if not (f.rule == LEASE_NOUN and f.family == "Cloud")]
