"""Stock moves, financial and usage metrics, and people's posts in a sentence.

A move needs a share word (shares, stock, 股价) and a percentage; its firm is the one named next
to the share word, else the sentence's topic, else the previous move's firm ("the stock was up
43%"). A metric needs a metric word near a number of the right unit; its firm is the nearest
firm before it, else the sentence's topic, else the topic of the sentence before ("其年营收").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ids import person_iri
from kg.load.rules.announcer import bare_company
from kg.load.rules.contract_revenue import contract_revenue
from kg.load.rules.entities import Entities, Mention, role_type as _role_type
from kg.load.rules.gazetteer import gazetteer
from kg.load.extraction import BOUNDS, Metric, Move, Post
from kg.load.rules.founders import founder_posts
from kg.load.rules.zh_name_ends import name_before_word
from kg.load.rules.person_names import EN_NAME
from kg.load.rules.table_columns import estimate_cells, prior_cells
from kg.load.rules.guards import clause_start, deal_amount, vague
from kg.load.rules.patterns import cue
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon



def firms_of(s: Sentence, ents: Entities) -> list[Mention]:
    return [m for m in ents.mentions if m.kind == "firm" and s.start <= m.start and m.end <= s.end]


#: Shares named by a pronoun right after a sentence telling their move ("Norvale shares were
#: down 3.5% in early trading. They recovered to end the session 1.1% higher.", "At the intraday
#: peak it was up 43%").
_SHARES_PRONOUN = re.compile(r"(?:\s*(?:They|It)|\s*(?:At|By|In|On)\s[^,%\d]{1,40}?,?\s+(?:it|they))\b"
                             r"(?=\s+(?:was|were|had|closed|ended|finished|traded|opened|recovered|rebounded|"
                             r"rose|fell|gained|lost|jumped|slipped|slid|dropped|climbed|surged|gave\s+back|"
                             r"pared|shed|dipped|eased|sank|tumbled|plunged|soared|rallied)\b)")


#: Shares owned by a description or a pronoun ("The optical-component maker's shares jumped",
#: "Its stock fell", 该公司股价): with no firm named before them in the sentence, the firm the
#: sentence before named last (`described_owner`), not a firm named later in the sentence.
_DESCRIBED_OWNER = re.compile(r"(?:\b(?:the\s+[\w\s-]{1,40}?(?:'s|’s)|its|their)|该公司|这家公司|其)\s*$",
                              re.I)


def sentence_moves(s: Sentence, ents: Entities, quantities, previous_firm: str | None,
                   after_move: bool = False, described_owner: str | None = None) -> list[Move]:
    # a share word only after every percentage names no move's shares ("收涨20%，总市值升至…")
    nouns = [n for n in cue("move_nouns").finditer(s.text)
             if any(q.unit == "percent" and n.start() < q.start for q in quantities)]
    pronoun = not nouns and after_move and (_SHARES_PRONOUN.match(s.text)
                                            or _restated(s, ents, quantities))
    if pronoun:
        nouns = [pronoun]          # "They" are the shares of the sentence before, not a firm here
    firms = firms_of(s, ents)
    if not nouns:
        return _bare_moves(s, firms, quantities, ents, described_owner)
    moves = []
    moves_at: list = []
    for q in quantities:
        if q.unit != "percent":
            continue
        noun = max((n for n in nouns if n.start() < q.start), key=lambda n: n.start(), default=None)
        if noun is None or q.start - noun.end() > 120:
            continue
        # a percentage's own stretch starts after the move told before it under the same share
        # word ("shares had fallen 6% on Monday before rebounding 2%", "rose 5% after Y bought a
        # 10% stake"): the verb of the move before gives it no sign
        anchor = max([noun.end()] + [m.end for m in moves_at if m.start > noun.end()])
        between = s.text[anchor:q.start]
        if q.start - noun.end() > 60 and not _VERB_JUST_BEFORE.search(between[-32:]) \
                and not (_AMPLITUDE.search(between[-32:])
                         and _restated_extreme(between[-40:] + s.text[q.start:q.end]
                                           + _clause_after(s.text, q))):
            continue               # far from the share word: only right after its own verb
                                   # or its size word, told as an intraday extreme of the same
                                   # stock ("while Y reported a gain of as much as 4%")
        if q.start - noun.end() > 60:  # "fell 3.5% ... before closing up 1.1%": that verb's sign
            between = between[-32:]
        if re.search(r"\b(?:to|of)\b|至|达|占", between[-8:]) and not q.direction \
                and not _AMPLITUDE.search(between[-16:]):
            continue               # (but "盘中涨幅一度达到43%": the move's own size)
        if cue("growth_rate").search(between[-12:]) \
                or cue("growth_rate").search(_LAST_CLAUSE.split(s.text[q.end:q.end + 28])[0]):
            continue               # "剩余履约义务达到4550亿美元，同比激增359%", "revenue of $1.9bn,
                                   # up 64% from a year earlier": a figure's growth
        if cue("market_indices").search(between):
            continue               # "Technology shares pushed the Nasdaq up 0.8%": an index
        after = s.text[q.end:q.end + 12]
        if _potential(between, after):
            continue               # "the stock could fall around 8%", 约有25%的上涨空间
        if anchor > noun.end() and not _moving(_LAST_CLAUSE.split(between)[-1] + after) \
                and not _SAME_MOVE_AGAIN.fullmatch(between):
            continue               # "股价上涨3%，此前公司宣布降价10%": a clause of another kind
        sign = _sign(q, between + after) or _sign(q, noun.group()) or (
            (1 if moves[-1].percent > 0 else -1)
            if moves and anchor > noun.end() and _SAME_MOVE_AGAIN.fullmatch(between) else 0)
        if sign == 0:
            continue
        own = None if pronoun else _own_bare_firm(s, firms, anchor, q)
        if own is None and not any(0 <= noun.start() - (f.end - s.start) <= 3 for f in firms) \
                and any(m.start() < noun.start() < m.end() for m in cue("move_sector").finditer(
                s.text, max(0, noun.start() - 40), noun.end() + 2)):
            continue               # "Chip stocks rose 2.1%, with X up 4%": the sector's move
        firm = (None if pronoun else own
                or (_described(s, noun.start(), described_owner, ents)
                    if _DESCRIBED_OWNER.search(s.text, 0, noun.start())
                    and not any(f.end - s.start <= noun.start() for f in firms)
                    else _move_firm(s, firms, noun.start(), noun.end()))) or previous_firm
        if firm is None:
            continue
        intraday = _intraday(s.text, q, [m.end for m in moves_at], 0)
        moves_at.append(q)
        moves.append(Move(firm, sign * q.value, BOUNDS.get(q.bound, "Exact"), s,
                          "move." + ("zh" if re.search(r"[\u4e00-\u9fff]", noun.group()) else "en"),
                          intraday=intraday))
    return moves



def _restated(s: Sentence, ents: Entities, quantities):
    """A publisher's figure for the move the sentence before told: a sentence that names a
    publisher and no firm before its first percentage, then a move's size word, "the stock" or
    "had it up" ("Y had it up 4% at one point", 路透社报道的盘中涨幅则接近4%); the match stands for
    the shares of that move, or None."""
    first = next((q.start for q in quantities if q.unit == "percent"), None)
    if first is None:
        return None
    m = cue("move_restated").search(s.text, 0, first)
    if m is None:
        return None
    told = [e for e in ents.mentions if s.start <= e.start and e.end - s.start <= first]
    publishers = [e for e in told if e.kind == "publisher" and e.end - s.start <= m.start()]
    if any(e.kind == "firm" for e in told) or not publishers:
        return None
    q = next(q for q in quantities if q.start == first)
    if not _restated_extreme(s.text[publishers[0].end - s.start:q.end] + _clause_after(s.text, q)):
        return None                # an index's, a peer's, a forecast's or a metric's figure
    return m


def _clause_after(text: str, q) -> str:
    """The rest of percentage `q`'s clause (up to 40 characters)."""
    return _LAST_CLAUSE.split(re.split(r"[。.!?！？]", text[q.end:q.end + 40])[0])[0]


