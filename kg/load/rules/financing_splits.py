"""A financing package told as a whole, then split into parts ("a $9bn debt package for Y … is
split into two loans: $5.5bn for one site and $3.5bn for another", 这笔融资分为两笔贷款：…): the
parts are the package's amounts. A count of parts (two or three) right after the package, within
the two sentences after it, and as many dollar amounts after that count that add up to the
package's amount (within 2%) are parts of that financing: each is told as the package's deal
with all its parties (arrangers too) and the part's own amount, and a financing another rule read
from a part alone (same lenders or fewer, the part's amount) is dropped. The package keeps its
own amount (some readers record the total, some the parts). Parts that do not add up, or a count with
no amounts after it, leave the package as told."""
from __future__ import annotations

from decimal import Decimal

from kg.load.extraction import Figure, Frame
from kg.load.rules.patterns import cue
from kg.load.text.numbers import Quantity, find_quantities
from kg.load.text.sentences import Sentence

_FINANCINGS = ("Loan", "Facility", "Financing")
_PACKAGES = ("Loan", "Facility")    # a bare financing (融资) split into loans is told apart from them
_REACH = 2          # sentences after the package's own that may tell the count
_PARTS_REACH = 4    # sentences after the count that may tell the parts' amounts
_TOLERANCE = Decimal("0.02")
_COUNTS = {"two": 2, "three": 3, "两": 2, "二": 2, "三": 3, "2": 2, "3": 3}


def split_packages(frames: list[Frame], sentences: list[Sentence]) -> list[Frame]:
    """`frames` with each split package's parts told as parts of it (module docstring)."""
    packages = [f for f in frames if f.family in _PACKAGES and "amountUSD" in f.figures
                and f.figures["amountUSD"].value]
    if not packages:
        return frames
    out = list(frames)
    for f in packages:
        parts = _parts(f, sentences)
        if not parts:
            continue
        values = [q.value for q, _ in parts]
        lenders = set(f.roles.get("lender", ())) | set(f.roles.get("arranger", ()))
        told = [i for i, g in enumerate(out) if g is not f and _told_part(g, f, lenders, values)]
        at = told[0] if told else out.index(f) + 1
        out = [g for i, g in enumerate(out) if i not in told]
        out[at:at] = [Frame(f.family, set(f.kinds), {k: list(v) for k, v in f.roles.items()}, x,
                            (q.start, q.end), f.rule + ".part", 0.7, {"amountUSD": Figure(q.value)})
                      for q, x in parts]
    return out


def _parts(f: Frame, sentences: list[Sentence]) -> list[tuple[Quantity, Sentence]]:
    """The amounts of the parts `f` is split into, each with the sentence that tells it (offsets
    within that sentence), or [] (module docstring)."""
    split = cue("financing_split")
    total = f.figures["amountUSD"].value
    start = f.sentence.index
    for s in sentences[start:start + _REACH + 1]:
        if not any(ch in s.text for ch in "tw两二三23"):
            continue
        m = split.search(s.text, f.span[1] if s is f.sentence else 0)
        if m is None:
            continue
        n = _COUNTS[next(g for g in m.groups() if g).lower()]
        told = [(q, s) for q in find_quantities(s.text) if q.unit == "USD" and q.start >= m.end()]
        for x in sentences[s.index + 1:s.index + 1 + _PARTS_REACH]:
            told += [(q, x) for q in find_quantities(x.text) if q.unit == "USD"]
        parts = told[:n]
        if len(parts) == n and abs(sum(q.value for q, _ in parts) - total) <= total * _TOLERANCE:
            return parts
        return []
    return []


def _told_part(g: Frame, f: Frame, lenders: set[str], parts: list[Decimal]) -> bool:
    """Is `g` one part of the package `f` read on its own?"""
    fig = g.figures.get("amountUSD")
    return g.family in _FINANCINGS and fig is not None and fig.value in parts \
        and set(g.roles.get("borrower", ())) <= set(f.roles.get("borrower", ())) \
        and set(g.roles.get("lender", ())) | set(g.roles.get("arranger", ())) <= lenders
