"""Sale-leasebacks: an asset sold and rented back by its seller ("X agreed a $2.6bn
sale-leaseback of its cluster with Y", "X sold its campus to Y … and took it back on a 15-year
lease", "Y will buy the site from X and lease it back"). The ``en.leaseback.*`` patterns of
``lexicon/relations.yaml`` read the lease (the buyer lets, the seller rents); here the sale itself
goes: any other frame of the sentence between the same firms (a supply read from "sold … to", a
loan read from the proceeds) states no deal of its own. The price of a sale told apart from the
lease ("sold … for $1.9bn") is the lease's amount (``leaseback_price`` in lexicon/cues.yaml), as is an
amount that sizes the leaseback itself ("a $2.6bn sale-leaseback"); any other amount of the
sentence (a loan's, a headline's second deal) is not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.text.numbers import find_quantities
from kg.load.text.sentences import Sentence
from kg.load.rules.patterns import alternation
from kg.load.vocab import lexicon

_RULE = "en.leaseback."
_RULES = (_RULE, "zh.leaseback.")      # a zh leaseback's amount is its financing (融资金额)


@lru_cache(maxsize=1)
def _sized_leaseback() -> re.Pattern:
    """An amount right before the leaseback noun ("a $2.6 billion sale-leaseback")."""
    noun = lexicon()["words"]["leaseback_en"]
    return re.compile(r"(?:US)?\$\s?[\d.,]+\s*(?:bn|billion|mn|million|m|tn|trillion)?\s+"
                      rf"(?:{noun})", re.I)


@lru_cache(maxsize=1)
def _price_before() -> re.Pattern:
    """The sale verb, its object, "to"/"from" its buyer or seller, then "for" (and a hedge) right
    before an amount, in one clause: the sale's price ("sold its campus to X for about $640m",
    "acquire the site from X for $1.9bn"); not "…, paying for $N", not "after buying it for $N"."""
    w = lexicon()["leaseback_price"]
    stop = rf"(?!\b(?:{alternation(w['en_clause_breaks'])})\b)[^.;]"
    return re.compile(rf"\b(?:{alternation(w['en_sale_verbs'])})\s(?:{stop}){{0,80}}?"
                      rf"\b(?:{alternation(w['en_party_before'])})\s(?:{stop}){{1,80}}?"
                      rf"\b(?:{alternation(w['en_before'])})\s+(?:(?:{alternation(w['en_hedges'])})\s+)?$",
                      re.I)


def _prices(s: Sentence) -> set:
    """The amounts of `s` told as a price ("sold … for $1.9bn")."""
    return {q.value for q in find_quantities(s.text, "en") if q.unit == "USD"
            and "for" in s.text[max(0, q.start - 20):q.start].lower()
            and _price_before().search(s.text, max(0, q.start - 200), q.start)}


def sale_leasebacks(frames: list[Frame], s: Sentence) -> list[Frame]:
    """`frames` of sentence `s` with each sale-leaseback told as its lease alone (see above)."""
    leases = [f for f in frames if f.rule.startswith(_RULES)]
    if not leases:
        return frames
    sized = _sized_leaseback().search(s.text)
    size = {q.value for q in find_quantities(sized.group(), "en")} if sized else set()
    size |= _prices(s)
    for f in (f for f in leases if f.rule.startswith(_RULE)):
        amount = f.figures.get("amountUSD")
        if amount is not None and amount.value not in size:
            f.figures.pop("amountUSD")
    kept = [f for f in frames
            if f in leases or not any(f.parties() <= g.parties() for g in leases)]
    return [f for n, f in enumerate(kept) if not (f.rule.startswith(_RULES) and any(
        g.rule.startswith(_RULES) and g.roles == f.roles and g.figures.items() >= f.figures.items()
        for g in kept[:n]))]     # one lease told twice (the sale, then the lease back)
