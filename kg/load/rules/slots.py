"""A sentence in slot form: firm mentions (and what anaphora point to) replaced by ``⟦n⟧``.

Lists of firms ("JPMorgan and MUFG", "甲骨文、AWS", "英伟达与OpenAI") become one slot; a name
followed by the same firm in brackets ("三菱日联(MUFG)") is one mention; role-word anaphora ("the
chipmaker", "这家芯片巨头", "the fund") and "the two sides"/"双方" point to the firms they mean.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.load.rules.announcer import bare_company
from kg.load.rules.descriptions import (described_firm, description_spans, indefinite_span,
                                        introduced_before)
from kg.load.rules.possessive_partners import partner_of, partner_spans
from kg.load.rules.subject_descriptions import subject_description
from kg.load.rules.interviews import first_person, second_person
from kg.load.rules.zh_implied_subject import elided_partner_subject, implied_partner_subject
from kg.load.rules.zh_pronoun_subject import it_spans
from kg.load.rules.zh_stake_its import stake_its
from kg.load.rules.vehicles import names_a_firm, vehicle_spans
from kg.load.rules.entities import Entities, Mention, rules
from kg.load.text.sentences import Sentence
from kg.load.rules.patterns import cue
from kg.load.vocab import lexicon

#: A list whose items carry their own figure in brackets: "A ($3.2 billion), B ($1.8 billion) and".
_BRACKETED_JOIN = re.compile(r"^\s*[（(][^()（）⟦⟧]{1,30}[)）]\s*(?:,\s*and|、|，|,|\band\b|和|与|及)\s*$", re.I)
_GROUP_JOIN = re.compile(r"\s*(?:、|和|与|及|以及|\band\b(?:\s+the\b)?|&|,\s*and\b(?:\s+the\b)?)\s*$", re.I)
_SAME_BRACKET = re.compile(r"^\s*[（(]\s*$")
_PAIR = re.compile(r"the two (?:sides|companies|firms)|both (?:sides|companies)|the companies|the pair|双方|两家公司|两家企业|两者", re.I)
_GAPPED = re.compile(r"\s+(?:up to|as much as|about|around|roughly|nearly|more than|another|a further|\$|US\$|\d)", re.I)
#: ", and X agreed …" after a preposition's object: X opens a clause of its own, no list.
_NEW_CLAUSE_JOIN = re.compile(r"\s*,\s*and\s+", re.I)
_OBJECT_BEFORE = re.compile(r"\b(?:in|into|to|from|with|for|by|of)\s+(?:the\s+)?$", re.I)
_OWN_VERB = re.compile(r"\s+(?:also\s+|separately\s+|then\s+)?(?:agreed|agrees|will|would|said|says|has|have|had|"
                       r"is|was|plans|planned|pledged|pledges|committed|commits|signed|signs|invested|invests|"
                       r"announced|announces|took|takes|bought|buys|made|makes|put|puts|lent|lends|provided)\b",
                       re.I)
_FORMER_LATTER = re.compile(r"(?P<latter>后者|\bthe latter\b)|(?P<former>前者|\bthe former\b)", re.I)
#: what stands between a firm and a description in apposition to it ("Y, the model developer")
_APPOSED = re.compile(r"\s*,\s*")
#: "its" before a deal with another firm ("its $4.2bn, five-year contract with X"): the "it".
_ITS_DEAL = re.compile(r"\bit(?=s\s+(?:[^⟦.;]|\.(?=\d)){0,50}?\b(?:contracts?|deals?|agreements?|"
                       r"lease|orders?|partnership)\s+with\b)")


@lru_cache(maxsize=1)
def _teller_before() -> re.Pattern:
    """What stands between a firm and the bare 公司 of the clause it tells (``teller_before``)."""
    return re.compile(lexicon()["announcer_zh"]["teller_before"])


def _teller(text: str, items: list, at: int) -> tuple[int, list[str]] | None:
    """The one firm that tells the clause of a bare 公司/该公司 at `at` ("X在声明中确认，公司…", "X还
    披露，为保障…，该公司…"), with no other firm named between them."""
    before = [(x, y, iris) for x, y, iris in items if y <= at]
    if not before:
        return None
    x, y, iris = max(before, key=lambda item: item[1])
    return (y, iris) if len(iris) == 1 and _teller_before().match(text, y, at) else None


@lru_cache(maxsize=1)
def _tellers_en() -> tuple[re.Pattern, re.Pattern]:
    spec = lexicon()["company_anaphora"]
    return re.compile(spec["teller_en"], re.I), re.compile(spec["teller_not_after_en"], re.I)


def _teller_en(text: str, items: list, at: int) -> tuple[int, list[str]] | None:
    """The firm whose reporting verb opens the clause of "the company" at `at` ("X said on Monday
    that Y would invest $3bn in the company"): the first firm of the sentence, one firm, not a
    firm whose people speak ("analysts at X said")."""
    before = sorted((x, y, iris) for x, y, iris in items if y <= at)
    if not before:
        return None
    x, y, iris = before[0]
    tells, not_after = _tellers_en()
    m = tells.match(text, y)
    if len(iris) != 1 or m is None or m.end() > at or not_after.search(text, max(0, x - 24), x):
        return None
    return y, iris


def _with_them(text: str) -> list[tuple[int, int]]:
    """Spans of "them" after "with" in a clause telling a deal ("committed to $6bn of capacity with
    them", "signed a contract with them"; `with_them` in core.yaml): a firm told before."""
    if "with them" not in text:
        return []
    regex, deal = _with_them_rules()
    return [m.span(1) for m in regex.finditer(text)
            if deal.search(text, max(0, m.start() - 80), m.start())]


@lru_cache(maxsize=1)
def _with_them_rules() -> tuple[re.Pattern, re.Pattern]:
    spec = lexicon()["with_them"]
    return (re.compile(r"\bwith\s+(them)\b(?!\s+(?:and|or)\b)"),
            re.compile(rf"\b(?:{'|'.join(map(re.escape, spec['deal_words']))})", re.I))


@lru_cache(maxsize=1)
def _its_goods() -> re.Pattern:
    """'its' before chips ("2 gigawatts of its accelerators"): the slot is 'it', then 's'."""
    return re.compile(rf"\bit(?=s\s+(?:[\w-]+\s+){{0,2}}(?:{lexicon()['words']['supply_goods']})\b)",
                      re.I)


@lru_cache(maxsize=1)
def _object_it() -> re.Pattern:
    """'granted it a warrant', 向其提供 (``object_it``, ``object_it_zh`` in core.yaml)."""
    return re.compile(f"{lexicon()['object_it']}|{lexicon()['object_it_zh']}".replace("(it)", "(?P<it>it)")
                      .replace("(其)", "(?P<zh>其)"))


@lru_cache(maxsize=1)
def _clause_opening() -> re.Pattern:
    """", and the chipmaker …", "; the chipmaker …", "… after the chipmaker …": a description
    opening a clause of its own (``clause_opening``, ``clause_opening_subordinate``)."""
    return re.compile(rf"{lexicon()['clause_opening']}|{_subordinate_opening().pattern}", re.I)


def _shares_subject(text: str, items, at: int) -> bool:
    """Is the one firm before `at` the sentence's subject told by its shares ("X shares jumped
    when …", "Shares of X rose after …"; ``company_subject_shares``)? The firm is blanked to ⟦⟧."""
    firm = next(((a, b) for a, b, _ in items if b <= at), None)
    if firm is None:
        return False
    a, b = firm
    return cue("company_subject_shares").search(text[:a] + "⟦⟧" + text[b:at]) is not None


@lru_cache(maxsize=1)
def _subordinate_opening() -> re.Pattern:
    """"… after the …", "… because the …": a subordinator right before a description
    (``clause_opening_subordinate`` in core.yaml)."""
    subordinators = "|".join(lexicon()["clause_opening_subordinate"])
    return re.compile(rf"\b(?:{subordinators})\s+$", re.I)


@lru_cache(maxsize=1)
def _company() -> re.Pattern:
    """'the company', 'the Japanese group', 该公司 (`company_anaphora` in core.yaml)."""
    spec = lexicon()["company_anaphora"]
    nouns = "|".join(re.escape(w) for w in spec["nouns"])
    qualifiers = "|".join(re.escape(w) for w in sorted(spec["qualifiers"], key=len, reverse=True))
    zh = "|".join(re.escape(w) for w in spec["zh"])
    return re.compile(rf"\bthe\s+(?:(?:{qualifiers})\s+)?(?:{nouns})\b(?!\s+of\b)|{zh}",
                      re.I)


@lru_cache(maxsize=1)
def _described_on() -> re.Pattern:
    """A description going on after "the company" ("the company that makes our chillers"):
    another firm (``described_on`` in core.yaml's ``answer_partner``)."""
    return re.compile(lexicon()["answer_partner"]["described_on"], re.I)


@dataclass
class Slotted:
    text: str                   # sentence with slot tokens
    pos: list[int]              # sentence offset of each character of `text` (plus the end)
    slots: list[list[str]]      # slot number -> firm IRIs
    spans: list[tuple[int, int]]  # slot number -> sentence offsets
    speaker: str | None = None  # an interview answer's firm ("we"; rules/answer_partner.py)

    def original(self, a: int, b: int) -> tuple[int, int]:
        return self.pos[a], self.pos[b] if b < len(self.pos) else self.pos[-1]


@lru_cache(maxsize=1)
def _role_anaphora() -> tuple[re.Pattern, dict[str, str]]:
    phrases = {p.casefold(): t for p, t in rules().roles}
    for section in ("anaphora_roles", "anaphora_descriptions"):
        for type_name, words in (lexicon().get(section) or {}).items():
            for w in words:
                phrases[w.casefold()] = type_name
    alt = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    places = "|".join(map(re.escape, lexicon().get("zh_description_places") or ())) or "(?!)"
    # "这家美国模型开发商", "该日本运营商", "这家总部位于深圳的服务器厂商": a place, or (after 这家) a
    # clause closed by 的, may stand before the role word
    regex = re.compile(
        rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?P<en>{alt})\b|(?:这家(?:[^，。；、：:⟦⟧\s“”「」]{{1,14}}?的)?"
        rf"|该|这一|此)(?:{places})?(?P<zh>{alt})",
        re.I)
    return regex, phrases


@lru_cache(maxsize=1)
def _descriptions() -> frozenset[str]:
    """Descriptions that find a firm of their type but say too little to type an unseen one
    ("the software group")."""
    return frozenset(w.casefold() for words in (lexicon().get("anaphora_descriptions") or {}).values()
                     for w in words)


def _only_of_type(ents: Entities, start: int, before: int, type_name: str) -> Mention | None:
    """The firm a description means when no earlier sentence names one of its type: the only
    firm of that type named earlier in its own sentence ("Microsoft and OpenAI signed an
    agreement that leaves the software group with 27% of the ChatGPT maker")."""
    found = {m.iri: m for m in ents.mentions if m.kind == "firm" and start <= m.start
             and m.end <= before and type_name in firm_types(ents, m.iri)}
    return next(iter(found.values())) if len(found) == 1 else None


#: A description as the object of a coordinated verb with no subject of its own (", and has
#: issued the AI developer"): it means a firm named earlier in the sentence.
#: ", and has issued the AI developer …", ", and the chipmaker is giving the AI developer …": the
#: object of a coordinated clause (its subject may be a description of its own)
_COORDINATED_OBJECT = re.compile(r",\s+and\s+(?:(?:the|this|that)\s+(?:[\w-]+\s+){1,2}?)?"
                                 r"(?:(?:has|have|had|will|also|then|is|are|was|were)\s+)*"
                                 r"[a-z]+(?:ed|s|ing|en)\s+$")


def _only_untyped(ents: Entities, start: int, before: int, type_name: str) -> Mention | None:
    """The firm a coordinated clause's description means: the only one named earlier in the
    sentence that is of its type or not yet typed, when the others are typed otherwise."""
    found = {m.iri: m for m in ents.mentions if m.kind == "firm" and start <= m.start
             and m.end <= before}
    fits = [m for m in found.values() if type_name in firm_types(ents, m.iri)
            or (not m.known and not firm_types(ents, m.iri))]
    return fits[0] if len(fits) == 1 and len(found) >= 2 else None


_OPENING = 25     # characters before a sentence's subject ("On Tuesday, ")


def _pair_subject(text: str, items: list[tuple[int, int, list[str]]]) -> bool:
    """The sentence opens with two firms as one subject ("Microsoft and OpenAI have signed",
    "微软与OpenAI签署"): descriptions later in it mean one of the two."""
    first = sorted(items)[:2]
    return len(first) == 2 and first[0][0] <= _OPENING \
        and bool(_GROUP_JOIN.fullmatch(text[first[0][1]:first[1][0]]))


def _last_two(ents: Entities, floor: int, before: int) -> list[str]:
    """The last two firms named between `floor` and `before` ("… met Sable. … In June the two
    sides signed …"), latest last."""
    seen: list[str] = []
    for m in reversed(ents.mentions):
        if m.kind == "firm" and floor <= m.start and m.end <= before and m.iri not in seen:
            seen.append(m.iri)
            if len(seen) == 2:
                break
    return seen[::-1] if len(seen) == 2 else []


def firm_types(ents: Entities, iri: str) -> set[str]:
    return set(ents.types.get(iri, {})) | set(ents.reference_types.get(iri, ()))


def _antecedent(ents: Entities, before: int, floor: int, type_name: str | None,
                exclude: set[str]) -> Mention | None:
    for m in reversed(ents.mentions):
        if m.kind != "firm" or m.end > before or m.start < floor or m.iri in exclude:
            continue
        if type_name is None or type_name in firm_types(ents, m.iri) or (
                type_name == "Financier" and firm_types(ents, m.iri) & {
                    "Bank", "PrivateCreditFund", "SovereignWealthFund", "AssetManager",
                    "Financier"}):
            return m
    return None


def _untyped_antecedent(ents: Entities, before: int, floor: int,
                        exclude: set[str]) -> Mention | None:
    """The nearest earlier unseen firm the text has not typed yet, when it is the only firm
    between `floor` and `before` besides those excluded (a description names no one else)."""
    seen: dict[str, Mention] = {}
    for m in reversed(ents.mentions):
        if m.kind != "firm" or m.end > before or m.start < floor or m.iri in exclude:
            continue
        seen.setdefault(m.iri, m)
    # the others typed otherwise ("A contract with Quillfeather, the model developer …, has
    # helped Aster raise a loan, the cloud provider said"): the one untyped firm is meant
    untyped = [m for m in seen.values() if not m.known and not firm_types(ents, m.iri)]
    return untyped[0] if len(untyped) == 1 and all(
        firm_types(ents, i) for i in seen if i != untyped[0].iri) else None


def slot_sentence(s: Sentence, ents: Entities, floor: int, last_pair: list[str],
                  previous_start: int | None = None, role_floor: int | None = None,
                  keep_pledged: bool = False, article_text: str = "",
                  announcer: str | None = None, we: str | None = None,
                  vehicle: str | None = None, named_later: str | None = None,
                  it_zh: str | None = None, elided: str | None = None,
                  you: str | None = None) -> Slotted:
    """Slot form of sentence `s`; anaphora resolve to mentions from `floor` on. Firms named in
    what secures a loan are left out unless `keep_pledged` (to read the pledged deal itself)."""
    items: list[tuple[int, int, list[str]]] = []  # sentence offsets, IRIs
    for m in ents.mentions:
        if m.kind == "firm" and s.start <= m.start and m.end <= s.end:
            items.append((m.start - s.start, m.end - s.start, [m.iri]))
    starts = [a for a, _, _ in items]
    items = [(absorb_role(s.text, a), _absorb_relative(s.text, _absorb_apposition(
                  s.text, _absorb_legal_form(s.text, a, b, starts), starts), starts), iris)
             for a, b, iris in items]
    pledged = [] if keep_pledged else [m.span() for m in cue("collateral_clause").finditer(s.text)]
    items = [(a, b, iris) for a, b, iris in items            # firms named in what secures a loan
             if not any(x <= a and b <= y for x, y in pledged)]
    taken = [(a, b) for a, b, _ in items]

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for a, b in (vehicle_spans(s.text, vehicle) if vehicle else ()):   # "the vehicle" buys
        if free(a, b) and not names_a_firm(s.text, a, b, taken):        # (rules/vehicles.py)
            items.append((a, b, [vehicle]))
            taken.append((a, b))
    for m in (first_person().finditer(s.text) if we else ()):   # an interview's answer: the
        if free(m.start(), m.end()):                              # interviewee's firm
            items.append((m.start(), m.end(), [we]))
            taken.append(m.span())
    for m in (second_person().finditer(s.text) if you else ()):   # "You signed …" opening a
        if free(m.start(), m.end()):                              # question: the same firm
            items.append((m.start(), m.end(), [you]))
            taken.append(m.span())
    for a, b in (it_spans(s.text) if it_zh else ()):     # "X不建机房，它与Y签订…": the firm
        if free(a, b):                                      # it means (zh_company_referent)
            items.append((a, b, [it_zh]))
            taken.append((a, b))
    if we and not any(we in iris for _, _, iris in items):   # "最大的一笔是和X签的合同": the
        at = implied_partner_subject(s.text, [(a, b) for a, b, _ in items])   # interviewee
        if at is not None:                                                  # (zh_implied_subject)
            items.append((at, at, [we]))
    elif elided and not we and not any(elided in iris for _, _, iris in items):
        # "去年年底：同X订立…协议" (a timeline's entry, a clause with no subject): the firm the
        # paragraph, the announcement or the headline is about (zh_implied_subject)
        at = elided_partner_subject(s.text, items)
        if at is not None:
            items.append((at, at, [elided]))

    regex, phrases = _role_anaphora()
    pair_subject = _pair_subject(s.text, items)
    typed: list[tuple[int, int]] = []      # typed descriptions, resolved or not
    lead = article_text[previous_start:s.start] if previous_start is not None else ""
    for m in regex.finditer(s.text):
        phrase = (m.group("en") or m.group("zh")).casefold()
        typed.append(m.span())
        if not free(m.start(), m.end()) or _COPULA_BEFORE.search(s.text, max(0, m.start() - 48),
                                                                 m.start()):
            continue        # "X, which … is also the largest lender": a predicate, no reference
        if m.group("en") and introduced_before(lead + s.text, len(lead) + m.start(), phrase):
            continue        # "… talks with another AI lab; it did not name the lab": no firm
        if m.group("en") and any(_APPOSED.fullmatch(s.text, b, m.start()) for a, b, _ in items):
            continue        # "… with Y, the model developer": an apposition, no other firm
        here = {iris[0] for a, b, iris in items if a < m.start()}
        # a typed anaphor ("the fund", "这家芯片巨头") is specific enough to look further back
        ante = _antecedent(ents, s.start + m.start(), role_floor if role_floor is not None
                           else floor, phrases[phrase], here)
        if ante is None and phrases[phrase] and (phrase in _descriptions() or pair_subject
                                                 or _clause_opening().search(s.text, 0, m.start())):
            # "X and Y signed …, leaving the software group with 27% of the ChatGPT maker", "X
            # rose after the chipmaker and Y agreed …" (the one chipmaker named before it)
            ante = _only_of_type(ents, s.start, s.start + m.start(), phrases[phrase])
        if ante is None and phrases[phrase] and phrase not in _descriptions() \
                and _COORDINATED_OBJECT.search(s.text, 0, m.start()):
            # "X has agreed to supply Y …, and has issued the AI developer a warrant"
            ante = _only_untyped(ents, s.start, s.start + m.start(), phrases[phrase])
            if ante is not None:
                ents.add_type(ante.iri, phrases[phrase], (s.start + m.start(), s.start + m.end()))
        if ante is None and phrases[phrase] and phrase not in _descriptions():
            # "Brightwell ... The chipmaker said": the text types it; ", the cloud provider
            # said" closing a sentence may mean a firm of that sentence, and so may one of a
            # clause before a colon ("这份合同由X宣布：Y将为这家大模型公司提供算力")
            clause = max((b.end() for b in _STRONG_BREAK.finditer(s.text, 0, m.start())), default=0)
            ante = _untyped_antecedent(
                ents, s.start + m.start(), floor,
                set() if _REPORTING_AFTER.match(s.text, m.end())
                else {iris[0] for a, b, iris in items if clause <= a < m.start()})
            if ante is not None:
                ents.add_type(ante.iri, phrases[phrase], (s.start + m.start(), s.start + m.end()))
        if ante is None and phrases[phrase] and m.group("en") and phrase not in _descriptions():
            # "Y downgraded X, arguing that the cloud operator's margins …", "X fell after the
            # chipmaker cut …": a later clause's subject is the one firm the sentence's structure
            # leaves it (subject_descriptions)
            ante = subject_description(ents, s.start, s.text, m.start("en"), m.end(), floor)
            if ante is not None:
                ents.add_type(ante.iri, phrases[phrase], (s.start + m.start(), s.start + m.end()))
        if ante is not None:
            items.append((m.start(), m.end(), [ante.iri]))
            taken.append((m.start(), m.end()))
    for a, b in (bare_company(s.text) if announcer else ()):  # "公司全资子公司…": the announcer
        if free(a, b) and not any(announcer in iris for _, y, iris in items if y <= a):
            # not when the sentence named it before ("X晚间公告，公司与Y签署…": one subject)
            items.append((a, b, [announcer]))
            taken.append((a, b))
    for a, b in bare_company(s.text):           # "X在声明中确认，公司已与Y签订…": the firm that
        teller = _teller(s.text, items, a)      # tells it
        if free(a, b) and teller is not None:
            items.append((a, b, list(teller[1])))
            taken.append((a, b))
    for m in _company().finditer(s.text):
        if free(m.start(), m.end()):
            here = {iris[0] for a, b, iris in items if a < m.start()}
            ante = None
            teller = _teller(s.text, items, m.start()) or _teller_en(s.text, items, m.start())
            if teller is not None:      # "X还披露，…，该公司已获得…": the firm that tells it
                items.append((m.start(), m.end(), list(teller[1])))
                taken.append((m.start(), m.end()))
                continue
            if len(here) == 1 and _subordinate_opening().search(s.text, max(0, m.start() - 12),
                                                                m.start()) \
                    and _shares_subject(s.text, items, m.start()):
                # "X shares rose after the company announced …": the one firm named before
                ante = next(mn for mn in ents.mentions if mn.iri in here)
            elif not here and previous_start is not None and _SUBJECT_OPENER.fullmatch(s.text, 0, m.start()):
                # "X will spend the money on Y's chips. In a filing, the company said …": a
                # subject description is the subject of the sentence before, not the last firm
                ante = _subject_before(ents, s.start, previous_start, article_text, vehicle)
            if ante is None:
                ante = _antecedent(ents, s.start, floor, None, here)
            if ante is not None:
                items.append((m.start(), m.end(), [ante.iri]))
                taken.append((m.start(), m.end()))
            elif we and not _described_on().match(s.text, m.end()):
                # an answer's "the company" with no firm to point back to is the interviewee's
                # ("a fifth of the company is theirs"), not "the company that makes our chillers"
                items.append((m.start(), m.end(), [we]))
                taken.append((m.start(), m.end()))
    for a, b, type_name in description_spans(s.text) if previous_start is not None or not s.index \
            else ():                              # "the Japanese carrier", "the optical-component
        if free(a, b) and all(b <= x or a >= y for x, y in typed):   # maker" (descriptions.py)
            subject = (_subject_before(ents, s.start, previous_start, article_text, vehicle)
                       if previous_start is not None else None)
            ante = described_firm(ents, firm_types, s.start, s.text, a, b, floor, items,
                                  type_name, subject)
            if ante is not None:
                items.append((a, b, [ante]))
                taken.append((a, b))
    span = indefinite_span(s.text) if named_later and not any(
        named_later in iris for _, _, iris in items) else None
    if span is not None and free(*span):  # "… said an AI developer would buy 1.5 GW. The buyer
        items.append((span[0], span[1], [named_later]))   # is X": X (descriptions.py)
        taken.append(span)
    for a, b in partner_spans(s.text):          # "extended a loan to its customer": the other
        if free(a, b):                           # firm of the possessor's last deal
            possessor = max(((y, iris) for x, y, iris in items if y <= a), default=None)
            partner = partner_of(possessor[1][0] if possessor and len(possessor[1]) == 1
                                 else None, last_pair)
            if partner is not None:
                items.append((a, b, [partner]))
                taken.append((a, b))
    for m in _PAIR.finditer(s.text):
        if not free(m.start(), m.end()):
            continue
        before: list[str] = []      # "OpenAI又与博通签署条款书，双方将…": the pair just named
        for a, b, iris in sorted(items):
            if b <= m.start():
                before.extend(i for i in iris if i not in before)
        pair = before[-2:] if len(before) >= 2 else list(last_pair[:2])
        if len(pair) < 2 and role_floor is not None:    # no deal told yet: the last two firms
            pair = _last_two(ents, role_floor, s.start + m.start())   # named before it
        if len(pair) >= 2:
            items.append((m.start(), m.end(), pair))
            taken.append((m.start(), m.end()))
    for m in _FORMER_LATTER.finditer(s.text):     # "与衡岳签署备忘录，拟向后者投资": the
        if not free(m.start(), m.end()):         # later of the two firms named just before
            continue
        before: list[str] = []
        for a, b, iris in sorted(items):
            if b <= m.start() and len(iris) == 1 and iris[0] not in before:
                before.append(iris[0])
        if len(before) >= 2:
            pick = before[-1] if m.group("latter") else before[-2]
            items.append((m.start(), m.end(), [pick]))
            taken.append((m.start(), m.end()))
    for m in _ITS_DEAL.finditer(s.text):     # "by its $4.2bn contract with Quillfeather":
        if not free(m.start(), m.end()):      # the sentence's subject (slot "it", then "s")
            continue
        subject = min(((a, iris) for a, b, iris in items if b <= m.start()), default=None)
        ante = subject[1] if subject is not None and len(subject[1]) == 1 else None
        if ante is None and previous_start is not None:
            first = _subject_before(ents, s.start, previous_start, article_text, vehicle)
            ante = [first.iri] if first is not None else None
        if ante is not None:
            items.append((m.start(), m.end(), list(ante)))
            taken.append((m.start(), m.end()))
    for m in _its_goods().finditer(s.text):   # "X said Y will deploy 2 GW of its accelerators":
        if not free(m.start(), m.end()):         # the one chipmaker named before in the sentence
            continue
        makers = {i for a, b, iris in items if b <= m.start() for i in iris
                  if "ChipMaker" in firm_types(ents, i)}
        if len(makers) == 1:
            items.append((m.start(), m.end(), list(makers)))
            taken.append((m.start(), m.end()))
    m = _subject_pronoun().match(s.text)
    at = (m.span("p") if m.group("p") else m.span("q")) if m else None
    if at and free(*at) and previous_start is not None:
        ante = _subject_before(ents, s.start, previous_start, article_text, vehicle)
        if ante is not None:
            items.append((at[0], at[1], [ante.iri]))
            taken.append(at)
    for m in _object_it().finditer(s.text):     # ", and the chipmaker has granted it a warrant"
        at = m.span("it") if m.group("it") else m.span("zh")
        if not free(*at):
            continue
        before = sorted((a, iris) for a, b, iris in items if b <= at[0])
        if len(before) >= 2 and len(before[0][1]) == 1 and before[0][1] != before[-1][1]:
            items.append((at[0], at[1], list(before[0][1])))
            taken.append(at)
        elif len(before) == 1 and previous_start is not None:
            # "X needed cash. Y lent it $1.5bn" / "X拿到了钱。Y向其提供…": the sentence before's subject
            ante = _subject_before(ents, s.start, previous_start, article_text, vehicle)
            if ante is not None and [ante.iri] != before[0][1]:
                items.append((at[0], at[1], [ante.iri]))
                taken.append(at)
    for a, b, iri in stake_its(s.text, items):     # "X与Y签署协议，拟收购其20%股权" (zh_stake_its)
        if free(a, b):
            items.append((a, b, [iri]))
            taken.append((a, b))
    for a, b in _with_them(s.text):     # "Our largest contract is with X. We've committed $6bn of
        if free(a, b):                  # capacity with them": the firm named last before
            here = {iris[0] for x, y, iris in items if x < a}
            ante = _antecedent(ents, s.start + a, floor, None, here)
            if ante is not None:
                items.append((a, b, [ante.iri]))
                taken.append((a, b))
    for m in _CLAUSE_PRONOUN.finditer(s.text):   # "..., and this month it placed an order"
        if not free(m.start(1), m.end(1)):
            continue
        subject = min(((a, iris) for a, b, iris in items if b <= m.start()), default=None)
        if subject is not None and len(subject[1]) == 1:
            items.append((m.start(1), m.end(1), list(subject[1])))
            taken.append((m.start(1), m.end(1)))
    items.sort()
    merged: list[list] = []
    for a, b, iris in items:
        if merged and merged[-1][0] < merged[-1][1]:    # an implied subject joins no list
            pa, pb, piris = merged[-1]
            gap = s.text[pb:a]
            if set(iris) <= set(piris) and (_SAME_BRACKET.match(gap) or not gap.strip()):
                close = re.match(r"\s*[)）]", s.text[b:])
                merged[-1][1] = b + (close.end() if close else 0)
                continue
            if set(iris) <= set(piris):
                pass
            elif _GAPPED.match(s.text, b):
                pass   # "up to $10bn in Anthropic and Microsoft up to $5bn": a gapped clause
            elif _NEW_CLAUSE_JOIN.fullmatch(gap) and _OBJECT_BEFORE.search(s.text, 0, pa) \
                    and _OWN_VERB.match(s.text, b):
                pass   # "… to invest $5bn in Anthropic, and Nvidia agreed to invest $10bn": the
                #        object of one clause, then the subject of the next
            elif _GROUP_JOIN.match(gap) or _BRACKETED_JOIN.match(gap) \
                    or (gap.strip() in (",", "，", "、") and _list_ends_with_and(s.text, b)):
                merged[-1] = [pa, b, piris + [i for i in iris if i not in piris]]
                continue
        merged.append([a, b, list(iris)])
    text, pos, slots, spans = [], [], [], []
    cursor = 0
    for n, (a, b, iris) in enumerate(merged):
        for i in range(cursor, a):
            text.append(s.text[i])
            pos.append(i)
        token = f"⟦{n}⟧"
        text.extend(token)
        pos.extend([a] * len(token))
        slots.append(iris)
        spans.append((a, b))
        cursor = b
    for i in range(cursor, len(s.text)):
        text.append(s.text[i])
        pos.append(i)
    pos.append(len(s.text))
    return Slotted("".join(text), pos, slots, spans, we)


#: "it" opening a coordinated clause (", and this month it placed ...") or the clause a firm
#: says ("X, which …, said Tuesday it had borrowed …") is the sentence's subject; the "it" of a
#: relative clause (", in which it holds 20%") is left to its rule (frames._main_subject).
_CLAUSE_PRONOUN = re.compile(
    r"(?:(?:,\s*(?:and|but|while|so)?|\b(?:and|but|while))\s+(?:(?:this|last|next|that|later|"
    r"earlier|in|on|then|also)\s+(?:(?!which\b)\w+\s+)?)?|\b(?:said|says|announced|disclosed|confirmed|added)"
    r"(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?)\b(it)\s+(?=(?:has|had|will|would|also|then|\w+ed|\w+s)\b)")
#: A sentence-initial 'It'/'该公司', also after a time adverbial ("Last month it signed …", "今年8月，
#: 公司与…", ``zh_sentence_openers`` in core.yaml).
@lru_cache(maxsize=1)
def _subject_pronoun() -> re.Pattern:
    zh_opener = lexicon()["zh_sentence_openers"]
    return re.compile(
        r"\s*(?:(?:(?:(?:Last|This|Next|Earlier|Later)\s+(?:month|week|year|quarter)|In\s+(?:January|"
        r"February|March|April|May|June|July|August|September|October|November|December)"
        r"(?:\s+\d{4})?),?|[A-Z][^,⟦⟧\n.;:\"“]{0,40},)\s+(?P<p>it|they)(?=\s+[a-z])|(?:(?:" + zh_opener + r")[，,]\s*)?"
        r"(?P<q>It|They|该公司|公司|其(?![一二三四五六七八九十])|它)(?=\s|[\u4e00-\u9fff]))")


#: What may stand before a sentence's subject: nothing, or one opening phrase closed by a comma
#: ("In a separate filing, ", "Separately, ", "On Tuesday, ")
_SUBJECT_OPENER = re.compile(r"\s*(?:[A-Z][^,⟦⟧\n.;:\"“]{0,40},\s+)?")
#: A description as the subject of a closing reporting clause (", the cloud provider said").
_STRONG_BREAK = re.compile(r"[:：;；]")
_REPORTING_AFTER = re.compile(r"\s+(?:said|says|added|announced|confirmed|disclosed)\b")
#: a copula right before a role description makes it a predicate ("X is also the largest lender",
#: "Y remains the anchor tenant"), which says what its subject is and refers to no other firm
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|becomes?|became|remains?|remained)"
                            r"\s+(?:(?:also|now|still|already|not|only|effectively|in effect)\s+)*$")


