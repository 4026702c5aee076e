"""A financing package told as a whole, then split into parts ("a $9bn debt package for Y … the
package is split into two loans: $5.5bn for one site and $3.5bn for another", 这笔融资分为两笔贷款：…):
the parts are the package's amounts. A count of parts (two or three) said of the package itself
(its clause's subject names it: "the financing", "the loan", "it", 这笔融资, 该笔贷款), in the
package's sentence after it or in the two sentences after, with no other financing told between,
and as many dollar amounts after that count that add up to the package's amount (within 2%) are
parts of that financing: each is told as the package's deal with all its parties (arrangers too)
and the part's own amount, and a financing another rule read from a part alone (same lenders or
fewer, the part's amount) is dropped. The package's own amount, the parts' sum, is dropped after
(rules/summed_totals.py). A count said of anything else (an order, a campus, revenue, another
firm's loan), parts that do not add up, or a count with no amounts after it, leave the package as
told. Words are in ``lexicon/cues.yaml`` (``financing_split``)."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from kg.load.extraction import Figure, Frame
from kg.load.text.numbers import Quantity, find_quantities
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_FINANCINGS = ("Loan", "Facility", "Financing")
_PACKAGES = ("Loan", "Facility")    # a bare financing (融资) split into loans is told apart from them
_REACH = 2          # sentences after the package's own that may tell the count
_PARTS_REACH = 4    # sentences after the count that may tell the parts' amounts
_TOLERANCE = Decimal("0.02")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, dict[str, int], re.Pattern, re.Pattern]:
    spec = lexicon()["financing_split"]
    return (re.compile(spec["count"], re.I), {str(k).lower(): int(v) for k, v in spec["counts"].items()},
            re.compile(spec["subject_en"], re.I), re.compile(spec["subject_zh"]))


def split_packages(frames: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """`frames` with each split package's parts told as parts of it (module docstring)."""
    packages = [f for f in frames if f.family in _PACKAGES and "amountUSD" in f.figures
                and f.figures["amountUSD"].value]
    if not packages:
        return frames
    out = list(frames)
    for f in packages:
        parts = _parts(f, frames, sentences)
        if not parts:
            continue
        values = [q.value for q, _ in parts]
        lenders = set(f.roles.get("lender", ())) | set(f.roles.get("arranger", ()))
        told = [i for i, g in enumerate(out) if g is not f and _told_part(g, f, lenders, values)]
        at = told[0] if told else out.index(f) + 1
        pieces = [out[i] for i in told]
        shared = _shared(f, parts)
        out = [g for i, g in enumerate(out) if i not in told]
        new = []
        for q, x in parts:
            # the package's figures reach every part, and so do those of a part read on its own,
            # unless a later sentence telling them names one part's amount: then that part only
            # (review of 2f0b150: "其中50亿美元的贷款以…作抵押，期限为7年" gives the other part neither)
            own = [g for g in pieces if q.value in _for_parts(g, parts)]
            kept, evidence = _other_figures([shared, *own])
            new.append(Frame(f.family, set(f.kinds), {k: list(v) for k, v in f.roles.items()}, x,
                             (q.start, q.end), f.rule + ".part", 0.7,
                             {**kept, "amountUSD": Figure(q.value)},
                             collateral=[c for g in own for c in g.collateral],
                             extra_evidence=[e for e in evidence if e is not x]))
        out[at:at] = new
    return out


def _for_parts(g: Frame, parts: list[tuple[Quantity, Sentence]]) -> set[Decimal]:
    """The amounts of the parts whose figures and security part-frame `g` tells: the part a later
    sentence of its names by amount ("其中50亿美元的贷款…"), else every part."""
    values = {q.value for q, _ in parts}
    said = {id(x) for _, x in parts}
    named = {q.value for e in [*g.extra_evidence, *(c[2] for c in g.collateral
                                                      if isinstance(c, tuple) and len(c) > 2)]
             if id(e) not in said and hasattr(e, "text")
             for q in find_quantities(e.text) if q.unit == "USD" and q.value in values}
    return named or values


#: The unit of the quantity a figure of a financing is read from.
_UNITS = {"termYears": "years"}