def _restated_extreme(stretch: str) -> bool:
    """Whether a publisher's figure (`stretch`: its words up to the end of its clause) is that
    stock's intraday extreme: an intraday word in it ("as much as", 盘中, 一度) and no word of an
    index, a sector, a peer, a forecast or a metric (``move_restated_other``)."""
    return bool(cue("move_intraday").search(stretch)) \
        and not cue("move_restated_other").search(stretch) \
        and not cue("market_indices").search(stretch)


def _potential(stretch: str, after: str) -> bool:
    """Whether a percentage is a move that may come, not one that was: a modal or a forecast in
    the last clause of its stretch, or an upside/downside named right after it."""
    return bool(cue("move_potential_before").search(_LAST_CLAUSE.split(stretch)[-1])
                or cue("move_potential_after").search(after))


#: The last clause of a stretch of text.
_LAST_CLAUSE = re.compile(r"[，,;；]")

#: Between two percentages of one share word, only a time and "and" ("rose 4% on Monday and 3%
#: on Tuesday"): the second moves the same way.
_SAME_MOVE_AGAIN = re.compile(r"\s*(?:(?:on|in)\s+\w+\s+)?(?:and|then)\s+(?:by\s+)?|[、]", re.I)


def _moving(text: str) -> bool:
    """Whether a stretch tells a share move: a move verb or a move's size word in it."""
    return bool(cue("move_up").search(text) or cue("move_down").search(text)
                or _AMPLITUDE.search(text))


def mover_company(moves: list[Move], s: Sentence, paragraph_first: str | None) -> str | None:
    """The firm a bare 公司 of a sentence naming no firm means in market copy: the firm whose move
    the sentence before told, when that firm opens the paragraph ("个股方面，X…收涨9.3%。消息面上，
    公司昨晚公告…"), not a peer whose move the paragraph tells after the firm it is about."""
    if not moves or paragraph_first is None or not bare_company(s.text):
        return None
    last = moves[-1]
    if last.sentence.index != s.index - 1 or last.sentence.paragraph != s.paragraph:
        return None
    return last.firm if last.firm == paragraph_first else None


def share_owner(s: Sentence, ents: Entities) -> str | None:
    """The firm whose shares a sentence names ("Valtrix's shares have been under pressure"), for a
    "They fell 3.4%" in the sentence after it; None when it names no shares or no firm."""
    noun = cue("move_nouns").search(s.text)
    return _move_firm(s, firms_of(s, ents), noun.start(), noun.end()) if noun else None


def _bare_moves(s: Sentence, firms: list[Mention], quantities, ents: Entities,
                described_owner: str | None = None) -> list[Move]:
    """Moves without a share word: a firm's name, then only a move verb, then a percentage; a
    second percentage right after such a move, told as an intraday extreme ("AMD closed up 23.7%,
    after trading as much as 38% higher intraday"), is that firm's move too."""
    bare = cue("move_bare")
    moves = []
    last_end = None
    for q in quantities:
        if q.unit != "percent":
            continue
        before = [f for f in firms if f.end - s.start <= q.start]
        described = _described_subject(s, q, before, ents, described_owner)
        if described is not None:   # "The power developer was up 2.2%", 这家云服务商收跌10%
            moves.append(Move(described, _sign(q, s.text[q.start - 40:q.end + 12]) * q.value,
                              BOUNDS.get(q.bound, "Exact"), s, "move.bare.described",
                              intraday=_intraday(s.text, q, [] if last_end is None else [last_end],
                                                 0)))
            last_end = q.end
            continue
        if not before:
            continue
        firm = before[-1]
        between = s.text[firm.end - s.start:q.start]
        if moves and last_end is not None and firm.end - s.start <= last_end \
                and q.start - last_end <= 40 and (cue("move_intraday").search(
                    s.text, last_end, q.end + 24) or _THEN_CLOSE.search(s.text[last_end:q.start])):
            between = s.text[last_end:q.start]   # the firm's move goes on to its intraday extreme
            sign = _sign(q, between + s.text[q.end:q.end + 12])   # or to its close
            if sign:
                moves.append(Move(moves[-1].firm, sign * q.value, BOUNDS.get(q.bound, "Exact"), s,
                                  moves[-1].rule,
                                  intraday=not _THEN_CLOSE.search(between)))
                last_end = q.end
            continue
        between = between[_apposition_end(between):]   # "X, the data-centre landlord, fell"
        participle = firm is before[0] and cue("move_participle").search(between) \
            and not cue("move_participle_other").search(between) \
            and not cue("move_participle_other").search(       # "…, shedding 8% of its staff"
                _LAST_CLAUSE.split(s.text[q.end:q.end + 40])[0])
        if len(between) > 40 or not (bare.search(between) or participle) \
                or _potential(between, s.text[q.end:q.end + 12]):
            continue               # (participle: "X went the other way, falling 6.5%")
        sign = _sign(q, between)
        if sign == 0:
            continue
        zh = bool(re.search(r"[\u4e00-\u9fff]", between))
        moves.append(Move(firm.iri, sign * q.value, BOUNDS.get(q.bound, "Exact"), s,
                          "move.bare." + ("zh" if zh else "en"),
                          intraday=_intraday(s.text, q, [] if last_end is None else [last_end],
                                             firm.end - s.start)
                          and not _ZH_CLOSE.search(_LAST_CLAUSE.split(between)[-1])))
        last_end = q.end
    return moves


