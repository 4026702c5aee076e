"""The share of a company a warrant or stake told before gives, told in a later sentence.

"If exercised in full it would amount to roughly 6% of Ravelin." (the sentence after the
warrant), "The warrant is equivalent to about 9.8% of Solvane's outstanding shares." (a later
sentence naming the warrant), "该认股权证约占曜石已发行股份的9.8%". The percent must be a share
OF the company (its shares, the company, or the firm that issued the warrant / took the money);
a percent of anything else (a move, a margin) is no stake.
"""
from __future__ import annotations

import re

from functools import lru_cache

from kg.load.extraction import Frame, figure_of
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import word_cue
from kg.load.text.numbers import find_money
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

#: "% of the company" ("of the enlarged company"), "% of its shares", "% of the outstanding shares", 已发行股份的9.8%
_OF_THE_COMPANY = re.compile(r"%\s+of\s+(?:the\s+(?:(?:enlarged|combined|expanded|diluted|whole|entire|"
                             r"listed)\s+)?(?:company|group)|its\s+(?:shares|stock|equity)|the\s+chipmaker|"
                             r"its\s+(?:[\w-]+\s+){0,2}?(?:rival|peer|partner|customer|supplier)\b|"
                             r"the\s+firm|(?:the\s+)?outstanding\s+shares)|(?:已发行)?股(?:份|本)的\d")
#: a percent followed by "of" and a firm's name ("6% of Ravelin", "9.8% of Solvane's outstanding
#: shares"): the firm must be the deal's issuer or investee
_OF_FIRM = re.compile(r"(?:\s*(?:%|percent|per cent))?\s+of\s+(?:the\s+)?$")
_OF_FIRM_ZH = re.compile(r"(?:占|相当于|约占|约合)$")
_NAMES_DEAL = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:warrants?|stake)\b|(?:该|这批|这份|上述)(?:认股权证|权证|股权)",
                         re.I)
_OWNER_ROLES = ("issuer", "investee")
_REACH = 6      # sentences back a sentence naming the deal may reach (as typed anaphora)


def _percent_of_owner(s: Sentence, ents: Entities, q, owners: set[str]) -> bool:
    """The percent `q` is a share of one of `owners` named right after it ("6% of Ravelin")
    or, in Chinese, right before it ("占曜石已发行股份的9.8%")."""
    for m in ents.mentions:
        if m.kind != "firm" or m.iri not in owners or not s.start <= m.start < s.end:
            continue
        a = m.start - s.start
        if q.end <= a <= q.end + 20 and _OF_FIRM.fullmatch(s.text[q.end:a]):
            return True
        if a < q.start <= a + 20 and _OF_FIRM_ZH.search(s.text[:a]):
            return True
    return False


def stake_share(frames: list[Frame], s: Sentence, ents: Entities, quantities) -> None:
    """Give the warrant or stake told before the share of its company this sentence states, when
    it has none: the one deal of the sentence right before, or the latest within reach when this
    sentence names the deal ("the warrant")."""
    percents = [q for q in quantities if q.unit == "percent" and not q.direction]
    if len(percents) != 1:
        return
    q = percents[0]
    open_deals = [f for f in frames if f.family in ("Warrant", "Stake")
                  and "stakePercent" not in f.figures]
    before = [f for f in open_deals if f.sentence.index == s.index - 1]
    if len(before) == 1:
        target = before[0]
    elif not before and _NAMES_DEAL.search(s.text):
        near = [f for f in open_deals if s.index - _REACH <= f.sentence.index < s.index]
        target = near[-1] if near else None
    else:
        target = None
    if target is None:
        return
    owners = {i for r in _OWNER_ROLES for i in target.roles.get(r, [])}
    if not (_OF_THE_COMPANY.search(s.text) or _percent_of_owner(s, ents, q, owners)):
        return
    target.figures["stakePercent"] = figure_of(q)
    target.extra_evidence.append(s)


_EXERCISE = re.compile(r"\bexercis(?:e|ed|es|ing)\b|行权|行使", re.I)


