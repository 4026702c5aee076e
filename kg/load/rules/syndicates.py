"""Lenders that join a financing without leading it ("由X牵头，Y参与", "资金方为Y", "joined by Y"),
and lenders listed with their shares ("其中A、B和C分别提供…", "A committed $1bn, B $800m and C …").

The leader is the arranger (`extract._arrangers`); a firm a `lender_before`/`lender_after` cue
marks is a lender of the financing of its sentence (or of the latest one up to two sentences
before). An investment the trigger stage read from the same firm's verb ("Y参与出资") is that
participation, not an investment of its own, and is dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.project_loans import led_loan_of_a_project
from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.financing_reach import financing_told_before, note_evidence
from kg.load.rules.observations import firms_of
from kg.load.rules.patterns import alternation, cue, word_cue
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_FINANCINGS = ("Loan", "Facility", "Financing")


def _marked_lenders(s: Sentence, ents: Entities) -> list[tuple[str, int]]:
    """(firm IRI, offset in the sentence) of each firm a lender cue marks in `s`."""
    before, after = cue("lender_before"), cue("lender_after")
    firms = firms_of(s, ents)
    marked = [bool(before.search(s.text[max(0, m.start - s.start - 45):m.start - s.start])
                   or after.search(s.text[m.end - s.start:m.end - s.start + 90])) for m in firms]
    mark_lists(s, firms, marked)
    return [(m.iri, m.end - s.start) for m, on in zip(firms, marked) if on]


def mark_lists(s: Sentence, firms: list, marked: list[bool]) -> None:
    """A lender cue on one firm of a list marks the firms listed with it ("lends alongside A and
    B", "A, a private-credit fund, and B make up the rest"); an arranger cue the same way
    (`extract._arrangers`: "arranged by A and B", "A and B are leading the loan")."""
    joiner = cue("lender_list_joiner")
    joined = [bool(joiner.search(s.text[a.end - s.start:b.start - s.start]))
              for a, b in zip(firms, firms[1:])]
    for order in (range(len(joined)), reversed(range(len(joined)))):
        for i in order:
            if joined[i] and (marked[i] or marked[i + 1]):
                marked[i] = marked[i + 1] = True


def add_participants(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> list[Frame]:
    """Give each marked participant the lender role of its financing; returns `frames` without
    the trigger investments those participations were read as."""
    financings = [f for f in frames if f.family in _FINANCINGS]
    if not financings:
        return frames
    dropped: set[int] = set()
    for s in sentences:
        marked = _marked_lenders(s, ents)
        if not marked:
            continue
        here = financing_told_before(financings, s, sentences)
        if not here:
            continue
        target = here[0]
        for iri, _ in marked:
            if iri in target.roles.get("borrower", ()):
                continue
            lenders = target.roles.setdefault("lender", [])
            if iri not in lenders:
                lenders.append(iri)
                note_evidence(target, s)
            dropped |= {id(f) for f in frames if f.sentence.index == s.index
                        and f.family == "Investment" and f.rule.startswith("trigger.")
                        and iri in f.roles.get("investor", ())}
    return [f for f in frames if id(f) not in dropped]


@lru_cache(maxsize=1)
def _share_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """After the last firm of a zh list, each gives its share ("A、B和C分别提供13.5亿美元…"); the
    separator between firms of that list; after a firm, its share ("A committed $1.35bn, B $1.25bn
    and C $1bn"); after a firm, a verb of giving (``lender_shares`` in lexicon/cues.yaml)."""
    w = {k: alternation(v) for k, v in lexicon()["lender_shares"].items()}
    shares_zh = re.compile(rf"\s*(?:则)?分别(?:{w['zh_verbs']})")
    joiner_zh = re.compile(rf"\s*(?:{w['zh_joiners']})\s*")
    share_en = re.compile(rf"\s+(?:(?:{w['en_verbs']}|{w['en_verbs_ongoing']})\s+)?"
                          rf"(?:(?:{w['en_about']})\s+)?(?:US)?\$[\d.,]+\s*(?:{w['en_magnitudes']})\b")
    gives_en = re.compile(rf"^\s+(?:{w['en_verbs']})")
    return shares_zh, joiner_zh, share_en, gives_en


def _share_lenders(s: Sentence, ents: Entities, after: int) -> list[str]:
    """Firms of `s` (from sentence offset `after` on) listed with the share each provides."""
    firms = [m for m in firms_of(s, ents) if m.start - s.start >= after]
    if not firms:
        return []
    shares_zh, joiner_zh, share_en, gives_en = _share_patterns()
    last = firms[-1]
    if shares_zh.match(s.text, last.end - s.start) and s.text[after:last.start - s.start].count(
            "，") <= 1:
        run = [firms[-1]]
        for m in reversed(firms[:-1]):      # the list just before 分别: joined by 、和及与
            if joiner_zh.fullmatch(s.text[m.end - s.start:run[0].start - s.start]):
                run.insert(0, m)
            else:
                break
        return [m.iri for m in run]
    shares = [m for m in firms if share_en.match(s.text, m.end - s.start)]
    if len(shares) >= 2 and shares == firms[:len(shares)] and any(
            gives_en.match(s.text[m.end - s.start:])
            for m in shares):
        return [m.iri for m in shares]
    return []


def add_share_lenders(frames: list[Frame], sentences: list[Sentence], ents: Entities) -> None:
    """Lenders listed with their shares join the financing told just before them."""
    for f in frames:
        if f.family not in _FINANCINGS or f.roles.get("lender") or not f.roles.get("borrower"):
            continue
        s = f.sentence
        found = _share_lenders(s, ents, f.span[1])
        nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
        if not found and nxt is not None and not any(g.sentence is nxt for g in frames):
            found = _share_lenders(nxt, ents, 0)
            if found:
                f.extra_evidence.append(nxt)
        found = [i for i in found if i not in f.roles["borrower"]]
        if found:
            f.roles["lender"] = found


#: Patterns that name a financing's lenders only (relations.yaml): the borrower is found here.
LENDERS_ONLY = _LENDERS_ONLY = ("en.loan.np.led.by", "en.loan.np.providing", "en.loan.np.that.provided",
                                "en.loan.debt.provided.by", "en.loan.np.separate.from")
#: A financing told as a separate one by its lender only ("describes a separate $400m term loan
#: from X"): the borrower of the financing told up to this many sentences before borrows it.
_SEPARATE = "en.loan.np.separate.from"
_SEPARATE_REACH = 4


@lru_cache(maxsize=1)
def _another() -> re.Pattern:
    """A financing told as another one ("a separate facility", ``another_financing`` in cues.yaml)."""
    return word_cue(lexicon()["another_financing"])


@lru_cache(maxsize=1)
def _repays() -> re.Pattern:
    """The proceeds of the financing just told repay or refinance another one: same borrower
    (``repays`` in lexicon/cues.yaml)."""
    return word_cue(lexicon()["repays"])


#: Lenders-only patterns that describe the financing itself ("The debt, provided by X"): kept
#: without a borrower when their sentence opens on it.
_DESCRIBED = ("en.loan.debt.provided.by",)
_DEMONSTRATIVE = re.compile(r"\s*(?:That|This|Those|These)\b")


def _repaid(f: Frame, sentences: list[Sentence]) -> bool:
    """The financing `f` is what the proceeds repay: said before it in its sentence, or in the
    sentence before when `f`'s sentence names the loan back ("That $3.1bn loan …")."""
    if _repays().search(f.sentence.text[:f.span[0]]):
        return True
    i = f.sentence.index
    return 0 < i <= len(sentences) and cue("financing_named_back").match(f.sentence.text) is not None \
        and _repays().search(sentences[i - 1].text) is not None


def _raiser(frames: list[Frame], since: int = -1) -> list[str]:
    """The borrower (or issuer) of the latest financing told so far (from sentence `since` on),
    if any."""
    for g in reversed(frames):
        if g.family in (*_FINANCINGS, "Bond") and g.sentence.index >= since:
            who = g.roles.get("borrower") or g.roles.get("issuer")
            if who:
                return list(who)
    return []


def lone_lenders(frames: list[Frame], sentences: list[Sentence] = ()) -> list[Frame]:
    """A financing told by its lenders only takes its borrower from the financing of the same
    amount told with one ("X signs $4.75bn project loan" … "A $4.75bn project finance loan, led
    by Y"), else, told as another one ("Y is also providing a separate facility"), from the
    lender's earlier financing, or, repaid with the proceeds of the financing just told (said in
    its sentence or, when it names the loan back, the one before: "Part of the money will repay a
    construction loan. That $3.1bn loan was provided by Y"), from that one's borrower or issuer;
    with none it is dropped (no deal without a borrower) unless it describes the financing itself
    ("The debt, provided by X and Y, …", `_DESCRIBED`) or is a project's (`project_loans`)."""
    out: list[Frame] = []
    for f in frames:
        if f.rule not in _LENDERS_ONLY or f.roles.get("borrower"):
            out.append(f)
            continue
        lenders = set(f.roles.get("lender", ()))
        amount = f.figures.get("amountUSD")
        same = [g for g in frames if g is not f and g.family in _FINANCINGS
                and g.roles.get("borrower") and amount is not None
                and g.figures.get("amountUSD") is not None
                and g.figures["amountUSD"].value == amount.value]
        earlier = [g for g in out if g.family in _FINANCINGS and g.roles.get("borrower")
                   and lenders & set(g.roles.get("lender", ()))]
        if same:
            f.roles["borrower"] = list(same[0].roles["borrower"])
        elif earlier and _another().search(f.sentence.text):
            f.roles["borrower"] = list(earlier[-1].roles["borrower"])
        elif _repaid(f, sentences) and _raiser(out):
            f.roles["borrower"] = _raiser(out)  # "Part of the proceeds will repay a loan …"
        elif f.rule == _SEPARATE and _raiser(out, f.sentence.index - _SEPARATE_REACH):
            f.roles["borrower"] = _raiser(out, f.sentence.index - _SEPARATE_REACH)
        elif led_loan_of_a_project(f.sentence.text):
            pass        # "the phase draws on a $2bn loan arranged by X": no firm borrows
        elif f.rule not in _DESCRIBED or not cue("financing_named_back").match(f.sentence.text) \
                or _DEMONSTRATIVE.match(f.sentence.text):
            continue    # kept: "The debt, provided by X and Y, is secured by …" (a vehicle borrows);
        out.append(f)   # "That loan, provided by X" names one told before, which went unread
    return out
