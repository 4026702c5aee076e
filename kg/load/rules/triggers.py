"""General agreement frames from trigger verbs, for phrasings no template of
``lexicon/relations.yaml`` covers.

A verb GIVES the thing of a deal (grant, provide, lend, 授予, 提供) or GETS it (buy, rent, borrow,
采购, 租用, 获得); the thing named from the verb to the end of its clause (a warrant, a loan, a
stake, chips, capacity, an investment) picks the family and its two roles (giver, taker). The
subject is the nearest firm before the verb that no marker introduces, else the sentence's first
firm; it gives for a give verb and takes for a get verb, the other way round in the passive. A firm
introduced by a marker ("from X", "by X", "to X", 向X, 从X, 为X, "in X") takes the marker's role;
an unmarked firm right after the verb takes the role the subject does not have. All the word lists
are in ``lexicon/relations.yaml`` (``triggers``); nothing here names a firm or a phrasing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.load.extraction import Frame
from kg.load.rules.answer_partner import answer_verb, speaker_role
from kg.load.rules.patterns import compile_template, cue, families
from kg.load.rules.project_loans import (develops_a_venture, lent_to_a_project,
                                          may_lend_to_a_project, told_as_made)
from kg.load.text.sentences import Sentence
from kg.load.rules.slots import Slotted
from kg.load.vocab import lexicon

_SLOT = re.compile(r"⟦(\d+)⟧")
_CLAUSE_END_EN = re.compile(r"[;.]\s|;|,\s+(?:and|but|while|which|who|backed|secured|collaterali[sz]ed|pledged|guaranteed|"
                            r"according|people|the \w+ said|said)\b|\s[-—]+\s")
_CLAUSE_END_ZH = re.compile(r"[。；;，,：:]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
WINDOW = 90
#: The rule of a capacity deal read from a lease noun: a lease when a landlord is named, else none.
LEASE_NOUN = "trigger.cloud.lease_noun"


@dataclass(frozen=True)
class _Rules:
    give: re.Pattern
    get: re.Pattern
    lend_to: re.Pattern
    brand: re.Pattern
    passive: re.Pattern
    not_after: re.Pattern
    markers: tuple[tuple[re.Pattern, str], ...]
    things: tuple[tuple[str, re.Pattern], ...]
    roles: dict
    not_in_clause: re.Pattern
    invest_verbs: re.Pattern
    lend_verbs: re.Pattern
    lease_verbs: re.Pattern
    lease_things: re.Pattern
    lease_fleet: re.Pattern
    lease_fleet_not_before: re.Pattern
    capacity: re.Pattern
    progressive: re.Pattern
    class_after: re.Pattern
    noun_use: re.Pattern
    noun_forms: re.Pattern
    noun_use_zh: re.Pattern
    noun_after_preposition: re.Pattern
    lease_noun_before: re.Pattern
    pay: re.Pattern
    pledge_verb: re.Pattern


@lru_cache(maxsize=1)
def rules() -> _Rules:
    lex = lexicon()
    spec = lex["triggers"]
    words = {**lex["words"], "invest_verbs": spec["invest_verbs"]}

    def rx(text: str) -> re.Pattern:
        return re.compile(compile_template(text, words), re.I)

    return _Rules(
        give=rx(spec["give"]), get=rx(spec["get"]), lend_to=rx(spec["lend_to"]),
        brand=rx(spec["brand"]), passive=rx(spec["passive"]),
        not_after=rx(spec["not_after"]),
        markers=tuple((re.compile(m["re"] , re.I), m["role"]) for m in spec["markers"]),
        things=tuple((t["family"], rx(t["words"])) for t in spec["things"]),
        roles={k: tuple(v) for k, v in spec["roles"].items()},
        not_in_clause=rx(spec["not_in_clause"]), invest_verbs=rx(spec["invest_verbs"]),
        lend_verbs=rx(spec["lend_verbs"]), lease_verbs=rx(spec["lease_verbs"]),
        lease_things=rx(spec["lease_things"]), lease_fleet=rx(spec["lease_fleet"]),
        lease_fleet_not_before=rx(spec["lease_fleet_not_before"]), capacity=rx(r"\b(?:<cloud_en>)\b|<cloud_zh>|gigawatts?|megawatts?|吉瓦|兆瓦"),
        progressive=rx(spec["progressive"]), class_after=rx(spec["class_after"]),
        noun_use=rx(spec["noun_use"]), noun_forms=rx(spec["noun_forms"]),
        noun_use_zh=rx(spec["noun_use_zh"]),
        noun_after_preposition=rx(spec["noun_after_preposition"]),
        lease_noun_before=rx(spec["lease_noun_before"]), pay=rx(spec["pay"]),
        pledge_verb=rx(spec["pledge_verb"]))


def _clause_end(text: str, at: int) -> int:
    regex = _CLAUSE_END_ZH if _HAN.search(text[at:at + 12]) else _CLAUSE_END_EN
    m = regex.search(text, at)
    end = m.start() if m else len(text)
    return min(end, at + WINDOW)


def _before_next_slot(text: str, b: int, end: int) -> int:
    """Where the first firm after offset `b` starts (else `end`): the thing of a lease verb is
    named before its lessee."""
    m = _SLOT.search(text, b, end)
    return m.start() if m else end


def _marker(text: str, slot_start: int) -> str | None:
    before = text[max(0, slot_start - 30):slot_start]
    for regex, role in rules().markers:
        if regex.search(before):
            return role
    return None


def trigger_frames(s: Sentence, slotted: Slotted) -> list[Frame]:
    """Frames from trigger verbs of one sentence in slot form (see the module docstring)."""
    text = slotted.text
    loans_only = False      # a one-firm sentence read only for a loan lent to a project
    if len(slotted.slots) < 2 and not any(len(x) >= 2 for x in slotted.slots) \
            and not (slotted.speaker and len(slotted.slots) == 1 and answer_verb(text)):
        if len(slotted.slots) != 1 or not may_lend_to_a_project(text):
            return []   # one firm: only an answer's deal verb can give it a partner (answer_partner),
        loans_only = True   # or a loan lent to a project (project_loans), the financing families
    r = rules()
    slots = [(m.start(), m.end(), int(m.group(1))) for m in _SLOT.finditer(text)]
    out: list[Frame] = []
    verbs = [(m, "give") for m in r.give.finditer(text)] + [(m, "get") for m in r.get.finditer(text)] \
        + [(m, "pay") for m in r.pay.finditer(text)]
    verbs.sort(key=lambda x: x[0].start())
    for verb, voice in verbs:
        a, b = verb.start(), verb.end()
        if _SLOT.search(text, max(0, a - 1), b + 1) and "⟦" in text[a:b]:
            continue
        before = text[max(0, a - 40):a]
        if r.not_after.search(before):
            continue
        if verb.group().lower().endswith("ing") and not r.progressive.search(before):
            continue
        if r.noun_forms.fullmatch(verb.group()) and (r.noun_use.search(before)
                                                     or r.noun_after_preposition.search(before)):
            continue                # "The Intel purchase is one of …", "for the supply of": a noun
        if text.startswith("的", b) and r.noun_use_zh.search(before):
            continue                # "投资的具体金额仍待谈判": a noun, no new deal
        end = _clause_end(text, b)
        if r.not_in_clause.search(text, a, end):
            continue
        if r.pledge_verb.match(text, a):
            continue                # "secured by the GPUs", "took as security the chips": pledged
        # a payer gets the thing and the firm it pays gives it ("paid $2bn to X for capacity")
        payee = voice == "pay"
        voice = "get" if payee else voice
        family = None
        thing_end = b
        if r.invest_verbs.match(text, a):
            family = "Investment"
        elif r.lend_verbs.match(text, a):       # "will lend $2 billion to X": a loan
            family = "Loan"
        elif r.lease_verbs.match(text, a) \
                and (r.lease_things.search(text, b, max(end, b))
                     or (r.lease_fleet.match(text, b) and not r.lease_fleet_not_before.search(before))) \
                and not r.capacity.search(text, b, _before_next_slot(text, b, max(end, b))):
            family = "Lease"    # "rents the chips for four years", "leases them to X to fill
            #                     its data centre" (what the lessee does with them is no thing)
        for fam, words in ([] if family else r.things):
            m = words.search(text, a, max(end, b))
            if m:
                family, thing_end = fam, m.end()
                break
        if family is None or (payee and family in _FINANCING):
            continue                # (a payment for a loan is its fees or interest, no loan)
        if loans_only and family not in _FINANCING:
            continue
        if payee and family == "Stake" and _COMMITS.match(text, a):
            family, payee, voice = "Investment", False, "give"   # money committed to equity
        # "signed a 15-year lease with X for 900 MW": a lease noun, no cloud deal unless a
        # landlord is named (rules/landlords.py)
        lease_noun = family == "Cloud" and r.lease_verbs.match(text, a) \
            and r.lease_noun_before.search(before)
        giver, taker = r.roles[family]
        if voice == "get" and r.lend_to.match(text, b):  # "to lease it 200 MW": lease out
            voice = "give"
        if r.passive.search(before) and not verb.group().lower().endswith("ing"):  # "is lending"
            voice = "get" if voice == "give" else "give"
        subject_role = giver if voice == "give" else taker
        # firms introduced by markers, before the verb (zh: 向X租用, 从X获得) or after it
        marked: dict[str, tuple[int, int, int]] = {}
        clause_start = max(0, a - WINDOW)
        unmarked_before = []
        owners = False              # "X与Y合作开发的园区…由Z提供贷款": X, Y own a venture
        # "buys chips from Y and leases them to Z": "from Y" belongs to the verb before
        since = _coordinated_after(text, a, [v for v, _ in verbs])
        for x, y, n in slots:
            if y <= a and x >= clause_start:
                if x >= since and _marker(text, x) is not None:
                    continue
                if develops_a_venture(text, y):
                    owners = True
                    continue
                role = _marker(text, x)
                if role is None and (r.brand.match(text, y) or _SHARES_AFTER.match(text, y)):
                    continue                # "buys Nvidia processors", "sold Nvidia shares"
                if role is None:
                    unmarked_before.append((x, y, n))
                    marked.clear()          # a marker before the subject belongs to another verb
                elif x >= a - 30:
                    marked[_resolve(_paid(role, payee), giver, taker, subject_role)] = (x, y, n)
        first_after = None
        # "buys X processors and leases them to Y": "to Y" belongs to the next verb
        stop = min([end] + [v.start() for v, _ in verbs
                            if b < v.start() < end and _AND_BEFORE.search(text, 0, v.start())])
        for x, y, n in slots:
            if x >= b and x < stop:
                role = _marker(text, x)
                if role is None:
                    if voice == "give" and r.brand.match(text, y):
                        continue            # "出租英伟达GPU": the goods' maker, no party
                    if family in _FINANCING and _SHARES_AFTER.match(text, y):
                        continue            # "sold Y shares and arranged a loan": Y lends nothing
                    if first_after is None and not marked:
                        first_after = (x, y, n)
                    continue
                marked.setdefault(_resolve(_paid(role, payee), giver, taker, subject_role), (x, y, n))
        if subject_role in marked:                  # "lease capacity to X": the subject gives
            subject_role = taker if subject_role == giver else giver
        other_role = taker if subject_role == giver else giver
        if first_after is not None and other_role not in marked:
            marked[other_role] = first_after
        subject = unmarked_before[-1] if unmarked_before else None
        if subject is None:
            first = next(((x, y, n) for x, y, n in slots if _marker(text, x) is None), None)
            if first is not None and first[1] <= a:
                subject = first
        venture = owners or subject is not None and bool(_VENTURE_OF.match(text, subject[1], a)) \
            and not lent_to_a_project(text, subject[1], a)     # 向该合资项目: what is lent to
        if venture:                 # "双方的合资项目…由X提供贷款": the venture borrows, not its owners
            subject = None
        roles: dict[str, list[str]] = {}
        if subject is not None and subject_role not in marked:
            roles[subject_role] = list(slotted.slots[subject[2]])
            if cue("pledge_possessor").match(text, subject[1]):     # "A and B's pledge to invest"
                roles[subject_role] = roles[subject_role][-1:]
        for role, (x, y, n) in marked.items():
            iris = [i for i in slotted.slots[n] if i not in {j for v in roles.values() for j in v}]
            if iris and role in (giver, taker):
                roles.setdefault(role, []).extend(iris)
        if len(roles) == 1 and subject is not None and subject_role in roles:
            teller = _teller(text, subject[0], slots)   # "X said Y had provided a facility"
            if teller is not None and not set(slotted.slots[teller[2]]) & set(roles[subject_role]):
                other = taker if subject_role == giver else giver
                roles[other] = list(slotted.slots[teller[2]])
        if subject is not None and subject_role in roles:   # an answer's one-firm deal: the
            other = taker if subject_role == giver else giver   # interviewee's firm is the other
            if speaker_role(slotted.speaker, family, roles, other, text, subject[:2], (a, b), end):
                roles[other] = [slotted.speaker]
        co = marked.get("same")                     # "lending alongside Y" (not another verb's)
        if co is not None and any(b < v.start() < co[0] for v, _ in verbs):
            co = None
        if co is not None:     # the role of the firm just before the verb ("X, which is lending")
            prev = max(((x, y, n) for x, y, n in slots if y <= a), default=None)
            co_role = next((r_ for r_, v in roles.items() if prev is not None
                            and set(slotted.slots[prev[2]]) & set(v)), subject_role)
            if co_role in roles:
                roles[co_role] += [i for i in slotted.slots[co[2]] if i not in roles[co_role]]
        rule = LEASE_NOUN if lease_noun else f"trigger.{family.lower()}"
        if set(roles) == {giver} and family in _FINANCING and (
                _DEFINITE_FINANCING.search(s.text) or co is not None):
            rule += ".lenders"    # "X, which arranged the four-year loan": lenders of a loan told
        elif set(roles) == {giver} and family in _FINANCING and venture:
            rule += ".venture"    # the loan of a venture no firm name stands for
        elif set(roles) == {giver} and family in _FINANCING \
                and lent_to_a_project(text, a - _TAKER_REACH, end) \
                and not any(x >= a for x, y, n in slots) and told_as_made(text):
            rule += ".project"    # "lent $250m for that third phase": no firm borrows (not
            #                       when a firm follows the verb: "to a venture owned by Y")
        elif len(roles) < 2 or not all(roles.values()):
            continue
        used = ([subject] if subject is not None else []) + list(marked.values())
        if any(r.class_after.match(text, y) for x, y, n in used):
            continue
        ends = [thing_end] + [y for x, y, n in marked.values()]
        start = min([a] + ([subject[0]] if subject and subject[0] >= a - 60 else []))
        span = slotted.original(start, max(ends))
        kinds = {families()[family]["subject"]}
        out.append(Frame(family, kinds, roles, s, span, rule, 0.7))
        if voice == "get" and giver in marked:
            out.extend(_conjoined(text, max(ends), family, giver, roles, slotted, s))
    return out


_FINANCING = ("Loan", "Facility", "Financing")
#: how far before a lending verb its project taker may stand (X为该园区二期提供…贷款: the 为-phrase
#: goes before the verb, at most a demonstrative, a site name and a phase, some 30 characters)
_TAKER_REACH = 30
#: The firms before a verb own the venture that is its subject ("双方规模150亿美元的合资项目进入第二期，
#: 由X提供贷款", "their joint venture will borrow"): a possessive, then the venture, in that stretch.
_VENTURE_OF = re.compile(r"(?:(?:'s|’s)\s+|\s*(?:的|规模|[^⟦⟧，。,.;；]){0,16}?)(?:[\w-]+\s+)?"
                         r"(?:合资(?:项目|企业|公司)|特殊目的(?:实体|公司)|joint[- ]venture|"
                         r"special[- ]purpose (?:vehicle|entity))", re.I)
#: "the four-year loan", "that facility": a financing told before (see extract._lenders_back)
_DEFINITE_FINANCING = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w$.-]+\s+){0,3}(?:loan|facility|financing|debt)\b", re.I)
#: a firm before its shares (with their percentage: "X 8%的股份") is what is held, sold or pledged
_SHARES_AFTER = re.compile(r"(?:'s|’s)?\s+(?:shares|stock|stake)\b|"
                           r"\s?(?:约|逾|近)?(?:\d+(?:\.\d+)?\s?%)?(?:的)?(?:股票|股份|股权)")
_AND_BEFORE = re.compile(r"(?:\band|,)\s+(?:then\s+)?$|\bthen\s+$")   # "buys X, then leases them to Y"


def _coordinated_after(text: str, a: int, verbs: list[re.Match]) -> int:
    """Where the verb before the verb at `a` ends when the two are coordinated ("buys chips from Y
    and leases them to Z", "bought them from Y, then leased them to Z"), else past `a`: a firm
    marked between the two ("from Y") is the earlier verb's party, not the later one's.

    >>> v = list(re.finditer(r"buys|leases", "⟦0⟧ buys chips from ⟦1⟧ and leases them to ⟦2⟧"))
    >>> _coordinated_after("⟦0⟧ buys chips from ⟦1⟧ and leases them to ⟦2⟧", 28, v)
    8
    >>> _coordinated_after("⟦0⟧ buys chips from ⟦1⟧ and leases them to ⟦2⟧", 4, v)
    5
    """
    prior = [v.end() for v in verbs if v.end() <= a]
    if not prior or not _AND_BEFORE.search(text, max(prior), a):
        return a + 1
    return max(prior)
_CONJOINED = re.compile(r"\s+and\s+(?:a|an|another)\s+[^⟦⟧.;]{0,50}?\b(?:from|by)\s+⟦(\d+)⟧")


def _conjoined(text: str, at: int, family: str, giver: str, roles: dict, slotted: Slotted,
               s: Sentence) -> list[Frame]:
    """'secured a $2.4bn term loan from A and a $900m credit facility from B': the second object
    with its own giver is a deal of its own (same taker, same family; kinds settle later)."""
    m = _CONJOINED.match(text, at)
    if m is None:
        return []
    other = [i for i in slotted.slots[int(m.group(1))] if i not in roles[giver]]
    if not other:
        return []
    twin = {r: (list(other) if r == giver else list(v)) for r, v in roles.items()}
    span = slotted.original(m.start() + 1, m.end())
    return [Frame(family, {families()[family]["subject"]}, twin, s, span,
                  f"trigger.{family.lower()}.conjoined", 0.7)]


#: What stands between a teller and the subject of the clause it tells: its reporting verb, also
#: after a relative clause or an "after/when it" clause of its own ("X, which jumped 17% after
#: saying Y", "X rose when it disclosed that Y")
_TELLS = re.compile(r"(?:,?\s+(?:which|who)\b[^⟦⟧.;]{0,80}?|[^⟦⟧.;]{0,80}?\b(?:after|when|as|while))?"
                    r"(?:\s+it)?\s+(?:also\s+)?(?:said|says|saying|announced|announcing|disclosed|disclosing|"
                    r"confirmed|confirming|reported|reporting)\s+(?:on\s+\w+\s+)?"
                    r"(?:that\s+)?$|(?:表示|宣布|称|透露|披露)[，,]?$", re.I)


def _teller(text: str, subject_start: int, slots):
    """The firm that tells a deal it gets but names no receiver: "Lumenfield said Sable Ridge
    had provided a $900 million credit facility" (Lumenfield is the borrower)."""
    for x, y, n in slots:
        if y <= subject_start and _TELLS.search(text[y:subject_start]) \
                and not _SLOT.search(text, y, subject_start):
            return x, y, n
    return None


#: a payment promised, not made ("committing up to $2bn to X's equity raise"): an investment
_COMMITS = re.compile(r"commit", re.I)


def _paid(role: str, payee: bool) -> str:
    """The role a marker gives after a payment verb: the firm paid ("to X") gives the thing."""
    return "giver" if payee and role == "taker" else role


def _resolve(role: str, giver: str, taker: str, subject_role: str) -> str:
    if role == "giver":
        return giver
    if role == "taker":
        return taker
    if role == "counter":
        return taker if subject_role == giver else giver
    return role