def exercised_stakes(frames: list[Frame], earlier: list[Frame], s: Sentence) -> list[Frame]:
    """'若全部行权，X将持有Y约6.5%的股份', 'If exercised, the warrant would leave X with 6% of Y':
    a stake that exercising a warrant told shortly before would give is that warrant's figure,
    no stake of its own. Returns the sentence's frames without such stakes."""
    if not _EXERCISE.search(s.text):
        return frames
    out = []
    for f in frames:
        warrant = None if f.family != "Stake" else next(
            (g for g in reversed(earlier) if g.family == "Warrant"
             and s.index - _REACH <= g.sentence.index < s.index
             and g.roles.get("holder") == f.roles.get("investor")
             and g.roles.get("issuer") == f.roles.get("investee")), None)
        if warrant is None:
            out.append(f)
            continue
        for key, value in f.figures.items():
            warrant.figures.setdefault(key, value)
        warrant.extra_evidence.append(s)
    return out


@lru_cache(maxsize=1)
def _receives() -> re.Pattern:
    """Verbs of an investor getting shares (``shares_received`` in lexicon/relations.yaml)."""
    return word_cue(lexicon()["shares_received"])


def received_shares(frames: list[Frame], s: Sentence, ents: Entities, quantities) -> bool:
    """'X completed the $5bn investment in Y. … at closing X received 214,776,632 shares, roughly
    4% of its old rival': an investment (or a stake) told shortly before, whose investor gets the
    shares, is a stake, and the count and share are its figures. The sentence names no firm but
    the deal's; the deal is the one of the two sentences before, or, when the sentence names the
    investor getting the shares ("X receives N shares"), its latest within reach. True when the
    deal took the shares."""
    counts = [q for q in quantities if q.unit == "shares"]
    percents = [q for q in quantities if q.unit == "percent" and not q.direction]
    if len(counts) > 1 or len(percents) > 1 or not (counts or percents) \
            or not _receives().search(s.text):
        return False
    mentions = ents.firms_in(s.start, s.end)
    receivers = {m.iri for m in mentions
                 if _receives().match(s.text, m.end - s.start + 1) is not None
                 or _receives().search(s.text, m.end - s.start, m.end - s.start + 12)}
    deals = [f for f in frames if f.family in ("Investment", "Stake") and (
        s.index - _RECEIVED_REACH <= f.sentence.index < s.index
        or receivers and s.index - _REACH <= f.sentence.index < s.index
        and receivers <= set(f.roles.get("investor", ())))]
    near = [f for f in frames if s.index - _RECEIVED_REACH <= f.sentence.index < s.index]
    if not deals or (len(near) > 1 and not receivers):
        deals = _pair_deals(frames, {m.iri for m in mentions})
        if not deals:
            return False
    target = deals[-1]
    if not {m.iri for m in mentions} <= target.parties() \
            or not receivers <= set(target.roles.get("investor", ())) \
            or (target.family == "Stake" and "shareCount" in target.figures):
        return False
    target.family = "Stake"
    target.kinds = {"EquityStake"} | (target.kinds - {"InvestmentCommitment"})
    if counts:
        target.figures.setdefault("shareCount", figure_of(counts[0]))
    if percents and (_OF_THE_COMPANY.search(s.text) or _FOLLOWS_COUNT.match(
            s.text, counts[0].end if counts else len(s.text)) or _percent_of_owner(
            s, ents, percents[0], set(target.roles.get("investee", ())))):
        target.figures.setdefault("stakePercent", figure_of(percents[0]))
    target.extra_evidence.append(s)
    return True


#: patterns reading a holding by its share count ("X now holds N Y shares"): told after an
#: investment between the same firms, the count is that investment's (it becomes the stake)
SHARE_COUNT_RULES = frozenset({"en.stake.hold.shares", "en.stake.hold.shares.of"})


def count_of_earlier_deal(new: list[Frame], frames: list[Frame], s: Sentence, ents: Entities,
                          quantities) -> bool:
    """True when the sentence's only frames read a holding by its share count and the
    investment told shortly before takes the count instead (received_shares)."""
    return bool(new) and all(f.rule in SHARE_COUNT_RULES for f in new) \
        and received_shares(frames, s, ents, quantities)


_RECEIVED_REACH = 2    # sentences back (a date's abbreviation may split one: "Sept. 18")


def _pair_deals(frames: list[Frame], firms: set[str]) -> list[Frame]:
    """The equity deals told before whose investor and investee are exactly the two firms a
    sentence names (a timeline's last entry naming only Drummore and Velloran, paragraphs after
    Drummore's purchase of Velloran shares was told): naming both parties names the deal, however
    far back it was told."""
    if len(firms) != 2:
        return []
    return [f for f in frames if f.family in ("Investment", "Stake")
            and len(f.roles.get("investor", ())) == 1 and len(f.roles.get("investee", ())) == 1
            and {*f.roles["investor"], *f.roles["investee"]} == firms]