def _subject_before(ents: Entities, start: int, previous_start: int,
                    article_text: str = "", vehicle: str | None = None) -> Mention | None:
    """A sentence-initial 'It'/'该公司' is the subject of the sentence before: its first firm that
    is no modifier of a noun ("The Intel purchase is one of the bets Nvidia has made. It owns…"),
    or the article's vehicle when that sentence opens with it ("The vehicle bought the chips from
    Y. It then leased them to Z": the vehicle leases, rules/vehicles.py)."""
    if vehicle and article_text and _SUBJECT_OPENER.match(article_text, previous_start):
        at = _SUBJECT_OPENER.match(article_text, previous_start).end()
        if any(a == at - previous_start
               for a, _ in vehicle_spans(article_text[previous_start:start], vehicle)):
            return Mention(at, at, "", vehicle, vehicle, "firm", False)
    first = next((m for m in ents.mentions if m.kind == "firm" and previous_start <= m.start
                  and m.end <= start and not _is_modifier(article_text, m.start, m.end)), None)
    if first is None and article_text:   # "The model developer has been… Last month it signed":
        regex, phrases = _role_anaphora()   # the firm the opening description means
        m = regex.match(article_text, previous_start)
        if m is not None and phrases[(m.group("en") or m.group("zh")).casefold()]:
            first = _antecedent(ents, previous_start, max(0, previous_start - _DESCRIPTION_REACH),
                                phrases[(m.group("en") or m.group("zh")).casefold()], set())
    return first