#: A firm told by a description as the subject of its clause ("The power developer was up",
#: "; the chipmaker fell", 这家云服务商开盘即封死跌停): the description's words.
_DESCRIBED_SUBJECT = re.compile(r"(?:^|[,;，；]\s*|\b(?:while|and|but)\s+)(?:[Tt]he|[Tt]his)\s+"
                                r"(?P<en>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})|"
                                r"(?:^|[，；。])(?:这家|该)(?P<zh>[\u4e00-\u9fff]{2,12})")


def _described_subject(s: Sentence, q, before: list[Mention], ents: Entities,
                       fallback: str | None) -> str | None:
    """The firm a description names as the subject of a bare move (only a move verb between the
    description and the percentage, no firm in between): of the firms named before, the last one
    of the type the description says, else the firm the sentence before named last."""
    told = None
    for m in _DESCRIBED_SUBJECT.finditer(s.text, 0, q.start):
        found = _description_prefix(m.group("en") or m.group("zh"), bool(m.group("en")))
        if found is None:
            continue
        type_name, end = found[0], m.start("en" if m.group("en") else "zh") + found[1]
        if type_name == "Firm" or any(end <= f.start - s.start for f in before):
            continue               # ("the power developer": a type that picks no firm out)
        between = s.text[end:q.start]
        if len(between) > 40 or not cue("move_bare").search(between) \
                or not _sign(q, between + s.text[q.end:q.end + 12]):
            continue
        told = (m.start(), type_name)
    return None if told is None else _typed_or(s, told[0], told[1], fallback, ents)


def _description_prefix(words: str, en: bool) -> tuple[str, int] | None:
    """(type, length) of the longest start of `words` that is a firm description with a type
    ("power developer" of "power developer was up", 云服务商 of 云服务商开盘即封死跌停)."""
    if en:
        parts = [m.end() for m in re.finditer(r"[\w-]+", words)]
        ends = sorted(parts, reverse=True)
    else:
        ends = range(len(words), 1, -1)
    for end in ends:
        type_name = _role_type(words[:end])
        if type_name is not None:
            return type_name, end
    return None


def _apposition_end(between: str) -> int:
    """Where a bare move's own words start after its firm: past a description or a relative
    set off by commas, a ticker in brackets, or the comma of 是X，收跌 (`move_bare_apposition`)."""
    m = cue("move_bare_apposition").match(between)
    return m.end() if m else 0


#: A move's size named as such before "达/to" ("盘中涨幅一度达到43%", "a gain of as much as 9%").
_AMPLITUDE = re.compile(r"涨幅|跌幅|\b(?:gain|drop|fall|decline|rise)\s+of\b", re.I)

#: A close told right after an intraday extreme of a bare move ("climbed as much as 3.1% before
#: closing up 2.4%", "rose 6% intraday and ended 4% higher", 盘中一度涨8%，收涨5%).
_THEN_CLOSE = re.compile(r"^\s*[,，]?\s*(?:(?:before|and|then|but|to|only\s+to)\s+)*"
                         r"(?:clos(?:ing|ed|e)|end(?:ing|ed)?|finish(?:ing|ed)?|settl(?:ing|ed|e))"
                         r"(?:\s+(?:the\s+day\s+)?(?:up|down|higher|lower|at))?\s*$|"
                         r"^[，,]\s*(?:[\u4e00-\u9fff]{1,6}[，,])?(?:最终|尾盘)?(?:收涨|收跌|收盘(?:上涨|下跌|涨|跌)|"
                         r"(?:收盘)?(?:涨幅|跌幅)(?:收窄|扩大|缩小|回落)?(?:至|为))(?:了|约|近)?$", re.I)


#: A close named in the last clause before a percentage (早盘一度触及涨停，午后回落，收涨9.3%): the
#: intraday cue of an earlier clause is not this move's.
_ZH_CLOSE = re.compile(r"收涨|收跌|收盘|尾盘|最终")


_VERB_JUST_BEFORE = re.compile(
    r"\b(?:closing|closed|ending|ended|finishing|finished|having|jumped|jumping|gained|gaining|rose|rising|"
    r"fell|falling|dropped|dropping|climbed|surged|soared|slid|sank|up|down)\b[^%\d]{0,24}$", re.I)


def _intraday(text: str, q, earlier: list[int], start: int) -> bool:
    """Whether one move of a sentence is intraday: the cue in its own stretch of text (from the
    move before it, or the share word, to just after it), so "closed up 23.7%, having jumped as
    much as 38%" gives a close and an intraday move, not two of one kind."""
    if not cue("move_intraday").search(text):
        return False
    a = max([start] + [x for x in earlier if x < q.start])
    brk = _CLAUSE_END.search(text, q.end, q.end + 24)
    return bool(cue("move_intraday").search(text[a:brk.start() if brk else q.end + 24]))


#: A clause break after a move's percentage: an intraday cue beyond it is another move's.
_CLAUSE_END = re.compile(r"[，,;；。]")


def _sign(q, context: str) -> int:
    if q.direction == "up":
        return 1
    if q.direction == "down":
        return -1
    up = cue("move_up").search(context)
    down = cue("move_down").search(context)
    if up and (not down or up.start() < down.start()):
        return 1
    if down:
        return -1
    return 0


def _own_bare_firm(s: Sentence, firms: list[Mention], anchor: int, q) -> str | None:
    """A firm named between a share word (or the move told before) and a percentage, with only a
    move verb between it and the percentage ("Shares of X rose 3.2% while Y dropped 1.8%",
    X股价上涨5.1%，Y下跌3.2%): the move is that firm's, not the share word's owner."""
    inside = [f for f in firms if anchor <= f.start - s.start and f.end - s.start <= q.start]
    if not inside:
        return None
    between = s.text[inside[-1].end - s.start:q.start]
    between = between[_apposition_end(between):]
    return inside[-1].iri if len(between) <= 40 and cue("move_bare").search(between) else None


#: Between a firm and its share word: a relative "whose" ("Y, whose stock rose 5%").
_WHOSE_SHARES = re.compile(r"\s*(?:[（(][^（）()]{1,24}[)）]\s*)?,\s*whose\s+$", re.I)