#: a percent right after the share count ("38,400,000 new shares (about 6% of …")
_FOLLOWS_COUNT = re.compile(r"\s*[,(]\s*(?:or\s+|about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+)?[\d.]+\s*(?:%|percent|per cent)")


@lru_cache(maxsize=1)
def _equity_money() -> re.Pattern:
    return re.compile(lexicon()["equity_money"], re.I)


def investments_as_stakes(frames: list[Frame]) -> None:
    """'X's $2bn investment in Y …' and 'X will buy $2bn of Y common stock': an
    investment between the investor and investee of a stake the article tells, for the same
    amount, is that stake told in other words (one node, not two)."""
    stakes = {(tuple(f.roles.get("investor", ())), tuple(f.roles.get("investee", ())),
               f.figures["amountUSD"].value) for f in frames
              if f.family == "Stake" and "amountUSD" in f.figures}
    held = {(tuple(f.roles.get("investor", ())), tuple(f.roles.get("investee", ())))
            for f in frames if f.family == "Stake" and "amountUSD" not in f.figures}
    equity = _equity_money()
    for f in frames:
        pair = (tuple(f.roles.get("investor", ())), tuple(f.roles.get("investee", ())))
        if f.family == "Investment" and "amountUSD" in f.figures and (
                (*pair, f.figures["amountUSD"].value) in stakes
                or (pair in held and equity.search(f.sentence.text))):
            # (or money paid as equity by the holder of a stake told with no amount: "A quarter
            # of Y has been X's since 2019; all $300m it paid went in as new shares")
            f.family = "Stake"
            f.kinds = {"EquityStake"} | (f.kinds - {"InvestmentCommitment"})


#: The money of an investment named as a thing: "the cash/money X is putting into Y", "X's
#: investment in Y", "X的投资款", "来自X的投资" (no verb telling an investment made).
_MONEY_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:cash|money|funds|capital)\s+(?:that\s+)?$", re.I)
#: (的投资 then a verb is the money too: "X的投资将用于购买芯片"; not 的投资者/投资人/投资方/投资机构…,
#: a firm that invests; review of fa8352c)
_MONEY_NAMED = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?investments?\s+(?:in|into)\b|"
                          r"的(?:投资|出资|注资)款?(?![者人方机组部银公基经顾])", re.I)


def _money_named(f: Frame) -> bool:
    text = f.sentence.text
    a, b = f.span
    return bool(_MONEY_BEFORE.search(text[max(0, a - 24):a])
                or _MONEY_NAMED.search(text[a:min(len(text), b + 1)]))


def retold_investments(frames: list[Frame]) -> list[Frame]:
    """"The cash X is putting into Y will flow back", "Y的付款能力部分来自X的投资款": an investment
    told with no figure at all, between the investor and investee of a stake an earlier sentence
    told, is that stake named again, not a second deal. Returns the frames without such
    investments; one with a figure of its own, or told before the stake or with it, stays."""
    out: list[Frame] = []
    for f in frames:
        if f.family == "Investment" and not f.figures and f.roles.get("investor") \
                and f.roles.get("investee") and _money_named(f) and any(
                    g.family == "Stake" and g.sentence.index < f.sentence.index
                    and g.roles.get("investor") == f.roles.get("investor")
                    and g.roles.get("investee") == f.roles.get("investee") for g in out):
            continue
        out.append(f)
    return out


def completed_stakes(frames: list[Frame]) -> list[Frame]:
    """'岚拓入股韦林一事落定，岚拓获发3,840万股新股', "Drummore's subscription in Velloran settled, with
    38.4 million shares issued to it": an investment told only with the shares it brought (a share
    count, no amount) between the investor and investee of a stake told before is that stake
    completed, not a deal of its own; its figures go to the stake. Returns the frames without such
    investments."""
    out: list[Frame] = []
    for f in frames:
        stake = None
        if f.family == "Investment" and "shareCount" in f.figures \
                and not find_money(f.sentence.text):     # (an amount of money, in any currency)
            stake = next((g for g in reversed(out) if g.family == "Stake"
                          and g.roles.get("investor") == f.roles.get("investor")
                          and g.roles.get("investee") == f.roles.get("investee")), None)
        if stake is None:
            out.append(f)
            continue
        for key, value in f.figures.items():
            stake.figures.setdefault(key, value)
        stake.extra_evidence.append(f.sentence)
    return out
