"""A customer contract told only as what secures a financing ("The lenders' security is its GPUs
and the Quillfeather contract", "担保物……二是其与模型公司凌波签订的云服务合同。后者约定，凌波在五年内
向鸿鹄支付三十亿美元"): the contract is a deal of its own between the financing's borrower (or
issuer) and the firm named with the contract noun, of the kind its words name (cloud/compute →
cloud service, lease → lease; none: by the borrower's type), with the figures a later sentence
about it gives (up to four sentences on: one that names the counterparty or refers back to the
contract and tells no deal of its own). The financing is the latest one told up to three
sentences before, up to eight in an interview answer about the financing or its security
(rules/answer_reach.py, rules/collateral_answers.py). The collateral link itself is made by the
general collateral rule (extract._collateral), which then finds this deal. Words:
``pledged_contract`` in lexicon/cues.yaml."""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from kg.load.extraction import Frame, figure_of
from kg.load.rules.answer_reach import asks_of_financing
from kg.load.rules.collateral_answers import security_answers
from kg.load.rules.collateral_lists import collateral_sentences
from kg.load.rules.financing_reach import NAMED
from kg.load.rules.entities import Entities, Mention
from kg.load.rules.patterns import cue, families
from kg.load.rules.slots import firm_types
from kg.load.text.numbers import find_quantities
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_FINANCINGS = ("Loan", "Facility", "Financing", "Bond")
#: a stake or warrant between the same firms is no contract told before ("agreed to take a stake in
#: X … secured by its customer contract with X")
_EQUITY = ("Investment", "Stake", "Warrant")
_NOT_COUNTERPARTIES = frozenset({"Bank", "PrivateCreditFund", "SovereignWealthFund",
                                 "AssetManager", "Financier"})
_ROLES = MappingProxyType({"Cloud": ("provider", "customer"), "Lease": ("lessor", "lessee")})
PLEDGED_RULE = "pledged.contract"
_REACH_BACK = 3          # the financing the collateral sentence is about: told up to here before
_REACH_ON = 4            # the contract's figures: told up to here after


@lru_cache(maxsize=1)
def _rules() -> Mapping[str, object]:
    spec = lexicon()["pledged_contract"]
    out = {k: re.compile(v, re.I) for k, v in spec.items() if isinstance(v, str)}
    out["kinds"] = tuple((family, re.compile(words, re.I)) for family, words in spec["kinds"].items())
    out["by_owner"] = tuple((family, frozenset(types))
                            for family, types in spec["default_kind_by_owner"].items())
    out["by_counterparty"] = tuple((family, frozenset(types))
                                   for family, types in spec["default_kind_by_counterparty"].items())
    return MappingProxyType(out)


def pledged_contracts(frames: list[Frame], sentences: list[Sentence], ents: Entities,
                      language: str) -> list[Frame]:
    """`frames` with the contracts told only as collateral (module docstring) added."""
    financings = [f for f in frames if f.family in _FINANCINGS]
    if not financings:
        return frames
    out = list(frames)
    answers = security_answers(sentences)
    for s in collateral_sentences(sentences, _secured):
        # an interview answer about the financing or its security reaches further back: the
        # financing was told in the introduction, its lenders in an earlier answer
        reach = NAMED if s.index in answers or asks_of_financing(sentences, s) else _REACH_BACK
        target = next((f for f in reversed(financings)
                       if s.index - reach <= f.sentence.index <= s.index and _owner(f)), None)
        if target is None:
            continue
        owner = _owner(target)
        parties = target.parties()
        for m, (lo, hi) in _contract_mentions(s, ents, target, language):
            if any(parties & f.parties() and m.iri in f.parties() for f in out
                   if f.family not in _FINANCINGS and f.family not in _EQUITY):
                continue            # the deal is told as a deal: the collateral rule finds it
                                    # (also one with the financing's other side: the roles of the
                                    # financing may be read the wrong way round)
            family = _family(s.text[lo:m.start - s.start] + " " + s.text[m.end - s.start:hi], owner,
                             m.iri, ents, _told(sentences, s, m.iri, ents))
            # (the name blanked: 云栈科技 names no cloud)
            if family is None:
                continue
            giver, taker = _ROLES[family]
            deal = Frame(family, {families()[family]["subject"]}, {giver: [owner], taker: [m.iri]},
                         s, (lo, hi), PLEDGED_RULE, 0.7)
            _later_figures(deal, out, sentences, ents, m.iri, language)
            out.append(deal)
    return out


