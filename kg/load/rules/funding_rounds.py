"""Investors of a funding round told after the round ("深曜完成一轮12亿美元融资。本轮由X领投，Y跟投。X
出资8亿美元，将持有深曜约9%的股份", "Vexon Labs has closed a $1.2bn Series C. The round was led by
X, with participation from Y, which put in $300m").

A round is a firm raising equity in a round (``round_zh`` / ``round_en`` in the ``funding_rounds``
entry of ``lexicon/relations.yaml``: 轮 / round / Series); an investor is a firm that leads, joins
or pays into it (``investors_zh`` / ``investors_en``) in that sentence or the next few, naming
no investee of its own. Each investor buys an equity stake in the round's firm, with the amount
and the share told in its own stretch of the sentence (up to the next investor or a strong
break). Nothing here names a firm or a phrasing; the words are in the lexicon.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.load.extraction import Frame, figure_of
from kg.load.rules.slots import Slotted
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

_SLOT = re.compile(r"⟦(\d+)⟧")
_BREAK = re.compile(r"[。；;]|\.\s")
_REACH = 3          # sentences after the round that may name its investors
_SIZE_AFTER = 12    # characters after the round's words that may still state its size


@dataclass(frozen=True)
class Round:
    owner: tuple[str, ...]      # IRIs of the firm raising the round
    index: int                  # sentence index where the round is told
    amount: object = None       # the round's size in dollars (a Quantity), told in its clause
    sentence: Sentence | None = None


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...], re.Pattern, re.Pattern]:
    spec = lexicon()["funding_rounds"]
    return (tuple(re.compile(x, re.I) for x in spec["round_told"]),
            tuple(re.compile(x, re.I) for x in spec["investors"]),
            re.compile(spec["share_after"], re.I), re.compile(spec["not_in_sentence"], re.I))


def round_told(s: Sentence, slotted: Slotted, quantities=()) -> Round | None:
    """The round a sentence tells, by the firm raising it, with its size in dollars when the
    round's clause (or the conversion right after it, "…B轮融资，约合1.4亿美元") states one."""
    for regex in _rules()[0]:
        m = regex.search(slotted.text)
        if m is not None:
            a, b = slotted.original(m.start(), m.end())
            brk = _BREAK.search(s.text, b)
            stop = min(brk.start() if brk else len(s.text), b + _SIZE_AFTER)
            size = next((q for q in quantities if q.unit == "USD" and a <= q.start < stop), None)
            return Round(tuple(slotted.slots[int(m.group("r"))]), s.index, size, s)
    return None


def pool_round_investors(frames: list[Frame], rounds: list[Round]) -> list[Frame]:
    """Investors a round names without a figure of their own ("本轮由X领投，Y跟投", "led by X,
    with participation from Y") bought one stake together: the round, at its size. Investors
    told with their own amount or share keep their own stakes."""
    groups: dict[tuple, list[Frame]] = {}
    for f in frames:
        if f.rule == "round.investor":
            groups.setdefault((tuple(f.roles["investee"]), f.sentence.index), []).append(f)
    drop: set[int] = set()
    for (owner, index), group in groups.items():
        if any(f.figures for f in group):
            continue
        rnd = next((r for r in reversed(rounds) if r.owner == owner and r.index <= index), None)
        first = group[0]
        for f in group[1:]:
            first.roles["investor"] += [i for i in f.roles["investor"]
                                        if i not in first.roles["investor"]]
            drop.add(id(f))
        if rnd is not None and rnd.amount is not None:
            first.figures["amountUSD"] = figure_of(rnd.amount)
            if rnd.sentence is not first.sentence and rnd.sentence not in first.extra_evidence:
                first.extra_evidence.append(rnd.sentence)
    return [f for f in frames if id(f) not in drop]


def round_stakes(s: Sentence, slotted: Slotted, quantities, rnd: Round | None,
                 frames: list[Frame]) -> list[Frame]:
    """Stakes bought by the investors this sentence names in the round `rnd` (new frames; figures
    of an investor already read for the round go to its frame in `frames`)."""
    if rnd is None or not 0 <= s.index - rnd.index <= _REACH:
        return []
    _, investors, share, not_in_sentence = _rules()
    if not_in_sentence.search(s.text):
        return []
    found: list[tuple[int, int]] = []         # (slot start in slotted text, slot number)
    for regex in investors:
        for m in regex.finditer(slotted.text):
            found.append((m.start("x"), int(m.group("x"))))
    found = sorted(set(found))
    out: list[Frame] = []
    for k, (at, n) in enumerate(found):
        for iri in (i for i in slotted.slots[n] if i not in rnd.owner):
            _investor(s, slotted, quantities, rnd, frames, out, iri, at, found[k + 1][0]
                      if k + 1 < len(found) else len(slotted.text), share)
    return out


def _investor(s: Sentence, slotted: Slotted, quantities, rnd: Round, frames: list[Frame],
              out: list[Frame], iri: str, at: int, stop: int, share: re.Pattern) -> None:
    """The stake of one investor named at `at` (its stretch ends at `stop` or a strong break)."""
    brk = _BREAK.search(slotted.text, at, stop)
    a, b = slotted.original(at, brk.start() if brk else stop)
    figures = {}
    amounts = [q for q in quantities if q.unit == "USD" and a <= q.start < b]
    if amounts:
        figures["amountUSD"] = figure_of(amounts[0])
    percents = [q for q in quantities if q.unit == "percent" and not q.direction
                and a <= q.start < b and share.match(s.text, q.end)]
    if percents:
        figures["stakePercent"] = figure_of(percents[0])
    known = next((f for f in reversed([*frames, *out]) if f.rule == "round.investor"
                  and f.roles.get("investor") == [iri]
                  and f.roles.get("investee") == list(rnd.owner)), None)
    if known is not None:           # "本轮由X领投。…X出资8亿美元": the figures of its stake
        for key, value in figures.items():
            known.figures.setdefault(key, value)
        if figures and s is not known.sentence and s not in known.extra_evidence:
            known.extra_evidence.append(s)
        return
    if any(iri in f.roles.get("investor", []) for f in frames if f.sentence.index == s.index):
        return                      # the sentence tells this investor's deal itself
    out.append(Frame("Stake", {"EquityStake"}, {"investor": [iri], "investee": list(rnd.owner)},
                     s, (a, b), "round.investor", 0.7, figures))
