"""Power bought for data centres: a supply deal whose supplier is the power producer.

A deal the generic patterns read ("X has signed a letter of intent with Y, a Texas power
developer, for 300 megawatts") with a counterparty the text describes as a power producer
(an apposition or a role word before it, or its name: "… Power", "…能源") and power named in the
sentence is a supply deal: the producer supplies, the other firm buys. Nothing here names a firm.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import alternation, word_cue
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon


@lru_cache(maxsize=1)
def _power_words() -> re.Pattern:
    """Power named in a sentence (``power_words`` in ``lexicon/cues.yaml``)."""
    return word_cue(lexicon()["power_words"])


@lru_cache(maxsize=1)
def _power_watts() -> tuple[re.Pattern, re.Pattern]:
    """Watts (``power_watts`` in ``lexicon/cues.yaml``) and computing named in a sentence."""
    words = lexicon()["power_watts"]      # "1.1GW": a unit glued to its number counts too
    watts = re.compile(rf"(?:(?<=\d)|\b)(?:{alternation(words['en'])})\b|{alternation(words['zh'])}", re.I)
    return watts, re.compile(
        rf"\b(?:compute|computing|cloud|data[- ]cent(?:re|er)s?|servers?)\b|(?:{lexicon()['words']['supply_goods']})"
        r"|算力|数据中心|云", re.I)


def power_named(text: str) -> bool:
    """Power named, or watts not of computing ("1.2 gigawatts to run the new clusters", not "200
    megawatts of data centre capacity"): a power producer's megawatts."""
    if _power_words().search(text):
        return True
    watts, computing = _power_watts()
    return any(not computing.search(text, m.end(), m.end() + _WATTS_OF) for m in watts.finditer(text))


_WATTS_OF = 40      # characters after the watts that say what they are of


@lru_cache(maxsize=1)
def _power_firm_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A power producer's name, apposition and role word before it (``power_firms`` in
    ``lexicon/core.yaml``)."""
    w = {k: alternation(v) for k, v in lexicon()["power_firms"].items()}
    name = re.compile(rf"\b(?:{w['name_en']})\b|{w['name_zh']}", re.I)
    apposition = re.compile(rf",\s+(?:a|an|the)\s+(?:(?:[\w'’-]+\s+){{0,3}}(?:{w['apposition_kinds']})"
                            rf"\s+(?:{w['apposition_nouns']})|(?:[\w'’-]+\s+){{0,2}}(?:{w['apposition_alone']}))\b",
                            re.I)
    role_before = re.compile(rf"(?:{w['role_kinds_zh']})(?:{w['role_nouns_zh']})$|"
                             rf"\b(?:{w['role_before_en']})\s+$", re.I)
    return name, apposition, role_before


_OTHER_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+\w")


def _power_firm(iri: str, s: Sentence, ents: Entities) -> bool:
    name, apposition, role_before = _power_firm_patterns()
    named_here = False
    for m in ents.mentions:
        if m.iri != iri or not (s.start <= m.start and m.end <= s.end):
            continue
        named_here = True
        a, b = m.start - s.start, m.end - s.start
        if apposition.match(s.text, b) or role_before.search(s.text[max(0, a - 24):a]):
            return True
        if name.search(s.text[a:b]) and not _OTHER_APPOSITION.match(s.text, b):
            return True    # "X Energy, a bitcoin miner, …": the apposition tells what it is
    # a producer the sentence names by pronoun (公司, "it"): its name tells ("X Energy … 公司宣布")
    return not named_here and bool(name.search(ents.names.get(iri, "")))


def as_power_supply(f: Frame, s: Sentence, ents: Entities) -> Frame:
    """`f` as the power supply deal it is (see the module docstring), else `f` unchanged. Power
    in megawatts is no computing capacity: a power deal stays a supply deal alone."""
    if f.rule in _POWER_PATTERNS:
        _supply_only(f)
        _producer_supplies(f, s, ents)
        return f
    generic = (*lexicon().get("generic_deal_patterns", ()), *lexicon().get("power_deal_triggers", ()))
    if not any(f.rule == g or f.rule.startswith(g + ".") for g in generic) \
            or len(f.parties()) != 2 or not power_named(s.text):   # (".supply": a supply noun)
        return f
    power = [i for i in f.parties() if _power_firm(i, s, ents)]
    if len(power) != 1:
        return f
    buyer = next(i for i in f.parties() if i != power[0])
    _supply_only(f)
    f.roles = {"supplier": power, "buyer": [buyer]}
    f.by_type = False
    return f


_POWER_PATTERNS = ("en.supply.power.agreement", "zh.supply.power", "zh.supply.power.purchase")


def _producer_supplies(f: Frame, s: Sentence, ents: Entities) -> None:
    """A power deal's roles by the firms' types: when exactly one of its two parties is told as a
    power producer ("X Energy, which …, signed a power purchase agreement with Y Cloud", "X Power
    signed a power supply contract with Y"), the producer supplies and the other firm buys,
    whichever side of "with" it stands on and whatever a cloud or chip type made of the roles.
    With no producer told, or both, the pattern's roles stand."""
    parties = f.parties()
    power = [i for i in parties if _power_firm(i, s, ents)] if len(parties) == 2 else []
    if len(power) == 1:
        f.roles = {"supplier": power, "buyer": [i for i in parties if i != power[0]]}
        f.by_type = False


def _supply_only(f: Frame) -> None:
    f.family = "Supply"
    f.kinds = {"SupplyAgreement"} | (f.kinds - {"ComputeCommitment", "CloudServiceAgreement"})


def power_pair(rule: str, firms: list[str], roles: dict, s: Sentence, ents: Entities) -> bool:
    """Roles of a generic deal between two firms no type tells apart when one is a power producer
    and the sentence names power ("X has signed a letter of intent with Y, a utility, for N
    megawatts"): the producer provides (`as_power_supply` then makes it the supplier)."""
    if rule not in lexicon().get("generic_deal_patterns", ()) or len(firms) != 2 \
            or not power_named(s.text):
        return False
    power = [i for i in firms if _power_firm(i, s, ents)]
    if len(power) != 1:
        return False
    roles.setdefault("provider", []).extend(power)
    roles.setdefault("customer", []).extend(i for i in firms if i not in power)
    return True


def power_firm(iri: str, s: Sentence, ents: Entities) -> bool:
    """Firm `iri` is told in `s` as a power producer (see `_power_firm`), or its full name says
    so ("Ostvik Energi", told here by its short form)."""
    return _power_firm(iri, s, ents) or bool(_power_firm_patterns()[0].search(ents.names.get(iri, "")))
