"""Deals told with "the site" as their other party: a feature about one firm's campus names the
campus, not its owner, as the place the deal serves ("Over 15 years a grid operator will supply
0.65 gigawatts for the campus", "Y is taking 140 megawatts in the data centre on an 11-year
lease", "Y Power plans on-site fuel cells under a memorandum"). The site is the article's: its
owner is the firm the article opens on (its headline's subject, else the lede's first firm), which
buys the power delivered there or lets the space leased there.

Read only when the clause of the site names one firm besides the owner (by name, description or
pronoun; a relative clause with the firm it refers to) and no deal of the sentence names it; power needs a power producer and power named
(`rules/power.py`), a lease a lease noun and a tenant that is no financier. Words are in
``site_deals`` (lexicon/cues.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Frame, figure_of
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import alternation
from kg.load.rules.power import power_named, power_firm
from kg.load.rules.slots import Slotted, firm_types
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_RULE = "en.site."
_SLOT = re.compile(r"⟦(\d+)⟧")
#: the firm a relative pronoun refers to: right before it ("⟦0⟧, which")
_ANTECEDENT = re.compile(r"⟦\d+⟧,?\s*$")
#: firm types that let no space and buy no power for a site (they lend against it)
_NO_TENANT = frozenset({"Bank", "Financier", "PrivateCreditFund", "AssetManager", "SovereignWealthFund"})


@lru_cache(maxsize=1)
def _site_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The site named as a place a deal serves, a lease noun, a deal word."""
    w = {k: alternation(v) for k, v in lexicon()["site_deals"].items()}
    site = re.compile(rf"\b(?:to|at|for|on|of|in)\s+the\s+(?:{w['site_nouns']})\b(?!\s*(?:'s|’s))"
                      rf"|\bon-site\b", re.I)
    lease = re.compile(rf"\b(?:{w['lease_nouns']})\b", re.I)
    deal = re.compile(rf"\b(?:{w['deal_words']})\b", re.I)
    return site, lease, deal


@lru_cache(maxsize=1)
def _clause_opening() -> re.Pattern:
    """Where the clause telling the deal opens: its firm is the one named between there and the
    site ("Y announced a pact whereby X would supply 0.55 GW at the campus": X)."""
    w = lexicon()["site_deals"]
    return re.compile(rf"[;:]|,\s+(?:{alternation(w['clause_conjunctions'])})\b"
                      rf"|\b(?:{alternation(w['clause_relatives'])})\b")


@lru_cache(maxsize=1)
def _from_lessor() -> re.Pattern:
    """A lessor a marker states ("leases … from Y", "rents … from Y"): the tenant is told as such."""
    w = lexicon()["site_deals"]
    return re.compile(rf"\b(?:{alternation(w['lease_stems'])})\w*\b[^.;]{{0,80}}?\bfrom\b"
                      rf"|\b(?:{alternation(w['tenant_words'])})\b", re.I)


@lru_cache(maxsize=1)
def _site_tie() -> tuple[re.Pattern, re.Pattern]:
    """What follows a firm named with its site ("X's campus", "X's new data centre", "X is
    building a 300 MW campus", "X expects to spend $5bn on the full campus", X的园区/机房), and a
    site told as someone's own ("its Red Mesa campus")."""
    nouns = alternation(lexicon()["site_deals"]["site_nouns"])
    after = re.compile(
        rf"(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b"
        rf"|,?\s+(?:[a-z]+\s+){{0,2}}?(?:build|building|built|builds|develop|developing|"
        rf"developed|develops|construct|constructing|constructed|turn|turning|turned|turns|"
        rf"convert|converting|converted|converts|own|owns|owned|operate|operates|operating|run|"
        rf"runs|running|spend|spends|spending|spent)\b[^.;⟦⟧\n]{{0,80}}?\b(?:{nouns})\b"
        rf"|(?:的|旗下|在建的?)?(?:[^，。；⟦⟧\n]{{0,8}})?(?:园区|机房|数据中心|算力中心)", re.I)
    own = re.compile(rf"\b(?:its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b", re.I)
    return after, own


