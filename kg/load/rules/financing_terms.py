"""A financing's term told in a later sentence ("The bridge loan runs three years", "The facility
is a four-year revolver", 该笔借款的期限为3年). A sentence that tells no financing of its own and
names a financing noun gives its one duration in years to the latest financing told up to `_REACH`
sentences before, when that financing has no term yet and the years are bound to the noun or to a
maturity word (``financing_term`` in lexicon/cues.yaml): "a four-year revolver", "a six-year
maturity", "matures after six years", "a term of", 期限为, 起 … 到期. The sentence's first financing
noun is the financing it goes on about: bond nouns (notes, paper, 债券) point at the latest bond, the
others at the latest loan or facility. A maturity told per draw is the facility's term (the
convention settled in issue 10's nineteenth pass): a per-draw phrase that opens the sentence or a
clause and is followed by a maturity verb ("…, and each draw matures five years after funding",
每笔提款自提款日起五年到期; ``draw_matures``) names the latest loan or facility as a financing noun
does. Any other per-draw sentence gives no term ("each runs for 15 years", a draw period, "had
proposed that each drawdown mature", another firm's facility).

Left alone (`other_years`): years of a benchmark the financing is priced on ("a spread over
ten-year Treasuries", 5年期以上LPR), years of another financing (the noun they belong to qualified as
previous, existing, other, 上一笔, 此前; or a noun other than the first one that is no predicate of it:
"the loan replaces a three-year revolver"), a refinancing horizon. Also left alone: years bound to
nothing of a financing ("funds chips delivered over three years"), a sentence with two durations, one naming only firms that are no party of that financing (another firm's
loan), and a financing that already has its term.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.extraction import Figure, Frame
from kg.load.rules.entities import Entities
from kg.load.rules.observations import firms_of
from kg.load.rules.patterns import alternation, word_cue
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_FINANCINGS = ("Loan", "Facility", "Financing", "Bond")
#: How far back the financing is looked for (a "Pricing and term" paragraph after the collateral's).
_REACH = 8


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern]:
    w = lexicon()["financing_term"]
    nouns = alternation(w["nouns"]["en"])
    bench = w["benchmark"]
    return {
        "noun": word_cue(w["nouns"]),
        "bond": word_cue(w["bond_nouns"]),
        "after_noun_en": re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{nouns})\b", re.I),
        "after_word_en": re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{alternation(w['en_after'])})\b",
                                    re.I),
        "before_en": re.compile(rf"\b(?:{alternation(w['en_before'])})\s+"
                                r"(?:about|around|roughly|some|nearly)?\s*$", re.I),
        "before_zh": re.compile(rf"(?:{alternation(w['zh_before'])})(?:约|近)?$"),
        "after_zh": re.compile(rf"(?:{alternation(w['zh_after'])})"),
        "draw_matures": re.compile(
            rf"(?:^|[,;:，；：]\s*(?:(?:and|with)\s+)?|\b(?:and|with)\s+)(?:{alternation(w['per_draw']['en_each'])})\s+"
            rf"(?:{alternation(w['draw_matures']['en_items'])})\s+(?:{alternation(w['draw_matures']['en_verbs'])})\b"
            rf"|(?:^|[，；：。])(?:{alternation(w['draw_matures']['zh_items'])})[^，；。]{{0,14}}"
            rf"(?:{alternation(w['draw_matures']['zh_verbs'])})", re.I),
        "draw_other": word_cue(w["draw_matures"]["other"]),
        "per_draw": re.compile(
            rf"\b(?:{alternation(w['per_draw']['en_each'])})\s+(?:(?:{alternation(w['per_draw']['en_items'])})"
            rf"\b|(?:{alternation(w['per_draw']['en_verbs'])})\b)|{alternation(w['per_draw']['zh'])}", re.I),
        "benchmark": re.compile(rf"\s+(?:[\w.-]+\s+)?(?:{alternation(bench['en'])})\b|"
                                rf"期?(?:及?以上|及?以下)?(?:{alternation(bench['zh'])})", re.I),
        "other": re.compile(rf"\b(?:{alternation(w['other']['en'])})\s+(?:[\w'’-]+\s+){{0,2}}$|"
                            rf"(?:{alternation(w['other']['zh'])})的?[^，,。；;]{{0,3}}$", re.I),
        "horizon": re.compile(rf"\b(?:{alternation(w['horizon_en'])})\s+(?:about\s+)?$", re.I),
        "copula": re.compile(rf"^\s+(?:{alternation(w['copula_en'])})\s+(?:(?:an?|the|now)\s+){{0,2}}$",
                             re.I),
    }


def _bound(s: Sentence, q) -> bool:
    """The duration `q` is told as a financing's term (see the module doc)."""
    w = _words()
    before = s.text[max(0, q.start - 30):q.start]
    if w["before_en"].search(before) or w["after_noun_en"].match(s.text, q.end) \
            or w["after_word_en"].match(s.text, q.end):
        return True
    if w["after_zh"].match(s.text, q.end) or w["before_zh"].search(before.rstrip()):
        return _financing_noun(s.text, q.start) is not None
    return False