def _told(sentences: list[Sentence], s: Sentence, counterparty: str, ents: Entities) -> list[str]:
    """The earlier sentences that name `counterparty` with a contract noun, latest first, each
    with its firms' names blanked."""
    out = []
    named_at = [m.start for m in ents.mentions if m.iri == counterparty and m.start < s.start]
    for t in reversed(sentences[:s.index]):
        if not any(t.start <= at < t.end for at in named_at) \
                or not _rules()["contract_noun"].search(t.text):
            continue
        names = ents.firms_in(t.start, t.end)
        text = t.text
        for m in names:
            a, b = m.start - t.start, m.end - t.start
            text = text[:a] + " " * (b - a) + text[b:]
        out.append(text)
    return out


def _owner(f: Frame) -> str | None:
    owners = f.roles.get("borrower") or f.roles.get("issuer") or []
    return owners[0] if len(owners) == 1 else None


def _secured(text: str) -> bool:
    negated = cue("negated")
    return any(not negated.search(text[max(0, m.start() - 40):m.start()])
               for m in cue("secured").finditer(text))


def _contract_mentions(s: Sentence, ents: Entities, target: Frame, language: str):
    """(firm mention, phrase span in `s`) for each counterparty named with a contract noun."""
    r = _rules()
    lang = "zh" if language == "zh" else "en"
    after, before = r["after_" + lang], r["before_" + lang]
    owed_after, owed_before = r["after_owed_" + lang], r["before_owed_" + lang]
    financiers = {i for role, iris in target.roles.items() for i in iris}
    seen: set[str] = set()
    for m in ents.firms_in(s.start, s.end):
        if m.iri in financiers or m.iri in seen or firm_types(ents, m.iri) & _NOT_COUNTERPARTIES:
            continue
        a, b = m.start - s.start, m.end - s.start
        tail = after.match(s.text, b)
        head = before.search(s.text[max(0, a - 60):a])
        end = tail.end() if tail else b
        if not (tail and head if lang == "zh" else tail or head):
            # what the counterparty owes: "其对X的应收账款", "receivables owed by X", "X's payments"
            tail = owed_after.match(s.text[b:b + 40])
            head = owed_before.search(s.text[max(0, a - 40):a])
            if not (tail and head if lang == "zh" else tail or head):
                continue            # zh: "与[描述]X(之间|签订)的…合同", "对X的应收账款"
            end = b + tail.end() if tail else b
        seen.add(m.iri)
        lo, hi = a - len(head.group()) if head else a, end
        yield m, (lo, hi)


def _family(phrase: str, owner: str, counterparty: str, ents: Entities,
            told: list[str]) -> str | None:
    """The pledged contract's family: by the words of its phrase, else by those of the latest
    earlier sentence that names the counterparty with a contract ("The campus is let to X under a
    colocation agreement" … "secured by the X agreement"; `told`, latest first), else by the
    owner's type (a cloud provider's customer contract), else by the counterparty's (a model
    developer buys compute) when the owner is no financier."""
    r = _rules()
    for text in (phrase, *told):
        named = next((family for family, words in r["kinds"] if words.search(text)), None)
        if named is not None:
            return named
    types = firm_types(ents, owner)
    if types & _NOT_COUNTERPARTIES:
        return None
    by_owner = next((family for family, wanted in r["by_owner"] if types & wanted), None)
    if by_owner is not None:
        return by_owner
    types = firm_types(ents, counterparty)
    return next((family for family, wanted in r["by_counterparty"] if types & wanted), None)


def _later_figures(deal: Frame, frames: list[Frame], sentences: list[Sentence], ents: Entities,
                   counterparty: str, language: str) -> None:
    """The figures of the first later sentence about the contract (module docstring); a deal
    told before that took them as a continuation ("合同金额26亿美元，为期四年" after a loan) gives
    them up."""
    with_deals = {f.sentence.index for f in frames}
    owner_and_other = set(deal.parties())
    for t in sentences[deal.sentence.index + 1:deal.sentence.index + 1 + _REACH_ON]:
        if t.index in with_deals:
            continue
        firms = {m.iri for m in ents.firms_in(t.start, t.end)}
        if firms - owner_and_other:
            continue                # another firm's matter
        if counterparty not in firms and not _rules()["refers_back"].search(t.text):
            continue
        figures = {}
        for q in find_quantities(t.text, language):
            if q.unit == "USD" and q.value >= 1000 and "amountUSD" not in figures \
                    and not cue("running_total").search(t.text[max(0, q.start - 90):q.start]):
                figures["amountUSD"] = figure_of(q)
            elif q.unit == "years" and q.value <= 40 and "termYears" not in figures:
                figures["termYears"] = figure_of(q)
        if figures:
            deal.figures.update(figures)
            deal.extra_evidence.append(t)
            for f in frames:
                if any(x is t for x in f.extra_evidence):
                    for key, fig in figures.items():
                        if key in f.figures and f.figures[key].value == fig.value:
                            del f.figures[key]
            return