#: Right after a share word, the firm that owns the shares ("shares of the chip designer X",
#: "stock in X"): a firm named later in the sentence in any other way is not the owner.
_SHARES_OF = re.compile(r"^\s*(?:of|in)\s+(?:[\w-]+\s+){0,5}$", re.I)


def _move_firm(s: Sentence, firms: list[Mention], noun_at: int, noun_end: int) -> str | None:
    before = [f for f in firms if f.end - s.start <= noun_at]
    if before and (noun_at - (before[-1].end - s.start) <= 3
                   or _WHOSE_SHARES.match(s.text[before[-1].end - s.start:noun_at])):
        return before[-1].iri
    if not before and firms and not _SHARES_OF.match(s.text[noun_end:firms[0].start - s.start]):
        return None     # "Chip stocks rose 2.1%, with X up 4%": a sector, not X
    return firms[0].iri if firms else None


#: A description that owns shares ("The chipmaker's shares"): its role noun.
_DESCRIPTION = re.compile(r"\bthe\s+([\w\s-]{1,40}?)(?:'s|’s)\s*$", re.I)


def _described(s: Sentence, noun_at: int, fallback: str | None, ents: Entities) -> str | None:
    """The firm a description owning shares means: of the firms named before, the last one typed
    as the description says ("X signed with Y. The chipmaker's shares rose 5%": the chipmaker of
    the two), else the firm the sentence before named last."""
    m = _DESCRIPTION.search(s.text, 0, noun_at)
    type_name = _role_type(m.group(1)) if m else None
    if type_name is None:
        return fallback
    return _typed_or(s, noun_at, type_name, fallback, ents)


def _typed_or(s: Sentence, at: int, type_name: str, fallback: str | None, ents: Entities) -> str | None:
    """`fallback` when it is of `type_name` or untyped, else the last firm of that type named
    before offset `at` of `s`, else `fallback`."""
    def typed(iri: str) -> bool:
        return type_name in ents.types.get(iri, {}) or type_name in ents.reference_types.get(iri, ())

    if fallback is not None and (typed(fallback) or not (ents.types.get(fallback)
                                                         or ents.reference_types.get(fallback))):
        return fallback             # (an untyped firm may well be the one described)
    earlier = [f.iri for f in ents.mentions if f.kind == "firm" and f.end <= s.start + at
               and typed(f.iri)]
    return earlier[-1] if earlier else fallback


@lru_cache(maxsize=1)
def _metric_rules():
    lex = lexicon()
    rules = []
    for name, spec in lex["metrics"].items():
        rules.append((name, spec["kind"], tuple(spec["units"]), re.compile(spec["words"], re.I)))
    return tuple(rules), re.compile(lex["continuation"], re.I)


