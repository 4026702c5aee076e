"""Precision guards (issue 10, third pass): general checks that keep a wrong fact out.

A wrong fact costs more than a missing one, so each guard drops or withholds rather than guesses:

* `amount_group` — the deal noun right after an amount ("$3.5bn of bonds", 80亿美元项目贷款)
  says which family of deal the amount belongs to (`amount_heads` in cues.yaml);
* `foreign_clause` — an amount outside a frame's match, in a clause whose subject is a firm the
  frame does not name ("…, Microsoft will invest up to $5bn"), belongs to another deal;
* `against_the_verb` — of two frames of one sentence between the same two firms with the value
  flowing opposite ways, the one whose roles come from what the firms are gives way to the one
  whose roles come from the verb ("X与Y签订…订单，承诺购买Y…算力": Y provides);
* `generic_echo` — a bare "signed an agreement" frame (a `generic_deal_patterns` pattern, no
  figure of its own, no goods or capacity word from it to the sentence's end) between the firms of a more specific frame of the same
  sentence is that deal named again ("X拟向Y投资…，但双方签署的只是意向书"), not a second deal;
* `names_other_firm` — a sentence about "the deal" that names a firm the deal just told does
  not have is about another deal: it continues none;
* `commentary` — a sentence commenting on deals told elsewhere (analysts, recaps) states none;
* `warrant_exercise` — shares a warrant lets its holder buy ("发行认股权证，允许其…认购1.6亿股") are
  the warrant's, not a stake bought;
* `bracket_owner` — an amount in brackets right after a name ("with A ($3.2bn), B ($1.8bn)") is
  the figure of that firm's deal, of no deal that does not name it;
* `pledged_holding` — a lender that takes shares or a warrant "as collateral" (作为抵押) holds a
  security interest, not a stake or a warrant of its own.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from kg.load.extraction import Frame
from kg.load.rules.entities import Entities
from kg.load.rules.patterns import alternation, compute_words, cue, service_named, supply_goods
from kg.load.text.sentences import Sentence
from kg.load.vocab import lexicon

#: The families an amount with a given deal noun may go to.
_GROUPS = {"Bond": {"Bond", "Financing"}, "Loan": {"Loan", "Facility", "Financing"},
           "Lease": {"Lease", "Cloud"}, "Stake": {"Stake", "Investment", "Warrant"},
           "Investment": {"Investment", "Stake"}, "Contract": {"Cloud", "Compute", "Supply", "Lease"},
           "Value": set()}     # a firm's valuation or market value: no deal's figure


@lru_cache(maxsize=1)
def _words() -> Mapping[str, str]:
    """The word lists of the guards (``guard_words`` in lexicon/cues.yaml) as alternations."""
    return MappingProxyType({k: alternation(v) for k, v in lexicon()["guard_words"].items()})


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    return re.compile(rf"[,，;；。:：]|\b(?:{_words()['clause_conjunctions']})\s", re.I)


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((family, re.compile(rx, re.I))
                 for family, rx in lexicon().get("amount_heads", {}).items())


def amount_group(text: str, end: int) -> set[str] | None:
    """The families an amount ending at `end` may belong to, when a deal noun follows it."""
    after = text[end:end + 40]
    for family, rx in _heads():
        if rx.search(after):
            return _GROUPS[family]
    return None


@lru_cache(maxsize=1)
def _heads_before() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((family, re.compile(rx, re.I))
                 for family, rx in lexicon().get("amount_heads_before", {}).items())


def amount_group_before(text: str, start: int) -> set[str] | None:
    """The families an amount starting at `start` may belong to, when a deal noun and "worth"/"of"
    stand right before it ("an order of at least $6.3bn", 合同金额约…)."""
    before = text[max(0, start - 50):start]
    for family, rx in _heads_before():
        if rx.search(before):
            return _GROUPS[family]
    return None


def clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts (after the last break before it)."""
    start = 0
    for m in _clause_break().finditer(text, 0, at):
        start = m.end()
    return start


@lru_cache(maxsize=1)
def _deal_noun() -> re.Pattern:
    w = _words()
    return re.compile(rf"^\s*(?:of\s+)?(?:[\w-]+\s+){{0,2}}(?:{w['deal_nouns_en']})s?\b|"
                      rf"^(?:的)?\S{{0,6}}?(?:{w['deal_nouns_zh']})", re.I)