def _financing_noun(text: str, end: int | None = None) -> re.Match | None:
    """The first financing noun of `text` (up to `end`); in a per-draw sentence, only a per-draw
    phrase that opens a clause and is followed by a maturity verb, which names the latest loan or
    facility ("…, and each draw matures …", 每笔提款…到期); other per-draw sentences name none."""
    w = _words()
    end = len(text) if end is None else end
    if w["per_draw"].search(text) is None:
        return w["noun"].search(text, 0, end)
    if w["draw_other"].search(text):
        return None
    found = w["draw_matures"].search(text)
    return found if found is not None and found.start() < end else None


def other_years(s: Sentence, q) -> bool:
    """The years `q` are no term of the financing the sentence goes on about: a benchmark's, a
    refinancing horizon, or another financing's (see the module doc)."""
    w = _words()
    text = s.text
    if w["benchmark"].match(text, q.end) or w["horizon"].search(text, max(0, q.start - 40), q.start):
        return True
    first = w["noun"].search(text)
    if first is None:
        return False
    after = w["after_noun_en"].match(text, q.end)
    if after:                      # "a three-year revolver": the noun after the years
        at, qualified_at = after.start("noun"), q.start
    else:                          # "the revolver runs for…", 贷款期限为…: the noun before them
        before = list(w["noun"].finditer(text, 0, q.start))
        if not before:
            return False
        at = qualified_at = before[-1].start()
    if any(w["other"].search(text, max(0, p - 40), p) for p in (first.start(), qualified_at)):
        return True                # "its existing facilities mature in…", 上一笔贷款期限为…
    if at == first.start() or not first.group().isascii():
        return False
    # Another English noun than the first: the years are its own unless it is the first one's
    # predicate ("the facility is a four-year revolver").
    return not (after and first.end() <= q.start and w["copula"].match(text[first.end():q.start]))


def _target(frames: list[Frame], s: Sentence, bond: bool) -> Frame | None:
    for f in reversed(frames):
        if f.sentence.index < s.index - _REACH:
            return None
        if f.family in _FINANCINGS and f.is_fact and (f.family == "Bond") == bond:
            return f
    return None


def financing_term(earlier: list[Frame], own: list[Frame], s: Sentence, ents: Entities,
                   quantities) -> None:
    """Give the financing the sentence goes on about its term (see the module doc)."""
    years = [q for q in quantities if q.unit == "years"]
    if len(years) != 1 or any(f.family in _FINANCINGS for f in own):
        return
    w = _words()
    noun = _financing_noun(s.text)
    if noun is None or not _bound(s, years[0]) \
            or other_years(s, years[0]):
        return
    target = _target(earlier, s, w["bond"].fullmatch(noun.group()) is not None)
    if target is None or "termYears" in target.figures:
        return
    named = {m.iri for m in firms_of(s, ents)}
    if named and not named & target.parties():
        return
    target.figures["termYears"] = Figure(years[0].value)
    if s not in target.extra_evidence:
        target.extra_evidence.append(s)