#: how far back (characters) the description opening the sentence before looks for its firm
_DESCRIPTION_REACH = 1500


#: "the Intel purchase", "this OpenAI deal": a firm name between a determiner and a noun
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:has|had|have|is|was|will|would|said|says|and|or|also)\b|"
                         r"[a-z]+ed\b)[a-z][a-z-]+\b")     # "that Pallid placed": a relative clause


def _is_modifier(text: str, a: int, b: int) -> bool:
    return bool(_DETERMINER_BEFORE.search(text, max(0, a - 12), a) and _NOUN_AFTER.match(text, b))


@lru_cache(maxsize=1)
def _role_before() -> re.Pattern:
    alt = "|".join(re.escape(p) for p, _ in rules().roles)
    zh_alt = "|".join(re.escape(p) for p, _ in rules().roles if not p.isascii())
    # a Chinese role word may carry a modifier ("算力云厂商", "AI芯片厂商"): the whole descriptor
    modifier = "|".join(re.escape(w) for w in lexicon().get("zh_role_modifiers") or ())
    zh = rf"|(?:{modifier})+(?:{zh_alt})\s*$" if modifier and zh_alt else ""
    # right after a preposition any few words modify the role word ("同本地算力运营商X", "从交换机
    # 供应商Y"): nothing else stands between a preposition and its object
    zh += rf"|(?<=[与和同跟向为由对给从])(?:(?![与和同跟向为由对给从的])[\u4e00-\u9fffA-Za-z0-9]){{1,6}}?" \
        rf"(?:{zh_alt})\s*$" \
        if zh_alt else ""
    return re.compile(rf"(?:(?:the|a|an|rival|its|fellow)\s+)?(?:{alt})\s*${zh}", re.I)