def deal_amount(text: str, end: int) -> bool:
    """An amount a deal noun follows ("a $1.2bn loan", 12亿美元贷款, "$3bn contract"): no metric."""
    return amount_group(text, end) is not None or bool(_deal_noun().search(text[end:end + 30]))


def vague(q) -> bool:
    """A vague figure written without digits ("tens of billions", 数百亿): no value to state."""
    return q.low is not None and q.original_value is None and not re.search(r"\d", q.text)


def foreign_clause(f: Frame, s: Sentence, ents: Entities, q_start: int, q_end: int) -> bool:
    """An amount outside `f`'s match whose clause names, before it, a firm `f` does not name."""
    a, b = f.span
    if a <= q_start and q_end <= b:
        return False
    start = clause_start(s.text, q_start)
    parties = f.parties()
    for m in ents.mentions:
        if m.kind != "firm" or not (s.start + start <= m.start and m.end <= s.start + q_start):
            continue
        if m.iri not in parties:
            return True
    return False


def blank_firms(s: Sentence, ents: Entities) -> str:
    """Sentence `s` with its firm names and their descriptors blanked (same length): a kind word
    inside a name or its descriptor ("岚山云", "Halden Compute", "云厂商") is no kind word."""
    from kg.load.rules.slots import absorb_role

    chars = list(s.text)
    for m in ents.mentions:
        if m.kind == "firm" and s.start <= m.start and m.end <= s.end:
            a = absorb_role(s.text, m.start - s.start)     # "云厂商青砾云": the descriptor too
            chars[a:m.end - s.start] = " " * (m.end - s.start - a)
    return "".join(chars)


def names_other_firm(target: Frame, s: Sentence, ents: Entities) -> bool:
    """Does a sentence that goes on about "the deal" name a firm that deal does not have (it is
    then about a deal of that firm, told in the sentence, not the one before)?"""
    parties = target.parties()
    return any(m.kind == "firm" and s.start <= m.start and m.end <= s.end and m.iri not in parties
               for m in ents.mentions)


def commentary(s: Sentence) -> bool:
    """A sentence that comments on deals (analysts, recaps of the arrangement) states none."""
    return bool(cue("commentary").search(s.text) or cue("critics_view").search(s.text))


GIVERS = {"investor", "issuer", "provider", "supplier", "lender", "lessor"}
TAKERS = {"investee", "holder", "customer", "buyer", "borrower", "lessee"}


def _flow(f: Frame) -> tuple[frozenset, frozenset]:
    give = frozenset(i for r in GIVERS for i in f.roles.get(r, ()))
    take = frozenset(i for r in TAKERS for i in f.roles.get(r, ()))
    return give, take


#: Kinds of exchange: goods or capacity, equity, debt. Two deals of one kind between the same
#: firms flowing opposite ways contradict each other; of different kinds they may be circular
#: (an investor that also buys from its investee).
_EXCHANGE = {"Compute": "trade", "Supply": "trade", "Cloud": "trade", "Lease": "trade",
             "Investment": "equity", "Stake": "equity", "Warrant": "equity",
             "Loan": "debt", "Facility": "debt", "Financing": "debt", "Bond": "debt"}


def against_the_verb(frames: list[Frame]) -> list[Frame]:
    """Drop a frame whose roles were assigned by firm type when a frame of the same sentence and
    kind of exchange, whose roles the verb gave, names the same two firms the other way round."""
    out = []
    for f in frames:
        give, take = _flow(f)
        kind = _EXCHANGE.get(f.family)
        if f.by_type and give and take and any(
                not g.by_type and _flow(g) == (take, give) and _EXCHANGE.get(g.family) == kind
                for g in frames if g is not f):
            continue
        out.append(f)
    return out


_GOODS_FAMILIES = ("Supply", "Compute")