@lru_cache(maxsize=1)
def _not_metric_values() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a figure's earlier value: "up from $41m", 上年同期为…; someone else's estimate: 我们预计,
    "analysts expect"; a loss turned into a profit: 扭亏为盈), from `prior_value`,
    `third_party_estimate` and `loss_turned` in metrics.yaml."""
    lex = lexicon()
    return (re.compile(lex["prior_value"], re.I), re.compile(lex["third_party_estimate"], re.I),
            re.compile(lex["loss_turned"], re.I))


@lru_cache(maxsize=1)
def _part_source_rule() -> re.Pattern:
    return re.compile(lexicon()["part_source"], re.I)


def _part_source(text: str, value_end: int, firm_start: int) -> bool:
    """A firm after a value, named as the source or an exclusion of part of it (`part_source`)."""
    return firm_start >= value_end and _part_source_rule().search(text, value_end, firm_start) is not None


def _prior_value(s: Sentence, q, quantities) -> bool:
    """"revenue of $96 million, up from $41 million a year earlier": the figure after "up from"
    (versus, 上年同期为) is the value before, when the sentence gives one of that unit before it."""
    prior = _not_metric_values()[0]
    return bool(prior.search(s.text, max(0, q.start - 40), q.start)) and any(
        o.unit == q.unit and o.end <= q.start for o in quantities if o is not q)


@lru_cache(maxsize=1)
def _metric_guards() -> tuple[dict[str, re.Pattern], dict[str, re.Pattern]]:
    """Per metric, the words that make its value negative ("net loss") and the words that make
    a figure no value of it ("日均…token" is no monthly count)."""
    specs = lexicon()["metrics"].items()
    return ({n: re.compile(sp["negative"], re.I) for n, sp in specs if sp.get("negative")},
            {n: re.compile(sp["not_near"], re.I) for n, sp in specs if sp.get("not_near")})


#: "8.3亿元（约合1.2亿美元）", "RMB 1bn ($140m)", "€212m (about $230m)": the yuan or euro figure
#: and its dollar conversion are one value; the dollar one is kept.
_CONVERTED_UNITS = ("CNY", "EUR")
_CONVERTED = re.compile(r"^\s*[（(]?\s*(?:约合|折合|约|合|about|roughly|or)?\s*$", re.I)


def _converted(s: Sentence, q, quantities) -> bool:
    return q.unit in _CONVERTED_UNITS and any(o.unit == "USD" and 0 <= o.start - q.end <= 12
                                   and _CONVERTED.match(s.text[q.end:o.start]) for o in quantities)


def _clause(text: str, at: int) -> tuple[int, int]:
    a = max((m.end() for m in _METRIC_CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    b = _METRIC_CLAUSE_BREAK.search(text, at)
    return a, b.start() if b else len(text)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?$|(?<!增)从$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+)?$|至$", re.I)
#: A verb that gives a metric its value right before the value, so that a period told between
#: the metric word and the verb does not part them ("Revenue for the third quarter reached $1.8bn",
#: "Gross margin in the three months to June came in at 41%", 第三季度营收达到…).
_VALUE_VERB = re.compile(r"\b(?:reached|totall?ed|was|were|(?:came|come|coming)\s+in\s+at|hit|stood\s+at|"
                         r"(?:will|should|would|could|is\s+expected\s+to|are\s+expected\s+to)\s+"
                         r"(?:be|reach|total|top|hit)|"
                         r"amounted\s+to|climbed\s+to|rose\s+to|grew\s+to|jumped\s+to|fell\s+to)\s+"
                         r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?$|"
                         r"(?:达到|达|为|录得)(?:约|近)?$", re.I)

#: A value told with its metric word after it ("$4.3 billion of revenue", "$2bn in quarterly sales").
_VALUE_OF = re.compile(r"\s+(?:of|in)\s+(?:[a-z][\w-]*\s+){0,2}", re.I)

#: A deal word between a metric word and an amount in a later clause: the amount is the deal's.
#: A clause that carries on the metric of the clause before ("revenue rose 20%, to $5bn").
_CONTINUES = re.compile(r"\s*(?:(?:up|down|rising|falling|or|to|at|reaching|hitting)\b|至|达|为|增至|升至|降至|约|或)",
                        re.I)
_COMMITMENT = re.compile(r"承诺|合同|协议|订单|投资|commitments?|contracts?|deals?|orders?|"
                         r"agreements?|pledged?|invest", re.I)


#: A spread of values over several items ("ranged from under 10% to more than 20%", 从不足10%到
#: 超过20%不等): each figure is an end of the spread, no metric of the firm.
_SPREAD = re.compile(r"从[^，,。；;]{0,24}?(?:到|至)[^，,。；;]{0,24}?不等|"
                     r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:widely\s+)?from\b"
                     r"[^,;]{0,40}?\bto\b[^,;]{0,30}?(?:\d%|\d\s*(?:percent|per cent))", re.I)


#: Where the clause of a metric starts: punctuation, or a space between Chinese words (headlines).
_METRIC_CLAUSE_BREAK = re.compile(r"[，,；;。：:]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


#: A discourse adverb set off by commas inside a clause ("Its gross margin for the quarter,
#: however, slipped to 44%"): no clause break.
_PARENTHETICAL = re.compile(r",\s*(?:however|though|meanwhile|in turn|too|also|by contrast|"
                            r"for its part|in contrast|as a result|analysts said|it said)\s*,", re.I)


#: A phrase set off by commas between a metric word and the verb that gives its value ("Quarterly
#: revenue, reported separately last month, was $96 million", "Net income, helped by a tax credit,
#: came in at $40m", "Revenue at X, which reports in dollars, reached $1.1bn"): no clause break.
_INSERTION = re.compile(r",[^,;，；。\d%$€]{2,60},(?=\s*(?:was|were|reached|totall?ed|came\s+in|hit|stood|"
                        r"amounted|rose|grew|climbed|jumped|fell|slipped|declined)\b)", re.I)


def _unbroken(between: str) -> str:
    """The stretch between a metric word and its value without the asides that break no clause."""
    return _INSERTION.sub(" ", _PARENTHETICAL.sub(" ", between))


def sentence_metrics(s: Sentence, ents: Entities, quantities, topic: str | None,
                     frame_spans: list[tuple[int, int]], own: str | None = None,
                     earlier: str | None = None) -> list[Metric]:
    """Metrics of a sentence; `own` is the firm a bare 公司/其 before a value means when the
    sentence names no firm before it ("公司此前披露的5000亿美元…订单并不包括OpenAI的部分");
    `earlier` the firm the text was about before the sentence, the owner of a value whose only
    firms come after it as a source or an exclusion ("most of it from X", "not including X")."""
    rules, continuation = _metric_rules()
    firms = firms_of(s, ents)
    out: list[Metric] = []
    spreads = [m.span() for m in _SPREAD.finditer(s.text)]
    earlier_cells = prior_cells(s.text)     # "| Revenue | $1.9bn | $1.3bn |" under "| Q3 | Year earlier |"
    estimated_cells = estimate_cells(s.text)    # "| Revenue | $4.4bn |" under "| | FY26E |"
    estimate = _not_metric_values()[1]
    for q in quantities:
        if estimate.search(s.text, _clause(s.text, q.start)[0], q.start):
            continue               # "我们预计公司2026年营收为…": a research note's estimate (its
                                   # cue before the value: "margin was 58% and we expect it to
                                   # hold" is a value told, then a view)
        if contract_revenue(s.text, q, *_clause(s.text, q.start)):
            continue               # "should generate $9bn of revenue over its life", 订单对应收入:
                                   # what a deal brings over its term, no revenue of a period
        if q.bound == "range":
            continue               # "guided revenue to between $1.55bn and $1.6bn": a range
                                   # given as guidance, no one value
        if any(a <= q.start < b for a, b in frame_spans):
            continue
        if _FROM_BEFORE.search(s.text[max(0, q.start - 12):q.start]) and any(
                _TO_BEFORE.search(s.text[max(0, o.start - 12):o.start]) for o in quantities
                if o.unit == q.unit and o is not q):
            continue               # "widened to 38% from 29%": the value now, not before
        if _prior_value(s, q, quantities):
            continue               # "up from $41 million a year earlier": the value before
        if any(a <= q.start < b for a, b in earlier_cells):
            continue               # a table's column of the year before: the value before
        if any(a <= q.start < b for a, b in estimated_cells):
            continue               # a table's column of an estimate: a forecast, no metric
        if any(a <= q.start < b for a, b in spreads):
            continue               # "毛利率从不足10%到超过20%不等": a spread over items, no value
        if vague(q) or deal_amount(s.text[:_clause(s.text, q.end)[1]], q.end) \
                or _converted(s, q, quantities):
            continue               # "tens of billions of dollars in revenue", 12亿美元贷款
        negative, not_near = _metric_guards()
        best = None
        for name, kind, units, words in rules:
            if q.unit not in units:
                continue
            for m in words.finditer(s.text):
                gap = q.start - m.end() if m.end() <= q.start else max(0, m.start() - q.end)
                if m.start() >= q.end and re.search(r"[，,；;。]", s.text[q.end:m.start()]):
                    continue       # "营收同比增长120%至3.2亿美元，毛利率为28%": another clause
                if m.start() >= q.end and not _VALUE_OF.fullmatch(s.text, q.end, m.start()) \
                        and any(o is not q and o.unit in units
                                              and 0 <= o.start - m.end() <= 15
                                              and not re.search(r"[，,；;。]", s.text[m.end():o.start])
                                              for o in quantities):
                    continue       # "commitments of $1.4tn against revenue of about $13bn": the
                                   # word names the figure after it (not "$4.3bn of revenue and
                                   # $125m of gross profit": "of" ties the word to the value)
                if m.end() <= q.start and re.search(
                        r"[，,；;。]", _unbroken(s.text[m.end():q.start])) \
                        and (_COMMITMENT.search(s.text[m.end():q.start])
                             or not _CONTINUES.match(s.text, clause_start(s.text, q.start))):
                    continue       # "年化营收超过200亿美元，算力承诺总额约1.4万亿美元"; "收入，但毛利
                                   # 仅为1.25亿美元": another clause, unless it goes on ("，至")
                if name in not_near and not_near[name].search(s.text, *_clause(s.text, q.start)):
                    continue       # "日均调用量已超过1万亿token": a daily count, no monthly one
                if gap > 25 and m.end() <= q.start and gap <= 60 \
                        and (_TO_BEFORE.search(s.text[max(0, q.start - 12):q.start])
                             or _VALUE_VERB.search(s.text[max(0, q.start - 24):q.start])) \
                        and not re.search(r"[，,；;。]",
                                          _unbroken(s.text[m.end():q.start])):
                    gap = 25       # "Revenue rose 61% from a year earlier to $3.4 billion"
                if -1 <= gap <= 25:
                    if best is None or gap < best[0]:
                        best = (gap, name, kind, m.group(0), m.end())
        if best is None and out and continuation.search(s.text[max(0, q.start - 8):q.start]):
            last = out[-1]
            if q.unit in ("count", "tokens", last.unit):
                best = (0, last.name, last.kind, "", q.start)
        if best is None:
            continue
        _, name, kind, word, word_end = best
        before = [f for f in firms if f.end - s.start <= q.start]
        cut = max((m.end() for m in _METRIC_CLAUSE_BREAK.finditer(s.text, 0, q.start)), default=0)
        local = [f for f in before if f.start - s.start >= cut]   # "出租英伟达芯片赚得不多 甲骨文
        if not local and out:                                     # 相关业务毛利率约14%": 甲骨文
            local = [f for f in before if f.iri == out[-1].firm]  # "…, and Y lost 2.9% after
        before = local or before                                  # reporting revenue of $2bn,
                                                                  # and a margin of 57%": Y's
        before = _without_product_makers(s, before, firms)        # 其英伟达GPU租赁收入: not 英伟达
        if not before and own and _OWN_COMPANY_IN.search(s.text, *(_clause(s.text, q.start)[0], q.start)):
            firm = own             # "公司此前披露的N美元订单…OpenAI…": not the firm named after
        else:
            after = [f for f in firms if not _part_source(s.text, q.end, f.start - s.start)]
            firm = before[0].iri if before else (
                after[0].iri if after else earlier if firms else topic)
        if firm is None:
            continue
        value, unit = q.value, q.unit
        if unit == "cents_per_dollar":
            unit = "percent"
        if unit == "count" and name == "tokensPerMonth":
            unit = "tokens"
        if name in negative and _loss(s.text, word, word_end, q, negative[name]):
            value = -value          # "a net loss of $48 million": net income of -$48m
        out.append(Metric(firm, kind, name, value, unit, BOUNDS.get(q.bound, "Exact"), s,
                          f"metric.{name}"))
    return out


@lru_cache(maxsize=1)
def _product_after() -> re.Pattern:
    return re.compile(lexicon()["product_after"], re.I)


#: A possessive right before a firm named as a product's maker ("its Nvidia GPU", 其英伟达GPU).
_ITS_BEFORE = re.compile(r"(?:\b(?:its|their)\s+|其)$", re.I)


def _without_product_makers(s: Sentence, before: list[Mention], firms: list[Mention]) -> list[Mention]:
    """`before` without firms named as a product's maker ("其英伟达GPU租赁业务收入", "its Nvidia GPU
    rental revenue"), when a firm before them or a possessive right before them owns the metric
    instead; the firm the possessive means is then the first firm of the sentence."""
    makers = [f for f in before if _product_after().match(s.text, f.end - s.start)]
    if not makers:
        return before
    kept = [f for f in before if f not in makers]
    owners = kept or [f for f in firms if f.start < makers[0].start]
    if owners:
        return owners
    return before


#: A minus sign written right before a value ("净利润为-2.1亿元", "net income of –$48m").
_MINUS = re.compile(r"(?:[-−–]|负)\s*(?:US)?\$?\s*$")


def _loss(text: str, word: str, word_end: int, q, negative: re.Pattern) -> bool:
    """Whether a metric's value is a loss: its word says so ("net loss"), or a loss word stands
    between the word and the value ("归母净利润亏损1.8亿元", "net income was a loss of $5m"), or
    a minus sign right before the value — unless the stretch tells a turn to profit (扭亏)."""
    if _MINUS.search(text, max(0, q.start - 6), q.start):
        return True
    between = text[word_end:q.start] if word_end <= q.start else ""
    if len(between) > 30:
        between = ""
    if not negative.search(word + " " + between):
        return False
    return not _not_metric_values()[2].search(word + between)


#: "到7月，这一数字已超过980万亿", "By July the figure had passed 980 trillion": the metric of the
#: sentence before, at a new value.
_FIGURE_BACK = re.compile(r"(?:这一|该|此)数字(?:已|又|再)?(?:超过|升至|增至|达到|突破|增长至|上升至)|"
                          r"\b(?:the|that|this) (?:figure|number)\s+(?:had\s+|has\s+)?(?:rose|risen|grew|grown|"
                          r"climbed|reached|passed|topped|exceeded)\b", re.I)


def figure_back(s: Sentence, quantities, previous: list[Metric],
                frame_spans: list[tuple[int, int]]) -> list[Metric]:
    """The one metric of the sentence before at the one value this sentence gives "this figure"."""
    if len(previous) != 1 or not _FIGURE_BACK.search(s.text):
        return []
    last = previous[0]
    units = {last.unit, "count"} if last.unit == "tokens" else {last.unit}
    values = [q for q in quantities if q.unit in units
              and not any(a <= q.start < b for a, b in frame_spans)]
    if len(values) != 1:
        return []
    q = values[0]
    return [Metric(last.firm, last.kind, last.name, q.value, last.unit, BOUNDS.get(q.bound, "Exact"),
                   s, f"metric.{last.name}.figure_back", context=last.sentence)]


@lru_cache(maxsize=1)
def _post_rules():
    posts = lexicon()["posts"]
    alt = {role: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
           for role, words in posts.items()}
    every = "|".join(f"(?P<{role}>{a})" for role, a in alt.items())
    en_name = rf"(?P<name>{EN_NAME})"
    zh_name = r"(?P<zname>[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,4})"
    owner = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:'s|’s)\s+"
    relative = lexicon().get("posts_after_name") or {}
    alt_before = dict(alt)
    for role, words in relative.items():
        extra = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        alt_before[role] = f"{extra}|{alt_before[role]}" if role in alt_before else extra
    every_before = "|".join(f"(?P<{role}>{a})" for role, a in alt_before.items())
    # post words in any case ("Chief Executive Jensen Huang"); names stay capitalised
    return (re.compile(rf"(?i:{every})(?:,\s*|\s*)(?:{en_name}|{zh_name})"),
            re.compile(rf"{en_name},\s+(?:(?P<its>its|the\s+(?:company|firm|group)['’]s)\s+|the\s+)?"
                       rf"(?:{owner})?(?i:{every_before})"
                       rf"(?:\s+(?:of|at)\s+|\b)"))


@lru_cache(maxsize=1)
def _joint_post():
    """'创始人兼CEO李明远', 'founder and chief executive X', '联合创始人、首席执行官X': the post
    before the joining word is held too."""
    posts = lexicon()["posts"]
    every = "|".join(f"(?P<{role}>{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})"
                     for role, words in posts.items())
    links = "|".join(map(re.escape, lexicon()["joint_post_links"]))
    return re.compile(rf"(?:{every})\s*(?:{links})\s*$", re.I)


def _joint_posts(before: str) -> list[str]:
    """The posts joined to the one right after `before`, read back along a chain
    ("创始人、董事长兼" before 首席执行官X: Chairman, then Founder)."""
    roles = []
    while (joint := _joint_post().search(before)) is not None:
        before = before[:joint.start()]
        if _NOT_HELD.search(before):
            break   # "副董事长、首席执行官X", "former chairman and CEO X": a deputy's or a past post
        roles.append(next(r for r, v in joint.groupdict().items() if v))
    return roles


#: Words before a joined post that make it a deputy's, a past or a stand-in post, none held
#: (review of 0d13c02).
_NOT_HELD = re.compile(r"(?:副|前|原|前任|代理|候任|名誉|荣誉)$|\b(?:vice|former|ex|deputy|acting|"
                       r"interim|honorary)[\s-]*$", re.I)


@lru_cache(maxsize=1)
def _joint_post_after():
    """'Hock Tan, Broadcom's president and chief executive': the second post, right after the
    first one of a post told after the name."""
    posts = lexicon()["posts"]
    every = "|".join(f"(?P<{role}>{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})"
                     for role, words in posts.items())
    # "Owen Hartley, who founded Tessellate and is its chief executive": the firm between
    return re.compile(rf"(?:\s*[^,.;，。；\s][^,.;，。；]{{0,40}}?)?\s*(?:兼|和|及|and|&)\s*"
                      rf"(?:(?:is|serves as|also)\s+)*(?:the\s+|its\s+)?(?:{every})\b", re.I)


#: A break between a firm and a post after it: the post is not that firm's ("requires Lumen Forge
#: to pay …, Chief Financial Officer Tomas Reyes told analysts").
_POST_CLAUSE_BREAK = re.compile(r"[,，;；。:：]")


_THE_POST = re.compile(r",\s+the\s+", re.I)
#: A post that closes its clause after the name ("signed by Wen Albrecht, Chief Financial Officer."):
#: in a sentence naming no firm, the post is at the firm the text is about.
_POST_CLOSES = re.compile(r"\s*(?:[.;,)]|$)")


def _post_firm(s: Sentence, firms, at: int) -> str | None:
    """The firm of a post told before its holder's name, from the firms before the post in its
    sentence: one in the same clause ("OpenAI CEO Sam Altman"), else a possessive ("OpenAI's
    obligations, which chief executive Sam Altman …"), else the sentence's subject ("Calloway
    expects …, Chief Executive Dana Whitcombe said"); None when no firm before says
    ("requires Lumen Forge to pay …, Chief Financial Officer Tomas Reyes told analysts")."""
    before = [f for f in firms if f.end - s.start <= at]
    same = [f for f in before if not _POST_CLAUSE_BREAK.search(s.text, f.end - s.start, at)]
    if same:
        return same[-1].iri
    owner = [f for f in before if s.text.startswith(("'s", "’s"), f.end - s.start)
             or _WHOSE.match(s.text, f.end - s.start, at)]
    if owner:
        return owner[-1].iri
    if before and _SENTENCE_SUBJECT.fullmatch(s.text[:before[0].start - s.start]):
        return before[0].iri
    return None


#: A firm, then a relative "whose" right before a post ("For Orbis, whose chief executive X has
#: …", "Orbis, whose finance chief X"): the post is that firm's.
_WHOSE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*whose\s+(?:[\w-]+\s+(?:and|&)\s+)?$", re.I)


_SENTENCE_SUBJECT = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|At),?\s+)?|\s*(?:但|而|此外，?|同时，?)?")


def sentence_posts(s: Sentence, ents: Entities, topic: str | None,
                   previous_topic: str | None = None, its: str | None = None,
                   article_firm: str | None = None) -> list[Post]:
    """Posts of a sentence. `article_firm` is the firm the article is about (the announcer, else
    the firm named most often): a post told in a sentence that names no firm ("For chief
    executive X, the combination is the pitch", 公司董事长X表示) is held at it, not at whichever
    firm the sentence before happened to name."""
    after, before = _post_rules()
    quoted = [m.span() for m in _QUOTE.finditer(s.text)]
    # a firm named only inside a quote is no speaker's firm ("\"Quillon pays for it,\" chief
    # financial officer X told reporters": X is not Quillon's)
    firms = [f for f in firms_of(s, ents)
             if not any(a < f.start - s.start and f.end - s.start < b for a, b in quoted)]
    people = [m for m in ents.mentions if m.kind == "person" and s.start <= m.start < s.end]
    out = []
    for regex in (after, before):
        for m in _overlapping(regex, s.text):
            role = next(r for r, v in m.groupdict().items()
                        if v and r not in ("name", "zname", "its"))
            group = "name" if m.group("name") else "zname" if "zname" in m.groupdict() else "name"
            at = m.start(group) if m.group(group) else m.end()
            known = next((p for p in people if at <= p.start - s.start <= at + 2), None)
            name = known.name if known else (m.group("name") or _zh_person(m.group("zname")))
            if name and not known and not m.group("name"):
                # "…官蒋述说。", "程雁会把…", "柏知舒坦言": the word after the name fixes its end
                name = name_before_word(s.text[m.start("zname"):m.start("zname") + 8], name) or name
            if not name:
                continue
            if not known and not m.group("name"):
                latin = _LATIN_GLOSS.match(s.text, m.start("zname") + len(name))
                name = latin.group(1) if latin else name   # "胡锦（Jean Hu）": the name as written
            if regex is before and m.groupdict().get("its"):
                firm = its                           # "Paul Arenas, its chief financial officer"
            elif regex is before:
                firm = next((f.iri for f in firms if f.start - s.start >= m.end("name")), None)
                if firm is None and (_THE_POST.match(s.text, m.end("name")) or not firms
                                     and _POST_CLOSES.match(s.text, m.end())):
                    # "Jean Hu, the chief financial officer,": in a sentence naming no firm, its
                    # topic (the sentence before's, or the company it describes)
                    firm = (None if firms else article_firm or topic) or previous_topic or topic
            else:
                firm = _post_firm(s, firms, m.start()) or (
                    (its if _ITS_POST.search(s.text, 0, m.start()) else article_firm or topic)
                    if not firms else _named_later(firms, article_firm)) \
                    or previous_topic or topic     # "公司董事长X表示，…": the article's firm
                # no firm before the post in its sentence ("Chief Executive Jensen Huang stood
                # alongside OpenAI's Sam Altman", "The company's chief executive, X"): the firm
                # the text was about, not one named later
            iri = known.iri if known else _person(name)
            firm = _reference_post_firm(iri, role) or firm   # "CFO Colette Kress": Nvidia's
            if firm is None:
                continue
            out.append(Post(iri, name, firm, role, s, "post." + regex.pattern[:2].strip("(?"),
                            known=known is not None))
            if regex is after:
                others = _joint_posts(s.text[max(0, m.start() - 30):m.start()])
            else:
                joint = _joint_post_after().match(s.text, m.end())
                others = [next(r for r, v in joint.groupdict().items() if v)] if joint else []
            for other in dict.fromkeys(others):
                if other != role:
                    out.append(Post(iri, name, firm, other, s, "post.joint",
                                    known=known is not None))
    told = {(p.person, p.firm, p.role) for p in out}
    out += [p for p in founder_posts(s, ents, firms, people, _person, topic, out)
            if (p.person, p.firm, p.role) not in told]
    return out


def _named_later(firms: list[Mention], article_firm: str | None) -> str | None:
    """The article's firm when the sentence names it after a post with no firm before it
    ("Treasurer X confirmed on Tuesday that Marquand would draw the loan next year"): the
    speaker speaks for it, not for the firm the sentence before named."""
    return article_firm if article_firm in {f.iri for f in firms} else None


def _reference_post_firm(person: str, role: str) -> str | None:
    """The firm where the reference data has `person` hold `role` ("Colette Kress, CFO of
    Nvidia"): a well-known executive's post told with another firm nearby ("when CFO Colette
    Kress speaks at the UBS conference" in a story about Microsoft) is still at their firm."""
    dg_role = "Chair" if role == "Chairman" else role
    held = [firm for firm, r in gazetteer().posts.get(person, ()) if r == dg_role]
    return held[0] if len(held) == 1 else None


#: A quotation in a sentence ("…" “…” 「…」).
_QUOTE = re.compile(r'"[^"]{2,}"|“[^”]{2,}”|「[^」]{2,}」')


#: A possessive pronoun (or "the company's") right before a post, maybe after a first post of a
#: joint one ("Its co-founder and CEO, X", "their finance chief X", "The company's chief
#: executive, X", 其首席财务官X): the post of the firm "its" means.
_ITS_POST = re.compile(r"(?:^|(?<=[\s，。；：、“(]))(?:[Ii]ts|[Tt]heir|其|[Tt]he\s+(?:company|firm|group)['’]s)\s*"
                       r"(?:[\w-]+\s+(?:and|&)\s+|[\u4e00-\u9fff]{2,6}兼)?$")


#: A bare 公司/该公司/其 (not 子公司, 科技公司) in a clause before a value.
_OWN_COMPANY_IN = re.compile(r"(?:^|(?<=[，。；：、\s]))(?:该公司|公司|其)(?![债股])")


#: "公司董事长周启明", "该公司首席执行官X": a post of the company the sentence is about (its topic).
_OWN_COMPANY = re.compile(r"(?:^|[，。；：、\s])(?:该公司|公司|其)$")


#: A Latin-script name glossed after a Chinese one ("首席财务官胡锦（Jean Hu）").
_LATIN_GLOSS = re.compile(rf"\s*[（(]\s*({EN_NAME})\s*[)）]")


def _overlapping(regex: re.Pattern, text: str):
    """Matches of `regex`, each search starting one character after the last match began: in
    "联合创始人兼首席执行官林若溪" the post "创始人" takes "兼首席执" as a name (rejected later) and
    must not hide "首席执行官林若溪"."""
    pos = 0
    while True:
        m = regex.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def _person(name: str) -> str:
    entity = gazetteer().lookup(name)
    return entity.iri if entity is not None and entity.kind == "person" else person_iri(name)


#: Word classes that end a transliterated name (adverb, verb, preposition, conjunction,
#: particle, pronoun): "阿莫迪|共同|宣布", "阿尔特曼|称", "马斯克|与".
_NOT_NAME_FLAGS = frozenset("dvpcur")


def _surname_name(text: str, tokens) -> str | None:
    """A name after a post that the segmenter does not tag as one ("首席执行官程牧表示",
    "创始人林晚晴则表示"): a common surname, then characters up to the first function word,
    two or three characters in all."""
    if text[:1] not in (lexicon().get("zh_surnames") or ""):
        return None
    kept = ""
    for token in tokens:
        if kept and token.flag[:1] in _NOT_NAME_FLAGS:
            break
        kept += token.word
        if len(kept) > 3:
            return None
    return kept if len(kept) >= 2 and len(kept) < len(text) else None


def _zh_person(text: str | None) -> str | None:
    if not text:
        return None
    import jieba.posseg

    if "·" in text:             # "达里奥·阿莫迪共同宣布": the given name ends before a verb
        head, tail = text.split("·", 1)
        kept = ""
        for token in jieba.posseg.cut(tail):
            if kept and token.flag[:1] in _NOT_NAME_FLAGS:
                break
            kept += token.word
        return f"{head}·{kept}"

    tokens = list(jieba.posseg.cut(text))
    if tokens and not tokens[0].flag.startswith("nr"):
        return _surname_name(text, tokens)
    if not tokens:
        return None
    first = tokens[0].word
    if len(first) == 1 and len(text) >= 3:
        return text[:3]
    if len(first) == 2 and len(tokens) >= 2 and len(tokens[1].word) == 1 \
            and tokens[1].flag[:1] not in _NOT_NAME_FLAGS \
            and (len(tokens) == 2 or tokens[2].flag[:1] in _NOT_NAME_FLAGS):
        return first + tokens[1].word   # "何斯|年|对此": a third character jieba split off
    return first if len(first) >= 2 else None