_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def _named_with_site(text: str, ents: Entities, firm: str) -> bool:
    """Whether the article names `firm` with a site of its own: told right after the firm (see
    :func:`_site_tie`), or "its … campus" in a sentence whose first firm is it (or that names no
    firm before, after a sentence naming it alone: "In October it sold its flagship campus")."""
    after, own = _site_tie()
    firms = [m for m in ents.mentions if m.kind == "firm"]
    if any(m.iri == firm and after.match(text, m.end) for m in firms):
        return True
    for o in own.finditer(text):
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, o.start())), default=0)
        before = [m for m in firms if start <= m.start and m.end <= o.start()]
        if before:
            if before[0].iri == firm:
                return True
            continue
        stop = len(text[:start].rstrip()) - 1          # the previous sentence's last mark
        prev = max((e.end() for e in _SENTENCE_END.finditer(text, 0, max(0, stop))), default=0)
        told = {m.iri for m in firms if prev <= m.start and m.end <= start}
        if told == {firm}:
            return True
    return False


def site_owner(text: str, ents: Entities, headline: str | None) -> str | None:
    """The firm whose site the article is about: the firm its headline opens with, else the first
    firm named after the headline's line (the lede's: "It was cheap land that first drew X to the
    county") — only when the article names that firm with a site of its own ("X's campus", "X is
    building …"): a headline's financier or any article's first firm owns no site by being named
    first."""
    line_end = text.find("\n")
    first = next((m.iri for m in ents.mentions if m.kind == "firm" and m.start > line_end), None)
    for firm in dict.fromkeys(f for f in (headline, first) if f is not None):
        if _named_with_site(text, ents, firm):
            return firm
    return None


def _clause_firms(slotted: Slotted, a: int, b: int) -> list[str]:
    """The firms of the clause around the site phrase at `a`..`b` of the slotted text; a clause
    opened by a relative pronoun includes the firm it refers to ("X, which signed …")."""
    text = slotted.text
    opening = max((m for m in _clause_opening().finditer(text, 0, a)), key=lambda m: m.end(),
                  default=None)
    start = opening.end() if opening else 0
    if opening and opening.group() in ("which", "who"):
        antecedent = _ANTECEDENT.search(text, 0, opening.start())
        start = antecedent.start() if antecedent else start
    closing = _clause_opening().search(text, b)
    end = closing.start() if closing else len(text)
    return list(dict.fromkeys(i for m in _SLOT.finditer(text, start, end)
                              for i in slotted.slots[int(m.group(1))]))


def site_deals(frames: list[Frame], s: Sentence, slotted: Slotted, ents: Entities,
               quantities, owner: str | None) -> list[Frame]:
    """The deal of `s` whose other party is the site of the article's firm `owner` (see the
    module docstring), or none."""
    if owner is None or "the " not in s.text and "on-site" not in s.text:
        return []
    site, lease, deal = _site_patterns()
    at = site.search(slotted.text)
    if at is None or not deal.search(s.text):
        return []
    named = [i for i in _clause_firms(slotted, at.start(), at.end()) if i != owner]
    if len(named) != 1 or any(named[0] in f.parties() for f in frames):
        return []
    firm = named[0]
    if _NO_TENANT & set(firm_types(ents, firm)) or _NO_TENANT & set(firm_types(ents, owner)):
        return []
    if power_named(s.text) and power_firm(firm, s, ents):
        roles, family, kinds = {"supplier": [firm], "buyer": [owner]}, "Supply", {"SupplyAgreement"}
    elif lease.search(s.text) and not power_firm(firm, s, ents):
        roles, family, kinds = {"lessor": [owner], "lessee": [firm]}, "Lease", {"LeaseAgreement"}
    else:
        return []
    f = Frame(family, kinds, roles, s, slotted.original(*at.span()), _RULE + family.lower(), 0.7)
    for unit, key in (("GW", "capacityGW"), ("years", "termYears")):
        found = [q for q in quantities if q.unit == unit]
        if len(found) == 1 and not (unit == "years" and found[0].value > 40):
            f.figures[key] = figure_of(found[0])
    return [f]


def site_lessor(frames: list[Frame], s: Sentence, owner: str | None) -> None:
    """A lease of the article's site told with its owner as the tenant ("X agreed with Y on a
    9-year lease covering 260 megawatts of the site": the signer's lease read as taken) is let by the
    owner: the roles swap when the sentence names the site as what is leased and no marker of
    the verb put the owner there (a template frame reading "leases from" keeps its roles)."""
    if owner is None or "the " not in s.text:
        return
    site = _site_patterns()[0]
    if not site.search(s.text) or _from_lessor().search(s.text):
        return
    for f in frames:
        if f.family == "Lease" and f.roles.get("lessee") == [owner] \
                and len(f.roles.get("lessor", [])) == 1 and f.roles["lessor"] != [owner]:
            f.roles = {"lessor": [owner], "lessee": f.roles["lessor"]}