def _goods_told(f: Frame, frames: list[Frame], clause: str) -> bool:
    """"双方订立合作备忘录，由X分批购入Y约500兆瓦的整机柜": a bare signing defaults to a cloud deal,
    but the same pair's purchase of goods told in the sentence is what was signed; the compute
    words there measure the goods, no service. A signing that names a service keeps its cloud
    deal ("签署算力服务协议，同时采购少量服务器")."""
    head = clause.split("，", 1)[0]
    return f.family == "Cloud" and supply_goods().search(clause) is not None \
        and service_named().search(head) is None \
        and any(g.family in _GOODS_FAMILIES and g.parties() == f.parties()
                for g in frames if g is not f)


def generic_echo(frames: list[Frame], ents: Entities | None = None) -> list[Frame]:
    """Drop bare agreement frames that repeat a specific frame's firms in the same sentence
    (firm names blanked: "岚山云" names a firm, it is no cloud word)."""
    generic = set(lexicon().get("generic_deal_patterns", ()))
    out = []
    for f in frames:
        if f.rule in generic and not f.figures and any(g.rule not in generic and g.parties() == f.parties()
                                     for g in frames if g is not f):
            text = blank_firms(f.sentence, ents) if ents is not None else f.sentence.text
            clause = text[f.span[0]:]              # to the sentence's end: "an order with X
                                                    # …, which includes … capacity"
            if _goods_told(f, frames, clause):
                continue
            if not (compute_words().search(clause) or supply_goods().search(clause)
                    or re.search(lexicon()["words"]["cloud_zh"] + "|" + lexicon()["words"]["cloud_en"],
                                 clause, re.I)):
                continue
        out.append(f)
    return out


def _is_headline(s: Sentence, text: str) -> bool:
    """The article's first paragraph when it reads as a headline (read.text_headline)."""
    from kg.load.read import text_headline
    if s.index != 0:
        return False
    first = text_headline(text.lstrip("# "))
    return first is not None and s.text.strip().lstrip("# ").strip() == first.strip()


def headline_told(frames: list[Frame], article) -> list[Frame]:
    """A headline compresses the story ("X sells stake, expands Y loan, to fund Z investment"):
    its frames stand only for deals the body tells between the same firms; a headline frame no
    body frame repeats is dropped (a headline financing needs a body financing: "与Y签署协议，同步获
    15亿元授信" lends nothing from Y), and so is one the body tells as another deal of the same kind
    of exchange (headline 入股, body 投资: the body's words say which)."""
    heads = [f for f in frames if _is_headline(f.sentence, article.text)]
    body = [f for f in frames if f not in heads]
    return [f for f in frames if f not in heads or (
        any(g.parties() >= f.parties() and (_EXCHANGE.get(f.family) != "debt"
                                            or _EXCHANGE.get(g.family) == "debt") for g in body)
        and not any(g.parties() == f.parties() and g.family != f.family
                    and _EXCHANGE.get(g.family) == _EXCHANGE.get(f.family) for g in body))]


def headline_metrics(metrics: list, article) -> list:
    """A headline rounds a figure the body gives ("Run-Rate Revenue Tops $3 Billion", body: "passed
    $3.1 billion"): a headline metric the body repeats for the same firm (any value) is dropped."""
    heads = [m for m in metrics if _is_headline(m.sentence, article.text)]
    body = {(m.firm, m.name) for m in metrics if m not in heads}
    return [m for m in metrics if m not in heads or (m.firm, m.name) not in body]


#: Equity taken as security: "takes the warrant as collateral", "以所持股份作为质押".
@lru_cache(maxsize=1)
def _as_collateral() -> re.Pattern:
    w = _words()
    return re.compile(rf"^[^,，;；。]{{0,40}}?\b(?:as|for)\s+(?:{w['collateral_en']})\b|"
                      rf"^[^,，;；。]{{0,20}}?作为?(?:{w['collateral_zh']})(?:物|品)?", re.I)


_EQUITY = {"Stake", "Warrant"}


def pledged_holding(frames: list[Frame]) -> list[Frame]:
    """Drop stake and warrant frames whose clause goes on to say the equity is taken as
    collateral ("Kerrigan takes the Ravelin warrant as collateral"): a security interest."""
    return [f for f in frames if not (f.family in _EQUITY
                                      and _as_collateral().search(f.sentence.text[f.span[1]:]))]


@lru_cache(maxsize=1)
def _warrant() -> re.Pattern:
    w = _words()
    return re.compile(rf"{w['warrant_zh']}|\b(?:{w['warrant_en']})s?\b", re.I)


