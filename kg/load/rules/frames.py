"""Agreement frames: relation patterns over sentences in slot form, roles, figures.

For each sentence: match every pattern of ``lexicon/relations.yaml``; fill roles from the slots
(a missing subject is the sentence's topic; a role still missing is inherited from the previous
frame of the family in the sentence; a symmetric list is split by what the firms are); attach
the sentence's numbers to the nearest frame; a compute deal without compute words is a supply
deal. Cues (bindingness, status, reporter) are applied by :mod:`kg.load.rules.cues`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal

from kg.load.rules.entities import Entities
from kg.load.extraction import Figure, Frame, figure_of
from kg.load.rules.patterns import (chip_supply_verbs, compute_words, cue, deal_clause_end, drawn_over_time, families, family_switches, own_clause,
                              kind_extras, patterns_for, supply_goods)
from kg.load.text.sentences import Sentence
from kg.load.rules.figure_heads import own_group
from kg.load.rules.table_columns import row_breaks
from kg.load.rules.figure_parts import breakdown_part
from kg.load.rules.joint_ventures import venture_shares
from kg.load.rules.guards import (against_the_verb, foreign_clause, gapped_owner, generic_echo,
                                  bracket_owner, pledged_holding, warrant_exercise)
from kg.load.rules.slots import Slotted, firm_types
from kg.load.rules.triggers import trigger_frames
from kg.load.rules.project_loans import led_project_loans
from kg.load.rules.power import power_pair
from kg.load.vocab import lexicon

_PER_SHARE = re.compile(r"^\s*(?:a|per|each)\s+share|^\s*each|^\s*apiece", re.I)
_PER_SHARE_ZH = re.compile(r"每股\S{0,4}$|按每股$|exercise price of\s*$|"
                          r"\b(?:shares?|stock|warrants?|strike|price)\b[^.;]{0,60}\bat\s*$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:US)?$|(?:增|提高|扩大|上调|提升|增加)(?:至|到)$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up to\s+)?(?:US)?$", re.I)
#: the size before a change ("lifting it to $2.75bn from $1.5bn", 从15亿美元增至…): no figure of the deal
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:US)?$|(?:从|由)$", re.I)
_VENTURE_AFTER = re.compile(r"\s*(?:的)?(?:合资(?:项目|企业|公司)?|[\w-]*\s*(?:joint[- ])?venture\b"
                            r"(?!\s+(?:capital|debt|fund|arm|investors?|firms?|loans?|lending|lenders?|credit|financing)\b))", re.I)
_PART_OF = re.compile(r"\bof which\s+(?:about\s+|some\s+|roughly\s+|only\s+)?(?:US)?\$?$", re.I)

#: A bond issue told by its series ("共分六个系列：30亿美元2030年到期…", "in four tranches: $3bn …"):
#: the amounts after it are the series', not the issue's (nor another issue's).
_SERIES_BEFORE = re.compile(r"(?:共分|分为|分成)[^，。；：:]{0,8}(?:系列|档|期|批|部分)[：:]|\bin\s+\w+\s+"
                            r"(?:tranches|series|parts)\s*[:;]", re.I)
_PER_YEAR = re.compile(r"^\s*(?:a|per|each)\s+year\b|^\s*annually\b|^\s*(?:a|per)\s+annum\b|^\s*/\s*(?:yr|year)\b", re.I)
_PER_YEAR_BEFORE = re.compile(r"(?:年租金|每年|年均|一年)(?:约|为|达|超过|逾|近)?$|\bannual(?:ly)?\s+(?:rent|payments?|fees?)\s+(?:of\s+)?(?:about\s+|around\s+)?$", re.I)
_STAKE_FAMILIES = {"Stake", "Warrant", "Investment"}


@lru_cache(maxsize=1)
def _changed_from() -> re.Pattern:
    """The size a deal had before a change, told after the change's verb with or without the new
    size ("a facility increased from $500m", "a contract, up from $2bn"): no figure of the deal
    (``changed_from`` in metrics.yaml)."""
    return re.compile(lexicon()["changed_from"], re.I)


def sentence_frames(s: Sentence, slotted: Slotted, ents: Entities, quantities,
                    context: list[str] | None = None) -> list[Frame]:
    """Agreement frames of one sentence, with roles and figures.

    `context` is the pair of firms the discourse is about (the last agreement's parties): a
    symmetric pattern naming only one of them ("when OpenAI signed a five-year contract", the
    counterparty told in the sentence before) takes the other as counterparty, provided the
    sentence names no other firm."""
    frames: list[Frame] = []
    topic = slotted.slots[0] if slotted.slots else []
    for p in patterns_for(slotted.text):
        for m in p.regex.finditer(slotted.text):
            m = _nearest_subject(p.regex, slotted.text, m, slotted.slots)
            if cue("negated_deal").search(m.group(0)):
                continue           # "双方尚未签署正式合同": no deal is stated
            roles: dict[str, list[str]] = {}
            auto: list[str] = []
            for slot, role in p.roles:
                number = m.groupdict().get(slot)
                if number is None:
                    continue
                if p.family in ("Loan", "Facility", "Financing", "Bond") \
                        and _SHARES_AFTER.match(slotted.text, m.end(slot) + 1):
                    continue       # "it had sold 32.1 million Nvidia shares and arranged a loan"
                iris = slotted.slots[int(number)]
                if role == "auto":
                    auto.extend(i for i in iris if i not in auto)
                else:
                    roles.setdefault(role, []).extend(iris)
            _pledge_possessor(m, roles, slotted)
            if p.pair_only and len(auto) < 2:
                continue           # "X signed a lease" alone: no pair signs it
            if len(auto) == 1 and context and auto[0] in context and len(slotted.slots) == 1 \
                    and not _UNREAD_COUNTERPARTY.search(slotted.text):
                auto.extend(i for i in context[:2] if i not in auto)
            if auto:
                if not _assign_by_type(p.family, auto, roles, ents, p.takers, p.by_type) \
                        and not power_pair(p.id, auto, roles, s, ents) \
                        and not _maker_pair(p.id, auto, roles, s, slotted.original(m.start(), m.end()),
                                            ents):
                    continue
            if m.groupdict().get("it") is not None:   # "… from Y, in which it holds 20%"
                subject = _main_subject(slotted.text, m.start(), slotted.slots)
                if subject is None:
                    continue
                roles.setdefault(dict(p.roles)["A"], []).extend(subject)
            for slot, role in p.roles:
                if role != "auto" and role not in roles and slot == "A" and topic \
                        and not p.inherit_only and p.optional_subject:
                    roles[role] = [i for i in topic if i not in _all(roles)]
            if p.inherit_only or len(roles) < len({r for _, r in p.roles if r != "auto"}) \
                    or len(_all(roles)) < 2:   # "微软则投资至多五十亿美元": the investee before
                _inherit(frames, p.family, roles)
            _dedupe_roles(roles)
            if not any(roles.values()):
                continue
            own = m.start("own") if p.own_clause and m.group("own") else m.start()
            if m.groupdict().get("told") is not None:   # (?P<told>…): the deal's clause, after a
                own = m.start("told")                   # clause of the subject's own (its figures)
            a, b = slotted.original(own, m.end())     # (?P<own>…): where its own clause starts
            frame = Frame(p.family, set(p.kinds), roles, s, (a, b), p.id, by_type=bool(auto))
            if families()[p.family]["subject"] not in p.kinds:
                # "a term sheet … for 1.5 GW" read as a Cloud pattern of a compute commitment: its
                # own subject kind, so it is not one node with a cloud contract of the same firms
                frame.subjects = set(p.kinds) & _SUBJECT_KINDS
            if len(frame.parties()) < 2 and p.family not in ("Bond", "Financing", "Loan"):
                continue
            frames.append(frame)
    frames = _with_triggers(frames, trigger_frames(s, slotted))
    frames += led_project_loans(frames, s, slotted)
    frames = _drop_subsumed(_cloud_not_supply(_unique([_cloud_supplies(_by_goods(_by_deal_noun(f, ents), ents), ents) for f in frames
                                                            if not _financing_paper(f)]), s))
    frames = against_the_verb([f for f in frames if not _financier_supplies(f, ents)
                               and not _unnamed_lender_buys(f, s, ents)])
    frames = [g for f in frames for g in _split_bracketed(f, ents)]
    _attach_quantities(frames, s, quantities, ents)
    frames = venture_shares(warrant_exercise(pledged_holding(generic_echo(frames, ents))))
    for f in frames:
        _settle_kinds(f)
        _cloud_seller(f, ents)
        _chip_provider(f, ents)
        _described_capacity_seller(f, ents)
    return [f for f in frames if f.family != "drop" and not _bare_fundraise(f)]


#: A counterparty the sentence names but the entity rules did not read ("X同时与海岚新能源签署了备忘录",
#: "signed a memorandum with Haylan Renewables"): not the discourse pair's other firm.
_UNREAD_COUNTERPARTY = re.compile(
    r"⟦\d+⟧[^⟦⟧，。；]{0,8}?(?:与|和|同|跟)(?!⟦|其|对方|该公司|这家|后者|前者|双方)[\u4e00-\u9fff]{2,}?"
    r"(?:签署|签订|签下|达成|敲定)|\bwith\s+(?!(?:the|it|them|its|their|both|each|his|her)\b)"
    r"[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)*\s+(?:for|on|to|covering|worth|that|which|in)\b")


_SUBJECT_KINDS = frozenset({"ComputeCommitment", "SupplyAgreement", "CloudServiceAgreement",
                            "InvestmentCommitment", "EquityStake", "EquityWarrant", "LeaseAgreement"})


def _bare_fundraise(f: Frame) -> bool:
    """'软银集团正在多管齐下筹集资金', 'xAI正通过SPV筹集约200亿美元': raising money with no one named
    to give it states no deal (the deals are those with the investors or lenders, told apart)."""
    return f.family == "Financing" and set(f.roles) == {"investee"}


_SLOT = re.compile(r"⟦\d+⟧")
_SHARES_AFTER = re.compile(r"(?:'s|’s)?\s+(?:shares|stock)\b|(?:的)?(?:股票|股份)")
_CLAUSE_START = re.compile(r"(?:[,，;；:：]\s*(?:and|but|while|then|so|而|并|则|再|又)?\s*|\b(?:which|whereby|who|that)\s+)$", re.I)


def _main_subject(text: str, before: int, slots) -> list[str] | None:
    """The firms a relative clause's "it" means: the subject of the main clause, the first firm
    before `before` that is neither a preposition's object nor the teller of a reporting clause
    ("Analysts at X said Y will rent … from Z, in which it holds 20%": Y); None if none is."""
    for slot in _SLOT.finditer(text, 0, before):
        if cue("clause_subject_not_before").search(text, 0, slot.start()) \
                or cue("clause_subject_not_after").match(text, slot.end()):
            continue
        return list(slots[int(slot.group(0)[1:-1])])
    return None


def _nearest_subject(regex: re.Pattern, text: str, m: re.Match, slots=()) -> re.Match:
    """Of the ways a pattern matches, prefer the subject nearest the trigger."""
    best = m
    for slot in _SLOT.finditer(text, m.start() + 1, m.end()):
        again = regex.match(text, slot.start())
        if again is None or again.end() != m.end():
            continue
        if again.groupdict().get("A") is not None and again.start("A") == slot.start() + 1 \
                and (_CLAUSE_START.search(text[max(0, slot.start() - 12):slot.start()])
                     or _subordinate_subject(text, m.start(), slot.start())
                     or _same_firm(m, slots) and not _same_firm(again, slots)
                     or _adjacent_pair(again) and not _adjacent_pair(m)
                     or cue("pledge_possessor").match(text, slot.end())):
            best = again           # "AMD will issue ... as OpenAI deploys 6 GW of AMD chips"
    return best


def _pledge_possessor(m: re.Match, roles: dict, slotted) -> None:
    """A subject slot listing firms ("Ampere and SoftBank's pledge to invest") whose last firm
    owns the commitment noun: that firm alone is the subject."""
    number = m.groupdict().get("A")
    if number is None or not cue("pledge_possessor").match(slotted.text, m.end("A") + 1):
        return
    iris = slotted.slots[int(number)]
    for role, found in roles.items():
        if len(iris) > 1 and found[:len(iris)] == list(iris):
            roles[role] = [iris[-1]] + found[len(iris):]


def _subordinate_subject(text: str, start: int, slot: int) -> bool:
    """A firm right after a subordinator ("X slipped 2% once Y agreed to deploy …") is its own
    clause's subject, unless the subordinator sits in an aside on the earlier subject ("X, which
    grew after Y invested, agreed to deploy …": X's)."""
    return bool(cue("subject_subordinator").search(text, max(start, slot - 12), slot)) \
        and not cue("open_aside").search(text, start, slot)


def _adjacent_pair(m: re.Match) -> bool:
    """A match whose subject is joined to its object by a bare marker ("软银对OpenAI…的投资",
    "X向Y"): that subject is the nearest one, not a firm told earlier in the sentence."""
    a, b = m.groupdict().get("A"), m.groupdict().get("B")
    return a is not None and b is not None and m.start("B") - m.end("A") <= 3 \
        and bool(_MARKER_ONLY.fullmatch(m.string[m.end("A") + 1:m.start("B") - 1]))


_MARKER_ONLY = re.compile(r"(?:对|向|为|给|与|和)")


def _same_firm(m: re.Match, slots) -> bool:
    """A match whose subject slot and second slot name the same firms (a long gap overshot)."""
    a, b = m.groupdict().get("A"), m.groupdict().get("B")
    return a is not None and b is not None and set(slots[int(a)]) == set(slots[int(b)])


_GROUPS = {"Supply": "Compute", "Facility": "Loan", "Financing": "Loan"}


def _with_triggers(frames: list[Frame], general: list[Frame]) -> list[Frame]:
    """Trigger frames (:mod:`kg.load.rules.triggers`) join the template frames of a sentence when no
    template frame already tells them (same firms, or more, in the same family; or the same
    firms in any family); a template frame of the family with fewer firms gives way."""
    out = list(frames)
    for g in general:
        group = _GROUPS.get(g.family, g.family)
        parties = g.parties()
        if any((f.parties() == parties and (_overlap(f.span, g.span) or f.family == g.family))
               or (_GROUPS.get(f.family, f.family) == group and f.parties() >= parties)
               for f in out):
            continue
        out = [f for f in out if not (_GROUPS.get(f.family, f.family) == group
                                      and f.parties() < parties)]
        out.append(g)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans of a sentence share text: the same clause, told twice ("X agreed to supply Y
    …, and has issued Y a warrant": the supply trigger is another clause than the warrant)."""
    return a[0] < b[1] and b[0] < a[1]


def _all(roles: dict[str, list[str]]) -> set[str]:
    return {i for v in roles.values() for i in v}


def _assign_by_type(family: str, firms: list[str], roles: dict, ents: Entities,
                    takers: bool = False, by_type: dict | None = None) -> bool:
    by_type = by_type or families()[family].get("by_type")
    if not by_type or len(firms) < 2:
        return False
    special = next((r for r, types in by_type.items() if types), None)
    other = next((r for r, types in by_type.items() if not types), None)
    wanted = set(by_type[special])
    hits = [f for f in firms if firm_types(ents, f) & wanted]
    takers = set(families()[family].get("takers") or ()) if takers else set()
    if not hits and len(firms) == 2 and takers:  # no provider typed: the model developer buys
        buyers = [f for f in firms if firm_types(ents, f) & takers]
        if len(buyers) == 1:    # (a chipmaker is no such provider: `takers_not`)
            barred = set(families()[family].get("takers_not") or ())
            hits = [f for f in firms if f not in buyers and not firm_types(ents, f) & barred]
    if not hits or len(hits) == len(firms):
        return False
    roles.setdefault(special, []).extend(hits)
    roles.setdefault(other, []).extend(f for f in firms if f not in hits)
    return True


def _inherit(frames: list[Frame], family: str, roles: dict[str, list[str]]) -> None:
    previous = next((f for f in reversed(frames) if f.family == family), None)
    if previous is None:
        return
    for role, iris in previous.roles.items():
        if role not in roles:
            roles[role] = list(iris)


def _dedupe_roles(roles: dict[str, list[str]]) -> None:
    """A firm named in two roles keeps the more specific one (the single-firm role)."""
    for role, iris in roles.items():
        others = {i for r, v in roles.items() if r != role for i in v}
        if len(iris) > 1:
            roles[role] = [i for i in iris if i not in others] or iris
    for role in [r for r, v in roles.items() if not v]:
        del roles[role]


def _unique(frames: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    for f in frames:
        key = (f.family, tuple(sorted((r, tuple(sorted(v))) for r, v in f.roles.items())))
        same = next((g for g in out if (g.family, tuple(sorted(
            (r, tuple(sorted(v))) for r, v in g.roles.items()))) == key), None)
        if same is None:
            f.core = f.span
            out.append(f)
        else:
            if f.span[0] < same.core[0]:
                same.core = f.span
            same.span = (min(same.span[0], f.span[0]), max(same.span[1], f.span[1]))
    return out


def _cloud_supplies(f: Frame, ents: Entities) -> Frame:
    """'亚马逊云科技将向OpenAI提供数十万颗英伟达GB200芯片': a cloud provider (no chipmaker) that
    provides another maker's chips provides them as a cloud service."""
    if f.family not in ("Supply", "Compute") or len(f.parties()) != 2:
        return f
    supplier = f.roles.get("supplier", [])
    if len(supplier) != 1 or "CloudProvider" not in firm_types(ents, supplier[0]) \
            or "ChipMaker" in firm_types(ents, supplier[0]):
        return f
    a, b = f.span
    inside = [m for m in ents.mentions if m.kind == "firm"
              and f.sentence.start + a <= m.start < f.sentence.start + b + 30
              and m.iri not in f.parties() and "ChipMaker" in firm_types(ents, m.iri)]
    if not inside:
        return f
    return Frame("Cloud", {"CloudServiceAgreement"},
                 {"provider": supplier, "customer": list(f.roles.get("buyer", []))},
                 f.sentence, f.span, f.rule + ".cloud", f.confidence)


#: The deal noun of a bare "signed a … agreement with" names the kind: a supply agreement
#: (供货协议) or a lease (租赁合同, 租约), not the cloud deal the generic pattern defaults to.
_SUPPLY_NOUN = re.compile(r"(?:供货|供应)(?:框架)?(?:协议|合同)$|\bsupply\s+(?:agreement|contract|deal|pact)s?$",
                          re.I)
_WITH_TAIL = re.compile(r"\s+with\s+[^,;]*$", re.I)
_PURCHASE_NOUN = re.compile(r"(?:采购|购买)(?:框架)?(?:协议|合同)$|\b(?:purchase|purchasing)\s+(?:agreement|contract|"
                            r"deal|order)s?$", re.I)
#: "算力采购协议", "capacity purchase agreement": buying capacity is a cloud deal.
_CAPACITY_BEFORE = re.compile(r"(?:算力|云|容量|计算)(?:采购|购买)|\b(?:capacity|compute|computing|cloud)\s+"
                              r"purchas", re.I)
#: "算力供应框架协议", "compute supply agreement": supplying capacity is a cloud deal (review of
#: a342fa4).
_CAPACITY_SUPPLY = re.compile(r"(?:算力|云服务|容量|计算)(?:供应|供货)|\b(?:capacity|compute|computing|"
                              r"cloud)\s+supply", re.I)
#: A purchase contract that goes on to say a service, capacity, power or space is bought ("…签订
#: 采购合同，将采购Y的机房托管服务"): no chipmaker supplies it, whichever party is one (review of
#: 703d618).
_BOUGHT_TOLD = re.compile(r"(?:采购|购买|购入|买入|租用)[^⟦⟧，。；,;]{0,12}?(?:服务|托管|算力|容量|机房|电力|机柜|"
                          r"场地)|\b(?:buy|buys|buying|purchas\w*|rent\w*)\s+(?:[\w'’-]+\s+){0,4}?"
                          r"(?:services?|hosting|capacity|compute|power|space)\b", re.I)
#: (not 算力租赁合同: compute rented is a cloud service; a GPU租赁合同 leases the hardware)
_LEASE_NOUN = re.compile(r"(?<!算力)租赁(?:协议|合同)$|租约$|\b(?:lease|leasing)(?:\s+(?:agreement|contract|"
                         r"deal))?s?$", re.I)
#: "entered into a Credit Agreement with X", 签订授信协议: a financing's paper, no cloud deal (the
#: financing rules read it).
_FINANCING_PAPER = re.compile(r"(?:贷款|借款|授信|信贷|融资|担保|质押|抵押)(?:协议|合同)$|\b(?:credit|loan|"
                              r"financing|facility|note purchase|security|pledge|guarantee|collateral)"
                              r"\s+(?:agreement|contract)s?$", re.I)
#: "a letter of intent with X to lease a further 200MW": the deal is for a lease (renting
#: capacity or compute stays a cloud deal).
_TO_LEASE = re.compile(r"\s+to\s+(?:lease|rent)\b"
                       r"(?![^;⟦⟧]{0,60}?\b(?:computing|compute|capacity|cloud|GPUs?)\b)", re.I)


def _financing_paper(f: Frame) -> bool:
    """A generic deal whose own noun is a financing's paper ("a Credit Agreement with X")."""
    if f.rule not in lexicon().get("generic_deal_patterns", ()):
        return False
    a, b = f.span
    text = f.sentence.text[a:b]
    cut = text.casefold().rfind(" with ")     # the noun before "with X, a private credit manager,"
    return bool(_FINANCING_PAPER.search(text[:cut] if cut >= 0 else text))


def _by_deal_noun(f: Frame, ents: Entities) -> Frame:
    """'朔风已与算力服务商青鸾签订长期供货协议', 'signed a ten-year data centre lease with X': a
    generic deal whose own noun says supply or lease (or one "with X to lease …") is that kind. A supply: the chipmaker
    supplies, else the cloud provider (the typed firm) buys; a lease: the provider leases out."""
    if f.rule not in lexicon().get("generic_deal_patterns", ()) or f.family != "Cloud" \
            or len(f.parties()) != 2:
        return f
    a, b = f.span
    head = _WITH_TAIL.sub("", f.sentence.text[a:b])   # "…purchase agreement with Brisa": the noun
    provider, customer = f.roles.get("provider", []), f.roles.get("customer", [])
    if _LEASE_NOUN.search(head) or _TO_LEASE.match(f.sentence.text, b):
        return Frame("Lease", {"LeaseAgreement"}, {"lessor": provider, "lessee": customer},
                     f.sentence, f.span, f.rule + ".lease", f.confidence, by_type=f.by_type)
    makers = [i for i in sorted(f.parties()) if "ChipMaker" in firm_types(ents, i)]
    if not (_SUPPLY_NOUN.search(head) and not _CAPACITY_SUPPLY.search(head)
            or _PURCHASE_NOUN.search(head) and (
            supply_goods().search(f.sentence.text[a:])
            or len(makers) == 1 and not _BOUGHT_TOLD.search(f.sentence.text, b))
            and not _CAPACITY_BEFORE.search(head)):
        return f                     # "Nuvem's $2.2bn purchase agreement … covers 150 MW of chips"
    if len(makers) == 1:
        supplier = makers
    elif not makers and "ChipMaker" not in firm_types(ents, provider[0]):
        supplier = customer          # a cloud provider signing a supply deal buys the goods
    else:
        return f
    buyer = [i for i in sorted(f.parties()) if i not in supplier]
    return Frame("Supply", {"SupplyAgreement"}, {"supplier": supplier, "buyer": buyer},
                 f.sentence, f.span, f.rule + ".supply", f.confidence, by_type=True)


@lru_cache(maxsize=1)
def _goods_bought() -> tuple[re.Pattern, re.Pattern]:
    words = lexicon()["words"]
    return re.compile(words["goods_bought_zh"]), re.compile(words["goods_rented_zh"])


#: Network and optical goods, which a cloud provider buys and does not sell (servers, GPUs and
#: chips it may sell or rent: an AI firm may buy servers from it).
_NETWORK_GOODS = re.compile(r"光模块|光器件|交换机|\b(?:optical\s+(?:modules?|components?)|"
                            r"(?:network\s+)?switch(?:es)?|transceivers?)\b", re.I)


def _goods_seller(firms: list[str], ents: Entities, clause: str) -> list[str]:
    """Who sells the goods of a generic deal between a cloud provider and a firm the text gives no
    type ("云厂商X与Y订立交换机采购合同"): the untyped firm (a cloud provider sells
    compute, not network gear) — when the goods are network or optical gear (光模块, 交换机;
    servers may be the cloud provider's to sell) and the clause buys them, not rents them or their
    service ("GPU租用合同", "GPU云服务合同" stay cloud deals)."""
    bought, rented = _goods_bought()
    goods = _NETWORK_GOODS.search(clause)
    near = clause[max(0, goods.start() - 4):goods.start()] + " " + clause[goods.end():goods.end() + 6] \
        if goods else ""
    if not bought.search(near) or rented.search(near):
        return []
    clouds = [i for i in firms if "CloudProvider" in firm_types(ents, i)]
    others = [i for i in firms if not firm_types(ents, i)]
    return others if len(firms) == 2 and len(clouds) == 1 and len(others) == 1 else []


def _by_goods(f: Frame, ents: Entities) -> Frame:
    """'Norvale, the chipmaker, has signed a $4.8bn deal with Tessellate to supply 300 MW of its
    accelerators': a generic deal whose clause names goods and one of whose firms is a chipmaker
    is a supply deal (the chipmaker supplies), not the cloud deal the pattern defaults to."""
    if f.rule not in lexicon().get("generic_deal_patterns", ()) or f.family != "Cloud":
        return f
    a, b = f.span
    end = deal_clause_end().search(f.sentence.text, b)
    if not supply_goods().search(f.sentence.text[a:end.start() if end else len(f.sentence.text)]):
        return f
    firms = sorted(f.parties())
    makers = [i for i in firms if "ChipMaker" in firm_types(ents, i)] or _goods_seller(
        firms, ents, f.sentence.text[a:end.start() if end else len(f.sentence.text)])
    if len(makers) != 1 or len(firms) != 2 or not f.by_type and makers[0] in f.roles.get("customer", ()):
        return f            # "X received an order from the chipmaker Y": the maker buys here
    buyer = [i for i in firms if i not in makers]
    return Frame("Supply", {"SupplyAgreement"}, {"supplier": makers, "buyer": buyer}, f.sentence,
                 f.span, f.rule + ".goods", f.confidence, by_type=True)


def _maker_pair(rule: str, firms: list[str], roles: dict, s: Sentence, span: tuple[int, int],
                ents: Entities) -> bool:
    """Roles of a generic deal between a chipmaker and a firm no type places, whose clause names
    goods ("Orrin signed a term sheet with Harrow Foundry, a chip designer, for up to 150 MW of
    Harrow's accelerators"): the chipmaker provides (`_by_goods` then makes it the supplier)."""
    if rule not in lexicon().get("generic_deal_patterns", ()) or len(firms) != 2:
        return False
    makers = [i for i in firms if "ChipMaker" in firm_types(ents, i)]
    end = deal_clause_end().search(s.text, span[1])
    if len(makers) != 1 or not supply_goods().search(
            s.text[span[0]:end.start() if end else len(s.text)]):
        return False
    roles.setdefault("provider", []).extend(makers)
    roles.setdefault("customer", []).extend(i for i in firms if i not in makers)
    return True


def _split_bracketed(f: Frame, ents: Entities) -> list[Frame]:
    """'contracts with Ardent Labs ($3.2 billion), Pinecrest AI ($1.8 billion) and …': a role
    listing firms that each carry their own figure in brackets is one deal per firm (the
    figures then go to their own deal: guards.bracket_owner)."""
    s = f.sentence
    for role, iris in f.roles.items():
        if len(iris) < 2 or not all(_bracketed_after(s, ents, i) for i in iris):
            continue
        out = []
        for i in iris:
            roles = {r: (list(v) if r != role else [i]) for r, v in f.roles.items()}
            out.append(Frame(f.family, set(f.kinds), roles, s, f.span, f.rule + ".item",
                             f.confidence, by_type=f.by_type))
        return out
    return [f]


_BRACKET_AMOUNT = re.compile(r"\s*[（(]\s*(?:about\s+|around\s+|约|近|逾)?(?:US)?\$?\s*\d", re.I)


def _bracketed_after(s: Sentence, ents: Entities, iri: str) -> bool:
    return any(m.iri == iri and s.start <= m.start < s.end
               and _BRACKET_AMOUNT.match(s.text, m.end - s.start) for m in ents.mentions)


def _chip_provider(f: Frame, ents: Entities) -> None:
    """'a memorandum with chipmaker Kestrel for up to 2 gigawatts of accelerators': capacity a
    chipmaker (no cloud provider) provides with goods named, or supplies ("agreed to supply Y with
    1.5 GW of compute"), is a supply of its chips."""
    if f.family != "Cloud" or len(f.roles.get("provider", ())) != 1:
        return
    maker = firm_types(ents, f.roles["provider"][0])
    if "ChipMaker" not in maker or "CloudProvider" in maker:
        return
    a, _ = f.core or f.span
    end = deal_clause_end().search(f.sentence.text, f.span[1])
    clause = f.sentence.text[a:end.start() if end else len(f.sentence.text)]
    if not supply_goods().search(clause) and not chip_supply_verbs().search(clause):
        return
    f.family = "Compute" if "capacityGW" in f.figures else "Supply"
    f.kinds = (f.kinds - {"CloudServiceAgreement"}) | {"SupplyAgreement"} | (
        {"ComputeCommitment"} if f.family == "Compute" else set())
    f.roles = {"supplier": f.roles["provider"], "buyer": f.roles.get("customer", [])}


def _described_capacity_seller(f: Frame, ents: Entities) -> None:
    """'Ardent has a memorandum with Stillmoor, a GPU leasing company, for 200 MW': capacity from
    a firm the text describes as no cloud provider (a GPU lessor, a leasing company) is a compute
    commitment, not a cloud service (the gold sets' convention for untyped capacity sellers)."""
    if f.family != "Cloud" or "CloudServiceAgreement" not in f.kinds:
        return
    providers = f.roles.get("provider", ())
    if len(providers) == 1 and firm_types(ents, providers[0]) == {"Firm"}:
        f.kinds = (f.kinds - {"CloudServiceAgreement"}) | {"ComputeCommitment"}


def _cloud_seller(f: Frame, ents: Entities) -> None:
    """'…by its contract with Lumen Forge, an AI lab' (the borrower a GPU cloud operator): a
    supply deal whose supplier is a cloud provider (no chipmaker) selling to a firm that is no
    cloud provider is the provider's cloud service (it rents out capacity, it sells no chips); so
    is GPU capacity it sells ("committed to buy $4.2bn of GPU capacity from it", a compute
    commitment that stays one)."""
    if f.family not in ("Supply", "Compute") or len(f.roles.get("supplier", ())) != 1:
        return
    seller = firm_types(ents, f.roles["supplier"][0])
    buyers = f.roles.get("buyer", [])
    if "CloudProvider" not in seller or "ChipMaker" in seller or not buyers \
            or any(firm_types(ents, i) & {"CloudProvider", "ChipMaker"} for i in buyers):
        return
    dropped = {"SupplyAgreement"} if f.family == "Compute" else {"SupplyAgreement", "ComputeCommitment"}
    f.family, f.kinds = "Cloud", (f.kinds - dropped) | {"CloudServiceAgreement"}
    f.roles = {"provider": f.roles["supplier"], "customer": buyers}


_FINANCIERS = {"Financier", "Bank", "PrivateCreditFund", "SovereignWealthFund", "AssetManager"}


def _financier_supplies(f: Frame, ents: Entities) -> bool:
    """A bank or fund never supplies chips or capacity ("borrowed $2.4bn from the Meridian
    Sovereign Fund and Harbor Ridge Bank" read as a supply): such a frame is a misreading. A fund
    that buys an asset and leases it back to its seller (rules/leasebacks.py), or gives a finance
    lease (融资租赁), does let it."""
    if f.family not in ("Supply", "Compute", "Cloud", "Lease") \
            or f.rule.startswith(("en.leaseback.", "zh.leaseback.", "zh.finance.lease.")):
        return False
    givers = [i for r in ("supplier", "provider", "lessor") for i in f.roles.get(r, ())]
    return bool(givers) and all(firm_types(ents, i) & _FINANCIERS for i in givers)


def _unnamed_lender_buys(f: Frame, s: Sentence, ents: Entities) -> bool:
    """A bank or private credit fund the sentence does not name, taken from the discourse pair as
    the customer of a capacity or chip deal ("…a loan from Harwick Bank. The cloud provider has
    signed three capacity contracts"), is a misreading: lenders do not buy capacity."""
    if f.family not in ("Supply", "Compute", "Cloud"):
        return False
    takers = [i for r in ("buyer", "customer") for i in f.roles.get(r, ())]
    named = {m.iri for m in ents.firms_in(s.start, s.end)}
    return bool(takers) and all(firm_types(ents, i) & {"Bank", "PrivateCreditFund"}
                                and i not in named for i in takers)


def _drop_subsumed(frames: list[Frame]) -> list[Frame]:
    """A financing frame naming only some of the roles another frame of its family names in the
    same sentence ("Tessellate signed a credit facility" within "... with Brightwater Bank")."""
    def within(f: Frame, g: Frame) -> bool:
        return f is not g and _GROUPS.get(f.family, f.family) == _GROUPS.get(g.family, g.family) \
            and all(set(v) <= set(g.roles.get(r, ())) for r, v in f.roles.items()) \
            and len(g.parties()) > len(f.parties())
    return [f for f in frames if not (f.family in ("Loan", "Facility", "Financing")
                                      and any(within(f, g) for g in frames))]


def _cloud_not_supply(frames: list[Frame], s: Sentence) -> list[Frame]:
    """'向甲骨文购买价值约3000亿美元的算力': buying capacity, no goods, is the cloud deal between the
    same firms, not a supply deal as well."""
    clouds = [f.parties() for f in frames if f.family == "Cloud"]
    out = []
    for f in frames:
        if f.family == "Supply" and f.parties() in clouds:
            a, b = f.core or f.span
            end = _CLAUSE_END.search(s.text, b)
            if not supply_goods().search(s.text[a:end.start() if end else len(s.text)]):
                continue
        out.append(f)
    return out


_COORDINATION = re.compile(r",\s+and\s")


def _later_clause(text: str, f: Frame, q) -> bool:
    """'… supply Y with 2 GW over four years, and has issued Y a warrant': a figure before a
    coordinated clause is no figure of the deal that clause tells."""
    return q.end <= f.span[0] and bool(_COORDINATION.search(text, q.end, f.span[0]))


def _row(breaks: list[tuple[int, int]], at: int) -> int:
    """The row of a flattened markdown table that offset `at` stands in (0: the header)."""
    return sum(1 for _, b in breaks if b <= at)


def _distance(span: tuple[int, int], q) -> int:
    a, b = span
    if q.start >= a and q.end <= b:
        return 0
    return min(abs(q.start - b), abs(a - q.end))


#: A metric word just before an amount, in its clause, with no deal word between: the amount is
#: the metric's ("revenue doubled to $1.24bn", 营收约4亿美元), no deal's figure.
METRIC_BEFORE = re.compile(
    r"(?:营收|收入|销售额|利润|净利|\b(?:revenues?|sales|profits?|income|earnings|bookings)\b)"
    r"(?:(?!deal|contract|agreement|loan|order|commitment|合同|协议|订单|承诺)[^,，;；。⟦]){0,24}$",
    re.I)


def _attach_quantities(frames: list[Frame], s: Sentence, quantities,
                       ents: Entities | None = None) -> None:
    if not frames:
        return
    by_frame: dict[int, list] = {id(f): [] for f in frames}
    sizes = [q for q in quantities if q.unit == "USD" and _TO_BEFORE.search(s.text[:q.start])
             and not cue("running_total").search(s.text[max(0, q.start - 90):q.start])]
    gapped_by: dict[int, str] = {}
    rows = row_breaks(s.text)      # a markdown table: each figure stays in its own row
    for q in quantities:
        if sizes and q.unit == "USD" and _BY_BEFORE.search(s.text[:q.start]):
            continue               # "increased a margin loan by $6.5bn to $11.5bn": the new size
        if sizes and q.unit == "USD" and _FROM_BEFORE.search(s.text[:q.start]):
            continue               # "lifting it to $2.75bn from $1.5bn": the new size only
        if q.unit == "USD" and "from" in s.text[max(0, q.start - 48):q.start].lower() \
                and _changed_from().search(s.text, max(0, q.start - 48), q.start):
            continue               # "…, upsized from $600m": the size before
        if q.unit == "USD" and _PART_OF.search(s.text[max(0, q.start - 20):q.start]):
            continue               # "$13bn, of which $11.6bn had been funded": a part, no deal
        if q.unit == "USD" and _SERIES_BEFORE.search(s.text[:q.start]) \
                and all(f.family == "Bond" for f in frames):
            continue               # a bond's series, not the amount
        if q.unit == "USD" and breakdown_part(s.text, q, quantities):
            continue               # "…180亿美元票据…，共六个品种：…30亿美元、…": the total's parts
        if q.unit == "USD" and _VENTURE_AFTER.match(s.text, q.end):
            continue               # "规模150亿美元的合资项目", "a $15bn joint venture": the venture's
        candidates = frames
        if q.unit in ("GW", "W"):
            if _BACK_REFERENCE.search(s.text[max(0, q.start - 6):q.start]):
                continue           # "the 250 MW of data halls", 这300兆瓦的机房: told before
            candidates = [f for f in frames if f.family in _CAPACITY_FAMILIES]
            if not candidates:     # "首批在部署满100兆瓦后": a warrant's condition, no figure
                continue
        elif q.unit == "shares":   # "a warrant for up to 40 million shares" in a supply sentence
            candidates = [f for f in frames if f.family in _STAKE_FAMILIES]
            if not candidates:
                continue
        elif q.unit == "percent" and any(f.rule in _OWN_PERCENT for f in frames):
            # "Y is majority owned by X, which also owns 10% of Z": the owned-by stake's share is
            # only one told in its own match
            candidates = [f for f in frames if f.rule not in _OWN_PERCENT
                          or f.span[0] <= q.start and q.end <= f.span[1]]
            if not candidates:
                continue
        elif q.unit == "USD" and cue("running_total").search(s.text[max(0, q.start - 90):q.start]):
            continue               # "bringing the total to $22.4bn": no deal's figure
        elif q.unit == "USD" and METRIC_BEFORE.search(s.text[max(0, q.start - 40):q.start]):
            continue               # "said revenue doubled to $1.24bn and announced a loan"
        elif q.unit == "USD":      # a warrant has shares, not a value ("a warrant alongside
            candidates = [f for f in frames if f.family != "Warrant"]   # a $3bn order")
            if cue("stake_value").search(s.text[max(0, q.start - 60):q.start]):
                candidates = [f for f in candidates if f.family in _STAKE_FAMILIES]
            group = own_group(s.text, q, quantities)
            if group is not None:  # "$3.5bn of bonds … backed by its lease": the bonds' amount
                candidates = [f for f in candidates if f.family in group]
            if not candidates:
                continue
        elif q.unit == "years":    # "为期5年、最高119亿美元的算力合同": the contract's term
            group = own_group(s.text, q, quantities)
            if group is not None:
                candidates = [f for f in frames if f.family in group]
                if not candidates:
                    continue
            if cue("series_tenor").search(s.text[max(0, q.start - 40):q.start]):
                # "in seven parts, including a 40-year bond", 其中40年期品种: one part's tenor
                candidates = [f for f in candidates if f.family != "Bond"]
                if not candidates:
                    continue
            if cue("staged_payment").search(s.text, max(0, q.start - 30), q.end + 30) \
                    and not _TERM_BEFORE.search(s.text, max(0, q.start - 12), q.start):
                # "invest $5bn in Y in stages over two years", 在未来三年内分期向Y投资: the schedule
                # the money is paid on, no term of the investment
                candidates = [f for f in candidates if f.family != "Investment"]
                if not candidates:
                    continue
        if rows:                   # "| A | Term loan | $600m | … | | B | Notes | $750m |"
            candidates = [f for f in candidates if _row(rows, f.span[0]) == _row(rows, q.start)]
        candidates = [f for f in candidates if not own_clause(f.rule)
                      or f.span[0] <= q.start and q.end <= f.span[1]]
        if not candidates:         # "… from Y, in which X holds a stake": the main clause's
            continue               # figures are no holding's
        if ents is not None:       # "…, Microsoft will invest up to $5bn": another deal's
            candidates = [f for f in candidates
                          if not foreign_clause(f, s, ents, q.start, q.end)]
            owner = bracket_owner(s, ents, q.start)
            if owner is not None:  # "contracts with A ($3.2bn), B ($1.8bn)": A's deal's figure
                candidates = [f for f in candidates if owner in f.parties()]
            gapped = gapped_owner(s, ents, q.start)
            if gapped is not None:  # "A committed $10bn and B up to $5bn": B's own deal's
                candidates = [f for f in candidates if gapped in f.parties()]
                gapped_by[id(q)] = gapped
            if not candidates:
                continue
        candidates = [f for f in candidates if not _later_clause(s.text, f, q)] or candidates
        best = min(candidates, key=lambda f: (_distance(f.span, q), f.span[0]))
        by_frame[id(best)].append(q)
    extra: list[Frame] = []
    for f in frames:
        amounts = []
        for q in by_frame[id(f)]:
            figure = _figure(q)
            if q.unit == "USD":
                if _PER_SHARE.match(s.text[q.end:]) or _PER_SHARE_ZH.search(s.text[:q.start]) \
                        or q.value < 1000:       # "at one cent each": a price, no deal value
                    continue
                if _PER_YEAR.match(s.text[q.end:]) or _PER_YEAR_BEFORE.search(s.text[:q.start]):
                    f.figures.setdefault("annualAmountUSD", figure)   # "$1.2bn a year in rent"
                    continue
                amounts.append((q, figure))
            elif q.unit == "GW":
                f.figures.setdefault("capacityGW", figure)
            elif q.unit == "W" and q.value < 1000:
                low, high = q.low or q.value, q.high or q.value
                f.figures.setdefault("capacityGW", Figure(q.value, "Approximately", low, high,
                                                          confidence=0.4))
            elif q.unit == "shares":
                f.figures.setdefault("shareCount", figure)
            elif q.unit == "percent" and f.family in _STAKE_FAMILIES and not q.direction:
                f.figures.setdefault("stakePercent", figure)
            elif q.unit == "years" and q.value <= 40:
                f.figures.setdefault("termYears", figure)
        if len(amounts) > 1 and f.family in ("Investment", "Stake"):
            # "put $2bn into xAI's $20bn fundraising": the round's size is the investee's
            amounts = [a for a in amounts if not cue("round_size").match(s.text, a[0].end)] or amounts
        if len({gapped_by.get(id(q)) for q, _ in amounts}) > 1:
            # "A put in $1.3bn, B $1.2bn" read as one deal of A and B: the amounts are the deals
            # of two firms' clauses, and which is this deal's is not told; none is kept
            amounts = []
        amounts = [figure for _, figure in amounts]
        if amounts:
            f.figures.setdefault("amountUSD", amounts[0])
            for more in amounts[1:]:
                if more.value != amounts[0].value:
                    twin = Frame(f.family, set(f.kinds), {k: list(v) for k, v in f.roles.items()},
                                 f.sentence, f.span, f.rule, f.confidence * 0.9,
                                 {"amountUSD": more})
                    extra.append(twin)
    if "stakePercent" not in [k for f in frames for k in f.figures]:
        for fraction, value in lexicon()["fractions"].items():
            if fraction in s.text.lower():
                target = next((f for f in frames if f.family in ("Stake", "Warrant")), None)
                if target is not None:
                    target.figures["stakePercent"] = Figure(Decimal(str(value)), "Approximately")
                break
    frames.extend(extra)


#: Rules whose share (a percentage) is only one told inside their own match.
_OWN_PERCENT = frozenset({"en.stake.owned.by"})


#: Families whose deals have a capacity; a capacity near another deal is its condition.
_CAPACITY_FAMILIES = {"Compute", "Supply", "Cloud", "Investment", "Lease"}
#: Words that name a term right before its years ("期限三年", "为期五年", "a term of five years"):
#: a term even beside money paid in stages.
_TERM_BEFORE = re.compile(r"(?:期限|为期|\b(?:term|tenor|maturity)\s+of\s+)(?:为|约)?$", re.I)
#: A determiner before a capacity refers back to one told before ("the 250 MW", 这300兆瓦).
_BACK_REFERENCE = re.compile(r"(?:\b(?:the|this|these|those|that)\s+|这|该|上述|此|那)$", re.I)


_figure = figure_of


_CLAUSE_END = re.compile(r"[,，;；。:：]")
_LOAN_WORD = re.compile(r"\bloans?\b|贷款|借款", re.I)
_ZH_LOAN = re.compile(r"贷款|借款")
#: The nouns of a financing (what kind of financing a frame read from a bare verb is).
_FINANCING_NOUN = re.compile(r"\b(?:loans?|facilit(?:y|ies)|credit lines?|revolvers?|"
                             r"revolving credit(?! facilit))\b|贷款|授信|借款|信贷额度", re.I)
_NEXT_OBJECT = re.compile(r"\s+and\s+(?:a|an|another)\s")


#: A deal told with a modal of the future or the conditional under a memorandum ("Under the
#: memorandum, the fund would invest about $600m for a 12% stake"): a promise, not shares held
#: (a definitive "would invest $500m in exchange for a 4% stake" stays a stake).
#: a Chinese future or promise (将向X投资…以换取8%的股权: still an investment commitment)
_FUTURE_ZH = re.compile(r"将|拟|计划|有意|或将|预计")
_MODAL = re.compile(r"\b(?:would|will|could|plans? to|intends? to|is set to|agreed to)\s"
                    r"|拟|计划|有意", re.I)


def _promised(f: Frame) -> bool:
    a, b = f.core or f.span
    return _MODAL.search(f.sentence.text, a, b) is not None \
        and cue("anaphora_nonbinding_kind").search(f.sentence.text) is not None


def _settle_kinds(f: Frame) -> None:
    """Kind words are read from the earliest match to the end of its clause."""
    for family, to, words in family_switches():
        if f.family == family and words.search(f.sentence.text) and not _promised(f):
            f.family, f.kinds = to, {families()[to]["subject"]} | (f.kinds - {
                families()[family]["subject"]})
    if f.family == "Investment" and "stakePercent" in f.figures \
            and not _MODAL.search(f.sentence.text) and not _FUTURE_ZH.search(f.sentence.text):
        # "invested $500m, which gives it a little under 3%": an investment made for a share
        f.family, f.kinds = "Stake", {"EquityStake"} | (f.kinds - {"InvestmentCommitment"})
    a, b = f.core or f.span
    clause_end = _CLAUSE_END.search(f.sentence.text, b)
    text = f.sentence.text[a:clause_end.start() if clause_end else len(f.sentence.text)]
    if f.family == "Supply" and "capacityGW" in f.figures:   # "采购AI芯片，部署规模达1吉瓦"
        f.family, f.kinds = "Compute", {"ComputeCommitment", "SupplyAgreement"} | f.kinds
    if f.family == "Compute":
        has_capacity = "capacityGW" in f.figures or compute_words().search(text)
        if not has_capacity:
            f.family, f.kinds = "Supply", {"SupplyAgreement"}
        elif supply_goods().search(text):
            f.kinds.add("SupplyAgreement")
    own = f.sentence.text[a:clause_end.start() if clause_end else len(f.sentence.text)]
    other = _NEXT_OBJECT.search(own, max(0, b - a))   # "a $1.5bn term loan from A and a $400m
    if other:                                          # credit facility from B": each its own
        own = own[:other.start()]
    if f.family == "Loan" and not _FINANCING_NOUN.search(own) \
            and len(_FINANCING_NOUN.findall(f.sentence.text)) == 1:
        own = f.sentence.text   # "secured a $5bn credit facility arranged by A, which is
                                # lending alongside B": the one financing noun of the sentence
    for family, add, words in kind_extras():
        if f.family == family and words.search(own):
            f.kinds.add(add)
    if f.family == "Loan" and "CreditFacility" in f.kinds and "授信" in own \
            and cue("credit_line_zh").search(f.sentence.text) and not _ZH_LOAN.search(own):
        own = ""                # "申请…综合授信，在额度内可循环使用": a credit line, no loan
    if f.family == "Loan" and "CreditFacility" in f.kinds \
            and (not _LOAN_WORD.search(own) or drawn_over_time().search(own)):
        f.family, f.kinds = "Facility", (f.kinds - {"Loan"}) | {"CreditFacility"}