def absorb_role(text: str, a: int) -> int:
    """'云服务商云栈科技', 'private credit fund Calder & Finch': the descriptor joins the slot."""
    m = _role_before().search(text[max(0, a - 40):a])
    return a - (len(m.group()) if m else 0) if m and m.group().strip() else a


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    alt = "|".join(re.escape(p) for p, _ in rules().roles)
    return re.compile(rf",\s+(?:a|an|the)\s+[^,;]{{0,50}}?(?:{alt})[^,;]{{0,40}}?,", re.I)


#: Any short apposition followed by the verb of the clause ("Brisa Silicon, the Lisbon chip
#: start-up, has sold"): it describes the firm before it.
_BARE_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+,(?=\s+(?:has|have|had|is|was|are|were|will|"
    r"would|said|says|also|then|\w+ed|\w+s)\b)")


@lru_cache(maxsize=1)
def _legal_form() -> re.Pattern:
    """A legal form the firm's name dropped, right after it ("Halvard Compute Inc. raised",
    "Orrin Systems, Inc., a provider"; `legal_forms_dropped_en` in core.yaml)."""
    forms = "|".join(re.escape(w.rstrip(".")) for w in lexicon()["legal_forms_dropped_en"])
    return re.compile(rf",?\s+(?:{forms})\.?(?![\w-])")


def _absorb_legal_form(text: str, a: int, b: int, starts: list[int] = ()) -> int:
    """A firm's slot reaches over a legal form its name dropped, so that the form's full stop
    ends no clause ("X Inc. raised …", "… a lease with Y Inc. for …"). Not a later firm's form
    set off by commas ("Y, a unit of Z, Inc., raised", "Y, backed by Z Inc., raised": Z would
    stand nearest the verb), nor a full stop that a capitalised word follows ("… a stake in Z
    Inc. W signed": the stop ends a sentence the splitter kept)."""
    if b >= len(text) or text[b] not in " ,":
        return b
    m = _legal_form().match(text, b)
    if m is None or (text[m.end() - 1] == "." and _NEW_SENTENCE.match(text, m.end())):
        return b
    later = any(x < a for x in starts)
    if later and (m.group().startswith(",") or text.startswith(",", m.end())):
        return b
    return m.end()


_NEW_SENTENCE = re.compile(r"\s+[A-Z“\"]")


def _absorb_apposition(text: str, b: int, starts: list[int] = ()) -> int:
    """'Helios Compute, a Denver-based cloud provider, has borrowed': the apposition joins; a
    long one ('Aster, a cloud provider that rents out clusters of GPUs to AI developers, has
    raised') only when the verb of the clause follows and it names no other firm."""
    m = _apposition().match(text, b) or _BARE_APPOSITION.match(text, b)
    if m is None:
        m = _long_apposition().match(text, b)
        if m is not None and any(b < x < m.end() for x in starts):
            m = None
    return m.end() if m else b


@lru_cache(maxsize=1)
def _long_apposition() -> re.Pattern:
    alt = "|".join(re.escape(p) for p, _ in rules().roles)
    return re.compile(rf",\s+(?:a|an|the)\s+[^,;]{{0,50}}?(?:{alt})\s+(?:that|which|who|with|based|"
                      rf"whose)\b[^,;]{{0,100}}?,(?=\s+(?:has|have|had|is|was|are|were|will|would|"
                      rf"said|says|also|then)\b)", re.I)


#: A relative clause between a firm and its verb ("Saltmarsh, which builds and runs data
#: centres in the Carolinas, has raised"): it describes the firm before it.
_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+[^,;:()]{3,90}?,(?=\s+(?:has|have|had|is|was|are|were|will|would|said|"
    r"says|also|then|on\s+\w+day)\b)")


@lru_cache(maxsize=1)
def _participle() -> re.Pattern:
    """A participle phrase between a firm and its verb ("Y, backed by two insurers, owns 30% of Z",
    "X, headquartered in Lyon, signed"; ``participle_phrase`` in core.yaml): it describes the firm
    before it; the clause's own verb (a lower-case word) follows."""
    words = lexicon()["participle_phrase"]

    def alt(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words[key])
    return re.compile(rf",\s+(?:{alt('participles')})\s+(?:{alt('prepositions')})\s+[^,;:()]{{3,70}}?,"
                      r"(?=\s+[a-z])")


def _absorb_relative(text: str, b: int, starts: list[int]) -> int:
    """The relative clause (or participle phrase) joins the firm before it unless it names
    another firm."""
    m = _RELATIVE.match(text, b) or _participle().match(text, b)
    if m is None or any(b < x < m.end() for x in starts):
        return b
    return m.end()


def _list_ends_with_and(text: str, b: int) -> bool:
    if re.match(r"\s*,?\s*(?:and|和|与|及)\s*⟦?", text[b:]) and re.match(r"\s*,?\s*(?:and|和|与|及)\s*[A-Z\u4e00-\u9fff]", text[b:]):
        return True      # "A, B and C": B is followed by the list's last "and"
    return bool(re.match(r"\s*[^\s,，、]+(?:\s+[^\s,，、]+){0,3}\s*(?:,?\s*and|和|与|及)\s", text[b:]))