def _shared(f: Frame, parts: list[tuple[Quantity, Sentence]]) -> Frame:
    """Package `f` with only the figures every part shares: not one whose kind the parts'
    own sentences tell apart ("50亿美元…期限为7年；40亿美元…期限为3年": each part its own term,
    not the package's; review of 2f0b150)."""
    told = {q.unit for x in {id(x): x for _, x in parts}.values() for q in find_quantities(x.text)
            if q.unit != "USD"}
    figures = {k: v for k, v in f.figures.items() if _UNITS.get(k) not in told}
    return Frame(f.family, set(f.kinds), f.roles, f.sentence, f.span, f.rule, f.confidence,
                 figures, extra_evidence=list(f.extra_evidence))


def _other_figures(frames: list[Frame]) -> tuple[dict[str, Figure], list[Sentence]]:
    """The figures other than the amount that the package or a part read on its own was given (a
    term told for both loans, "Both loans run four years"), and the sentences that tell them: every
    part of the package has them (and the security a part read on its own was given)."""
    kept: dict[str, Figure] = {}
    evidence: list[Sentence] = []
    for g in frames:
        own = {k: v for k, v in g.figures.items() if k != "amountUSD" and k not in kept}
        if own:
            kept.update(own)
            evidence += [e for e in [g.sentence, *g.extra_evidence] if e not in evidence]
    return kept, evidence


def _parts(f: Frame, frames: list[Frame], sentences: list[Sentence]) -> list[tuple[Quantity, Sentence]]:
    """The amounts of the parts `f` is split into, each with the sentence that tells it (offsets
    within that sentence), or [] (module docstring)."""
    count, counts, subject_en, subject_zh = _words()
    total = f.figures["amountUSD"].value
    start = f.sentence.index
    for s in sentences[start:start + _REACH + 1]:
        lowered = s.text.lower()
        m = count.search(s.text, f.span[1] if s is f.sentence else 0) \
            if any(w in lowered for w in counts) else None
        if m is None or not (subject_en.search(s.text[:m.start()])
                             or subject_zh.search(s.text[:m.start()])):
            if _another_financing(f, frames, s, len(s.text)):
                return []
            continue
        if _another_financing(f, frames, s, m.start()):
            return []
        n = counts[next(g for g in m.groups() if g).lower()]
        told = [(q, s) for q in find_quantities(s.text) if q.unit == "USD" and q.start >= m.end()]
        for x in sentences[s.index + 1:s.index + 1 + _PARTS_REACH]:
            told += [(q, x) for q in find_quantities(x.text) if q.unit == "USD"]
        parts = told[:n]
        if len(parts) == n and abs(sum(q.value for q, _ in parts) - total) <= total * _TOLERANCE:
            return parts
        return []
    return []


def _another_financing(f: Frame, frames: list[Frame], s: Sentence, before: int) -> bool:
    """Does `s` tell, before offset `before` (and after `f` in `f`'s own sentence), a financing
    other than `f`: one with an amount of its own or parties `f` has not?"""
    low = f.span[1] if s is f.sentence else 0
    for g in frames:
        if g is f or g.family not in _FINANCINGS or g.sentence.index != s.index \
                or not low <= g.span[0] < before:
            continue
        fig = g.figures.get("amountUSD")
        if (fig is not None and fig.value != f.figures["amountUSD"].value) \
                or not _within(g, f, "borrower") or not _within(g, f, "lender"):
            return True
    return False


def _within(g: Frame, f: Frame, role: str) -> bool:
    return set(g.roles.get(role, ())) <= set(f.roles.get(role, ())) | set(f.roles.get("arranger", ()))


def _told_part(g: Frame, f: Frame, lenders: set[str], parts: list[Decimal]) -> bool:
    """Is `g` one part of the package `f` read on its own?"""
    fig = g.figures.get("amountUSD")
    return g.family in _FINANCINGS and fig is not None and fig.value in parts \
        and set(g.roles.get("borrower", ())) <= set(f.roles.get("borrower", ())) \
        and set(g.roles.get("lender", ())) | set(g.roles.get("arranger", ())) <= lenders
