"""Power bought for data centres: a supply deal whose supplier is the power producer.

A deal the generic patterns read ("X has signed a letter of intent with Y, a Texas power
developer, for 300 megawatts") with a counterparty the text describes as a power producer
(an apposition or a role word before it, or its name: "… Power", "…能源") and power named in the
sentence is a supply deal: the producer supplies, the other firm buys. Nothing here names a firm.
"""
from __future__ import annotations

import re

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_POWER_WORDS = re.compile(r"\b(?:power|electricity|megawatts? of (?:power|electricity)|PPA)\b|"
                          r"绿电|电力|供电|电量|电能", re.I)
_POWER_NAME = re.compile(r"\b(?:Power|Energy|Electric|Utilities|Renewables)\b|能源|电力", re.I)
_POWER_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}(?:power|energy|electricity|"
                               r"utility)\s+(?:developer|producer|company|group|firm|generator|"
                               r"supplier|provider)\b", re.I)
_POWER_ROLE_BEFORE = re.compile(r"(?:新能源|能源|电力|发电)(?:企业|公司|集团|运营商)$")


def _power_firm(iri: str, s: Sentence, ents: Entities) -> bool:
    for m in ents.mentions:
        if m.iri != iri or not (s.start <= m.start and m.end <= s.end):
            continue
        a, b = m.start - s.start, m.end - s.start
        if _POWER_NAME.search(s.text[a:b]) or _POWER_APPOSITION.match(s.text, b) \
                or _POWER_ROLE_BEFORE.search(s.text[max(0, a - 8):a]):
            return True
    return False


def as_power_supply(f: Frame, s: Sentence, ents: Entities) -> Frame:
    """`f` as the power supply deal it is (see the module docstring), else `f` unchanged. Power
    in megawatts is no computing capacity: a power deal stays a supply deal alone."""
    if f.rule in _POWER_PATTERNS:
        _supply_only(f)
        return f
    if f.rule not in lexicon().get("generic_deal_patterns", ()) or len(f.parties()) != 2 \
            or not _POWER_WORDS.search(s.text):
        return f
    power = [i for i in f.parties() if _power_firm(i, s, ents)]
    if len(power) != 1:
        return f
    buyer = next(i for i in f.parties() if i != power[0])
    _supply_only(f)
    f.roles = {"supplier": power, "buyer": [buyer]}
    f.by_type = False
    return f


_POWER_PATTERNS = ("en.supply.power.agreement", "zh.supply.power")


def _supply_only(f: Frame) -> None:
    f.family = "Supply"
    f.kinds = {"SupplyAgreement"} | (f.kinds - {"ComputeCommitment", "CloudServiceAgreement"})