def warrant_exercise(frames: list[Frame]) -> list[Frame]:
    """A stake bought after a warrant in the same sentence ("向OpenAI发行认股权证，允许其以每股
    0.01美元认购最多1.6亿股AMD股票", "a warrant letting Osprey buy 12 million shares") is what
    the warrant gives: the warrant between the two firms (issuer: the company whose shares they
    are), joined to the warrant frame of the sentence when there is one."""
    out: list[Frame] = []
    for f in frames:
        if f.family != "Stake" or not _warrant().search(f.sentence.text[:f.span[1]]) \
                or not f.roles.get("investor") or not f.roles.get("investee"):
            out.append(f)
            continue
        issuer, holder = f.roles["investee"], f.roles["investor"]
        same = [g for g in frames if g.family == "Warrant" and g.parties() == f.parties()]
        if same:
            for key, value in f.figures.items():
                same[0].figures.setdefault(key, value)
            continue
        out.append(Frame("Warrant", {"EquityWarrant"}, {"issuer": issuer, "holder": holder},
                         f.sentence, f.span, f.rule + ".warrant", f.confidence,
                         dict(f.figures)))
    return out


#: A bracket opening right after a name, before an amount: "Ardent Labs ($3.2 billion)",
#: "凌波（30亿美元）".
@lru_cache(maxsize=1)
def _bracket_before() -> re.Pattern:
    w = _words()
    return re.compile(rf"(?P<word>[\w.&'’-]+)\s*[（(]\s*(?:(?:{w['about_en']})\s+|{w['about_zh']})?"
                      r"(?:US|USD\s*)?$", re.I)


def bracket_owner(s: Sentence, ents: Entities, q_start: int) -> str | None:
    """The firm whose name an amount follows in brackets: its IRI, "" for a capitalised name the
    text does not know as a firm ("Tollund ($900 million)"), None when the amount is not
    bracketed after a name (股权（约占10%）)."""
    m = _bracket_before().search(s.text, max(0, q_start - 40), q_start)
    if m is None:
        return None
    name_end = s.start + m.end("word")
    firm = next((x for x in ents.mentions if x.kind == "firm" and x.end == name_end), None)
    if firm is not None:
        return firm.iri
    return "" if m.group("word")[:1].isupper() and m.group("word").isascii() else None


#: What may stand between a gapped clause's firm and its amount: a bound ("Microsoft up to $5bn",
#: "B about $1bn", "乙最多50亿美元"); and what opens such a clause before the firm: a list comma,
#: "and", "while", a semicolon.
_GAPPED_BOUND = re.compile(
    r"\s*(?:(?:up\s+to|as\s+much\s+as|about|around|roughly|nearly|some|almost|approximately|"
    r"more\s+than|over|at\s+least|an?\s+(?:additional|further|extra)|another)\s+|"
    r"最多|最高|约|近|逾|超过|至少|另外|另)?\s*(?:US|USD\s*)?$", re.I)
_GAPPED_OPENING = re.compile(r"(?:[,;，；、]\s*|\b(?:and|while|whereas)\s+|以及|和|与)$", re.I)


def gapped_owner(s: Sentence, ents: Entities, q_start: int) -> str | None:
    """The firm of a gapped clause an amount closes ("Nvidia committed up to $10bn and Microsoft
    up to $5bn", "A put in $1.3bn, B $1.2bn and C $1bn"): a firm after a list comma, "and" or a
    semicolon, then only a bound before the amount. The verb of the clause before is left out,
    and the amount is that firm's own deal's; None when no such firm stands before the amount."""
    bound = _GAPPED_BOUND.search(s.text, max(0, q_start - 30), q_start)
    end = s.start + (bound.start() if bound else q_start)
    firm = next((m for m in ents.mentions if m.kind == "firm" and m.end == end), None)
    if firm is None:
        firm = next((m for m in ents.mentions if m.kind == "firm" and m.end <= end
                     and not s.text[m.end - s.start:end - s.start].strip()), None)
    if firm is None or firm.start < s.start:
        return None
    if not _GAPPED_OPENING.search(s.text, max(0, firm.start - s.start - 12), firm.start - s.start):
        return None
    return firm.iri
