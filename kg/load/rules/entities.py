"""Firms and people in an article: reference firms, unseen firms, their roles, people's posts.

Known firms come from the gazetteer (reference labels in both languages). Unseen firms are found
by organisation-name suffixes ("Helios Compute", "磐石半导体") and by role cues ("private credit fund
Calder & Finch", "私募信贷基金远山资本", "X, a cloud provider"); once found, their short form
("Helios", "磐石") is recognised for the rest of the article.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.ids import firm_iri
from kg.load.rules.compound_names import compound_names, compound_type, lending_compound
from kg.load.rules.context_names import context_names
from kg.load.rules.gazetteer import Entity, gazetteer, name_key
from kg.load.rules.latin import LATIN, WORD, standalone
from kg.load.rules.party_names import deal_party_names
from kg.load.rules.patterns import alternation
from kg.load.vocab import lexicon
from kg.load.rules.zh_aliases import (counted_list_names, head_merges, head_short_forms,
                                      interview_outlets, partner_names, run_on_tail)
from kg.load.rules.zh_registered_names import registered_names
from kg.load.rules.zh_role_predicates import predicate_after_role
from kg.load.rules.zh_post_names import post_names
from kg.load.rules.zh_name_heads import followed_always, recurring_tail
from kg.load.rules.zh_names import starts_name as _zh_starts_name
from kg.load.rules.zh_names import (zh_name_end as _zh_name_end, zh_outlet_names as _zh_outlet_names,
                               zh_suffix_names as _zh_suffix_names,
                               zh_weak_recurring as _zh_weak_recurring)

HAN = "\u4e00-\u9fff"
_WORD = WORD
_CAP_SEQ = re.compile(rf"(?<!{LATIN})(?<!&){_WORD}(?:(?: +& +| +(?:of|and|de) +| +){_WORD})*")


@dataclass(frozen=True)
class Mention:
    """A firm, person or publisher named in the article, at code-point offsets of its text."""

    start: int
    end: int
    text: str
    iri: str
    name: str
    kind: str            # firm | person | publisher
    known: bool


@dataclass
class Entities:
    """Everything entity-like found in one article."""

    mentions: list[Mention] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)          # IRI -> display name
    known: set[str] = field(default_factory=set)                 # IRIs from the reference data
    types: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)  # IRI -> type -> span
    reference_types: dict[str, frozenset[str]] = field(default_factory=dict)

    def firms_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "firm" and start <= m.start and m.end <= end]

    def add_type(self, iri: str, type_name: str, span: tuple[int, int]) -> None:
        self.types.setdefault(iri, {}).setdefault(type_name, span)


@dataclass(frozen=True)
class Rules:
    suffix_en: re.Pattern
    suffixes_zh: tuple[str, ...]
    suffixes_zh_all: tuple[str, ...]
    not_name_zh: frozenset[str]
    stop_en: frozenset[str]
    stop_zh: tuple[str, ...]
    boundaries_zh: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]          # (phrase, type) longest first
    role_before_en: re.Pattern
    role_before_zh: re.Pattern
    appositive_en: re.Pattern
    employer_en: re.Pattern
    role_quoted: re.Pattern
    called_en: re.Pattern
    apposed_en: re.Pattern
    prefixes_en: dict[str, str]


@lru_cache(maxsize=1)
def rules() -> Rules:
    lex = lexicon()
    suffix_en = re.compile(r"(?:^|\s)(?:" + "|".join(
        re.escape(s) for s in sorted(lex["org_suffixes"]["en"], key=len, reverse=True)) + r")$")
    roles = []
    for type_name, by_lang in lex["firm_roles"].items():
        for lang in ("en", "zh"):
            roles.extend((phrase, type_name) for phrase in by_lang[lang])
    roles.sort(key=lambda r: len(r[0]), reverse=True)
    en_roles = "|".join(re.escape(p) for p, _ in roles if p.isascii())
    zh_roles = "|".join(re.escape(p) for p, _ in roles if not p.isascii())
    cap = rf"{_WORD}(?:(?: +& +| +){_WORD})*"
    employers = "|".join(re.escape(p) for p in sorted(lex.get("employer_before_en") or [],
                                                      key=len, reverse=True)) or "(?!)"
    # a Chinese name may end with a Latin suffix of the weak list ("人工智能公司墨衡AI")
    latin_tail = "|".join(re.escape(x) for x in lex["org_suffixes"]["zh_weak"] if x.isascii())
    latin_tail = rf"(?:(?:{latin_tail})(?![A-Za-z]))?" if latin_tail else ""
    return Rules(
        suffix_en=suffix_en,
        suffixes_zh=tuple(sorted(lex["org_suffixes"]["zh"], key=len, reverse=True)),
        suffixes_zh_all=tuple(sorted([*lex["org_suffixes"]["zh"], *lex["org_suffixes"]["zh_weak"]],
                                     key=len, reverse=True)),
        not_name_zh=frozenset(lex["zh_not_name_chars"]),
        stop_en=frozenset(lex["name_stopwords"]["en"]),
        stop_zh=tuple(sorted(lex["name_stopwords"]["zh"], key=len, reverse=True)),
        boundaries_zh=tuple(sorted(lex["zh_name_boundaries"], key=len, reverse=True)),
        roles=tuple(roles),
        role_before_en=re.compile(rf"\b(?P<role>(?i:{en_roles})) +(?P<name>{cap})"),
        role_before_zh=re.compile(
            rf"(?P<role>{zh_roles})(?=(?P<name>[{HAN}]{{2,10}}{latin_tail}|{cap}))"),
        # "X, a cloud provider", "X, which is a private credit fund", "X, one of the three model
        # developers that matter"; not "central Texas, the developer's first trip" (a genitive)
        appositive_en=re.compile(
            rf"(?P<name>{cap}), +(?:(?:which|that) +(?:is|was|remains) +)?(?:a|an|the|another"
            rf"|(?P<plural>one +of +(?:the|its|their)(?: +[\w-]+){{0,4}}?))"
            rf" +(?:[\w-]+ +){{0,4}}?(?P<role>(?i:{en_roles}))(?(plural)s)\b(?!['’]s\b)"),
        employer_en=re.compile(rf"\b(?i:{employers}) +(?P<name>{cap})"),
        # a coined name in quotes after a role word: 人工智能公司“深曜”, the AI start-up "Kestrel"
        role_quoted=re.compile(rf"(?P<role>{zh_roles}|\b(?i:{en_roles}))\s*[“「『\"](?P<name>"
                               rf"[{HAN}]{{2,8}}|[{HAN}A-Za-z0-9]{{2,12}}|{cap})[”」』\"]"),
        # "a special-purpose vehicle called Ridgeline GPU Trust I", "a start-up named Quindle"
        called_en=re.compile(rf"\b(?P<role>(?i:{en_roles}|{alternation(lex['called_nouns_en'])}))"
                             rf",?\s+(?:{alternation(lex['called_verbs_en'])})\s+"
                             rf"(?P<name>{cap})"),
        prefixes_en=dict(lex["org_suffixes"].get("prefixes_en") or {}),
        # "a new special-purpose vehicle, Fenmore GPU Trust I, has signed": the vehicle's name
        apposed_en=re.compile(rf"\b(?i:{alternation(lex['apposed_nouns_en'])}),\s+"
                              rf"(?P<name>{cap})(?=\s*,)"),
    )


def role_type(phrase: str) -> str | None:
    key = phrase.casefold()
    return next((t for p, t in rules().roles if p.casefold() == key), None)


def find_entities(text: str) -> Entities:
    """All firm, person and publisher mentions in `text`, non-overlapping, in order."""
    ents = Entities()
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, iri: str, name: str, kind: str, known: bool) -> None:
        ents.mentions.append(Mention(a, b, text[a:b], iri, name, kind, known))
        taken.append((a, b))
        ents.names.setdefault(iri, name)
        if known:
            ents.known.add(iri)

    gaz = gazetteer()
    for hit in gaz.find(text):
        if free(hit.start, hit.end):
            add(hit.start, hit.end, hit.entity.iri, hit.entity.label, hit.entity.kind, True)
            ents.reference_types[hit.entity.iri] = hit.entity.types
    for product, owner in lexicon()["products"].items():
        entity = gaz.lookup(owner)
        if entity is None:
            continue
        edge = "A-Za-z0-9" if product.isascii() else r"\w"   # "Azure云服务": 云 is no letter
        for m in re.finditer(rf"(?<![{edge}]){re.escape(product)}(?![{edge}])", text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), entity.iri, entity.label, entity.kind, True)
                ents.reference_types[entity.iri] = entity.types
    unseen: dict[str, str] = {}  # display name -> IRI

    def add_named(a: int, b: int, name: str) -> str:
        """The firm `name` at [a, b): the reference entity if the gazetteer knows it, else a new
        firm remembered in `unseen`. Returns its IRI."""
        entity = gaz.lookup(name)
        iri = entity.iri if entity else firm_iri(name)
        add(a, b, iri, entity.label if entity else name, entity.kind if entity else "firm",
            entity is not None)
        if entity is None:
            unseen[name] = iri
        return iri

    for a, b, short in registered_names(text):            # "X有限公司（下称“Y”）": the firm Y
        if free(a, b):
            add_named(a, b, short)
    for a, b, name, type_name in _unseen_candidates(text):
        a, b, name = _trim(text, a, b)
        tail = None if name.isascii() else _zh_recurring_tail(text, name)
        if tail:                   # "经云雀智能" where 云雀智能 stands alone elsewhere
            a, name, type_name = b - len(tail), tail, None
        elif name and not name.isascii() and not name.endswith(rules().suffixes_zh_all):
            name = followed_always(text, name, rules().not_name_zh, rules().boundaries_zh)
            b = a + len(name)      # "磐石" where every mention reads 磐石微
        if not name or not free(a, b) or name in _not_firm_names():
            continue
        iri = add_named(a, b, name)
        if type_name:
            ents.add_type(iri, type_name, (a, b))
    for name, iri in list(unseen.items()):           # the full name again, wherever it recurs
        for m in _recurrences(name, text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), iri, ents.names[iri], "firm", False)
    _merge_prefix_names(ents, unseen)
    for a, b, name in _zh_weak_recurring(text):
        if free(a, b) and gaz.lookup(name) is None:
            iri = unseen.get(name) or _suffixed_form(name, unseen) or \
                unseen.setdefault(name, firm_iri(name))
            add(a, b, iri, ents.names.get(iri, name), "firm", False)
    shorts = {**head_short_forms(text, unseen, rules().not_name_zh, rules().suffixes_zh_all),
              **_short_forms(unseen)}
    shorts = {k: v for k, v in shorts.items() if k.isascii() or not _shared_head(k, v, unseen)}
    for short, iri in shorts.items():
        for m in _recurrences(short, text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), iri, ents.names[iri], "firm", False)
    ents.mentions.sort(key=lambda m: m.start)
    _suffix_types(ents)
    _brand_types(text, ents)
    _outlets(ents)
    _role_types(text, ents)
    _pattern_role_types(text, ents)
    _plural_predicate_types(text, ents)
    _zh_predicate_types(text, ents)
    return ents


@lru_cache(maxsize=1)
def _zh_not_first_words() -> tuple[str, ...]:
    """Words that open no Chinese name right after a role word (`zh_name_not_first_words`)."""
    return tuple(lexicon().get("zh_name_not_first_words") or ())


@lru_cache(maxsize=1)
def _not_firm_names() -> frozenset[str]:
    """Desks and departments that end like a firm's name (`not_firm_names_en`)."""
    return frozenset(lexicon().get("not_firm_names_en") or ())


def _zh_recurring_tail(text: str, name: str) -> str | None:
    return recurring_tail(text, name, rules().suffixes_zh_all, _zh_starts_name)


def _unseen_candidates(text: str):
    r = rules()
    for m in r.role_before_en.finditer(text):
        if m.group("role") in r.prefixes_en:
            continue               # "Bank Pelita": the prefix opens the name, it is no role before one
        yield m.start("name"), m.end("name"), m.group("name"), role_type(m.group("role"))
    for m in r.appositive_en.finditer(text):
        yield m.start("name"), m.end("name"), m.group("name"), role_type(m.group("role"))
    for m in r.role_quoted.finditer(text):
        yield m.start("name"), m.end("name"), m.group("name"), role_type(m.group("role"))
    for m in r.called_en.finditer(text):
        yield m.start("name"), m.end("name"), m.group("name"), role_type(m.group("role"))
    for m in r.employer_en.finditer(text):      # "an analyst at Fenwick Rowe"
        yield m.start("name"), m.end("name"), m.group("name"), None
    for m in r.role_before_zh.finditer(text):
        name = m.group("name")
        if m.group("role").endswith(r.suffixes_zh) and not _zh_starts_name(text, m.start()):
            continue               # "闽南商业银行参贷": the role word ends a name, it names no next one
        if name[0].isascii():
            yield m.start("name"), m.end("name"), name, role_type(m.group("role"))
            continue
        if name.startswith(_zh_not_first_words()):
            continue               # "一家大模型公司签署AI服务器…协议": the verb opens no name
        cut, skip = _zh_name_end(name), 0
        after_role = set(lexicon().get("zh_name_chars_after_role") or "")
        if cut and name[0] in r.not_name_zh - after_role and text.count(name[:cut]) < 2:
            skip = 1               # "专注芯片设计的墨岩半导体": 的 starts no name unless the
            cut = _zh_name_end(name[1:])   # full name recurs ("大模型公司和灵智能 … 和灵智能")
        if cut:                    # "中诚银行和萨林投资局": a role word a character such as 和
            a = m.start("name") + skip     # parts from the name ends a name; it types no one
            found = run_on_tail(text, a, name[skip:skip + cut])     # "云峤|计算" when it recurs
            if predicate_after_role(text, found, a + len(found), r.suffixes_zh_all):
                continue           # "养老基金进场？", "设备商给云厂商钱": the predicate, no name
            yield a, a + len(found), found, None if skip else role_type(m.group("role"))
    for m in _CAP_SEQ.finditer(text):
        name = m.group().rstrip(".'’")
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        words = name.split()
        while words and words[0] in r.stop_en and not _ordinal_opens_name(words) \
                and not _prefix_opens_name(words, text[max(0, m.start() - 5):m.start()]
                                           + m.group()[:m.group().rfind(" ".join(words))]):
            words.pop(0)
        while words and not words[0][:1].isupper():      # "Shares of Northgate Systems"
            words.pop(0)
            while words and words[0] in r.stop_en:
                words.pop(0)
        if len(words) >= 2 and not _descriptor(text, m.start(), m.end()) \
                and not _FILING_ITEM.match(text, text.rfind("\n", 0, m.start()) + 1):
            joined = " ".join(words)
            if words[0] in r.prefixes_en and len(words) <= 4 and " and " not in joined:
                parts = [joined]                    # "Banco Meridional"
            elif r.suffix_en.search(joined):
                parts = _split_conjoined(joined, text)  # "Saltfield Capital and Morrow Partners"
            else:
                parts = _conjoined_with_suffix(joined)   # "Northfold Bank and Ashby & Crane"
            start = m.start() + m.group().index(joined)
            for part in parts:
                at = start + joined.index(part)
                yield at, at + len(part), part, None
    yield from deal_party_names(text, r.stop_en)
    yield from compound_names(text, r.stop_en)      # "Fjellbank", "Hanseatische Landesbank"
    yield from context_names(text, r.stop_en)
    yield from _zh_suffix_names(text)
    yield from _zh_outlet_names(text)
    for a, b, name in counted_list_names(text, r.not_name_zh, r.stop_zh, r.suffixes_zh_all):
        yield a, b, name, None             # "A、B和C三家公司"
    for a, b, name in partner_names(text, r.boundaries_zh, r.not_name_zh, r.stop_zh):
        yield a, b, name, None             # "和墨子大模型之间" … 墨子
    for a, b, name in post_names(text, r.stop_zh, r.not_name_zh):
        yield a, b, name, None             # "对话灵犀矩阵CFO许蔓" … "，灵犀矩阵今年"
    for a, b, name in interview_outlets(text, lexicon().get("zh_surnames") or "",
                                        tuple(lexicon()["zh_not_outlet"])):
        yield a, b, name, "Publisher"      # "**经济观察报：…**" asks
    for m in r.apposed_en.finditer(text):       # "a new vehicle, Fenmore GPU Trust I," (after the
        # capitalised runs: a short form stays with the name that a run gives, if any)
        yield m.start("name"), m.end("name"), m.group("name"), None


def _prefix_opens_name(words: list[str], before: str = "") -> bool:
    """"Bank Pelita and Straits Union Bank": a typed prefix (`prefixes_en`) before a capitalised
    word opens a name, though the word alone is a stop word ("Bank lending rose"); so does the
    prefix, "of" and a capitalised word ("Bank of X agreed to lend"), unless "the" stands
    before it (`before`: "the Bank of X raised rates" is a central bank's style, no lender's)."""
    if words[0] not in rules().prefixes_en or len(words) < 2:
        return False
    if words[1][:1].isupper():
        return True
    return words[1] == "of" and len(words) >= 3 and words[2][:1].isupper() \
        and _THE_BEFORE.search(before) is None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _ordinal_opens_name(words: list[str]) -> bool:
    """"First Cascadia Bank is the agent": an ordinal with no comma after it, before two words or
    more ending in an organisation suffix, opens the name (`ordinals_in_names_en`), not a list."""
    return words[0] in (lexicon().get("ordinals_in_names_en") or ()) and len(words) >= 3 \
        and rules().suffix_en.search(" ".join(words)) is not None


#: A filing's item heading ("Item 3.02 - Unregistered Sales of Equity Securities"): the line is a
#: title, no capitalised run on it names a firm.
_FILING_ITEM = re.compile(r"[#*\s]*Item\s+\d+\.\d+\b")

#: A capitalised word made an adjective ("Amsterdam-listed", "Texas-based"): a description follows.
_PLACE_ADJECTIVE = re.compile(r"[A-Z][\w.]*-(?:listed|based|headquartered|backed|owned|born|focused)\b")

_INDEFINITE = re.compile(r"(?<![\w])(?:a|an)\s+$", re.I)
_COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _descriptor(text: str, a: int, b: int) -> bool:
    """'a San Francisco AI lab': capitals between an indefinite article and a common noun
    describe a firm (place, field), they do not name one (an outlet's name still names it: 'a
    Bloomside Post report'); so do capitals whose last word starts a role phrase ('the San
    Francisco AI lab', 'the Denver AI start-up')."""
    if _PLACE_ADJECTIVE.match(text, a):
        return True                # "the Amsterdam-listed AI data centre operator"
    outlet = (lexicon().get("suffix_types") or {}).get(text[a:b].split()[-1]) == "Publisher"
    if _INDEFINITE.search(text[max(0, a - 4):a]) and _COMMON_NOUN_AFTER.match(text, b) and not outlet:
        return True
    last = text.rfind(" ", a, b) + 1 or a
    return _COMMON_NOUN_AFTER.match(text, b) is not None and _role_at(text, last, b)


def _role_at(text: str, a: int, b: int) -> bool:
    """A role phrase ('AI lab') starts at `a` and runs past `b`."""
    head = text[a:b].casefold()
    return any(text[a:a + len(phrase)].casefold() == phrase for phrase in _roles_by_head().get(head, ()))


@lru_cache(maxsize=1)
def _roles_by_head() -> dict[str, tuple[str, ...]]:
    """English role phrases of two words or more (casefolded), by their first word."""
    out: dict[str, list[str]] = {}
    for phrase, _ in rules().roles:
        first, space, _rest = phrase.casefold().partition(" ")
        if phrase.isascii() and space:
            out.setdefault(first, []).append(phrase.casefold())
    return {k: tuple(v) for k, v in out.items()}


_AMPERSAND_NAME = re.compile(rf"{_WORD}(?: +& +{_WORD})+")


def _split_conjoined(name: str, text: str = "") -> list[str]:
    """'Saltfield Capital and Morrow Credit Partners' names two firms when each part ends with
    an organisation suffix; 'Harbor Bank and Ashby & Crane' too: a partners' name joined by '&'
    next to a firm is a firm; so is one word that starts a longer name elsewhere in the text
    ("Vireo and Meridian Cloud declined to comment" after "Vireo Silicon": Vireo is that firm's
    short form, and only Meridian Cloud is named here). 'Calder & Finch' and 'Bank of X' stay one
    name."""
    parts = re.split(r" and ", name)
    suffixed = [_named_part(p) for p in parts]
    if len(parts) > 1 and any(suffixed) and all(
            ok or _AMPERSAND_NAME.fullmatch(p) for ok, p in zip(suffixed, parts)):
        return parts
    if len(parts) > 1 and any(suffixed) and all(ok or _short_of_other(p, text)
                                                for ok, p in zip(suffixed, parts)):
        return [p for ok, p in zip(suffixed, parts) if ok]
    return [name]


def _named_part(part: str) -> bool:
    """A part of a conjoined run that names a firm by itself: two words or more ending with an
    organisation suffix, or starting with a typed prefix ("Banco Ferreira and …"), or a lending
    compound ("Sundbank and Aurvik Sparebank")."""
    words = part.split()
    return len(words) >= 2 and bool(rules().suffix_en.search(part) or words[0] in rules().prefixes_en) \
        or lending_compound(part)


def _short_of_other(word: str, text: str) -> bool:
    """One capitalised word (not a stop word) that starts a two-word capitalised name elsewhere."""
    if " " in word or word in rules().stop_en or not word[:1].isupper():
        return False
    return re.search(rf"(?<!{LATIN}){re.escape(word)} +(?!and\b){_WORD}", text) is not None


_PARTNERS_NAME = re.compile(r"[A-Z][\w'’-]+ & [A-Z][\w'’-]+")


def _conjoined_with_suffix(name: str) -> list[str]:
    """'Northfold Bank and Ashby & Crane': two firms joined by 'and' whose run ends with no
    suffix; the part with an organisation suffix is a name, and so is a partnership name ('A & B')
    beside it."""
    parts = re.split(r" and ", name)
    named = [_named_part(p) for p in parts]
    if len(parts) < 2 or not any(named):
        return []
    return [p for ok, p in zip(named, parts) if ok or _PARTNERS_NAME.fullmatch(p)]


def _recurrences(name: str, text: str) -> Iterator[re.Match]:
    """Where a found name (or its short form) recurs: an English one as whole words (any
    spacing), not after '&'; a Chinese one anywhere."""
    if name.isascii():
        return standalone(_name_pattern(name), text)
    return _name_pattern(name).finditer(text)


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern:
    if name.isascii():
        return re.compile(r"\s+".join(re.escape(w) for w in name.split()))
    return re.compile(re.escape(name))


def _suffix_types(ents: Entities) -> None:
    """'Harbor Bank', '北辰银行': a name ending with a typed suffix says what the firm is ('Banco
    Meridional': a typed prefix too)."""
    table = lexicon().get("suffix_types") or {}
    prefixes = rules().prefixes_en
    for m in ents.mentions:
        if m.kind != "firm" or m.known:
            continue
        name = ents.names.get(m.iri, m.text)
        if name.split()[0] in prefixes and " " in name:
            ents.add_type(m.iri, prefixes[name.split()[0]], (m.start, m.end))
        for suffix, type_name in table.items():
            if name.endswith((" " + suffix) if suffix.isascii() else suffix) and name != suffix:
                ents.add_type(m.iri, type_name, (m.start, m.end))
        if (lending := compound_type(name)) is not None:       # "Fjellbank", "Landesbank"
            ents.add_type(m.iri, lending, (m.start, m.end))


#: A firm's name used as the brand of chips ("1 gigawatt of Ardent chips", "its Ardent GPUs"):
#: the firm makes them.
_CHIP_BRAND_AFTER = re.compile(r"\s+(?:chips|GPUs|accelerators|processors)\b")


def _brand_types(text: str, ents: Entities) -> None:
    """'a term sheet for 1 gigawatt of Ardent chips': a firm the reference data does not know,
    named as the brand of the chips, is a chipmaker (a known one keeps its reference types).

    >>> e = Entities()
    >>> e.mentions.append(Mention(8, 14, "Ardent", "firm:a", "Ardent", "firm", False))
    >>> _brand_types("1 GW of Ardent chips", e); sorted(e.types["firm:a"])
    ['ChipMaker']
    """
    for m in ents.mentions:
        if m.kind == "firm" and not m.known and _CHIP_BRAND_AFTER.match(text, m.end):
            ents.add_type(m.iri, "ChipMaker", (m.start, m.end))


def _outlets(ents: Entities) -> None:
    """An unseen name typed as an outlet ('Bloomside Post', 据第一财经报道) is a publisher, as the
    reference data types the outlets it knows (dg:Firm and dg:Publisher): a firm fact, never a
    party to a deal."""
    outlets = {iri for iri, types in ents.types.items() if "Publisher" in types and iri not in ents.known}
    for i, m in enumerate(ents.mentions):
        if m.iri in outlets:
            ents.mentions[i] = replace(m, kind="publisher")
    for iri in outlets:
        ents.reference_types[iri] = frozenset({"Firm", "Publisher"})
        ents.types[iri].pop("Publisher")


def _trim(text: str, a: int, b: int) -> tuple[int, int, str]:
    name = text[a:b]
    stripped = name.rstrip(" ,.;:'’")
    b -= len(name) - len(stripped)
    words = stripped.split()
    while words and words[0] in rules().stop_en and len(words) > 1 and words[0][0].isupper() \
            and not _ordinal_opens_name(words) and not _prefix_opens_name(words):
        drop = stripped.index(words[1])             # "In June Lumenfield, an operator of ..."
        a += drop
        stripped = stripped[drop:]
        words = words[1:]
    if not stripped or stripped in rules().stop_en:
        return a, b, ""
    form = stripped.rsplit(" ", 1)
    if len(form) == 2 and form[1].rstrip(".") in _legal_forms() and form[0][:1].isupper() \
            and form[0].rstrip(",") not in rules().stop_en:
        stripped = form[0].rstrip(", ")      # "Halvard Compute Inc.": the firm is Halvard Compute
        b = a + len(stripped)
    return a, b, stripped


#: A legal form the firm's name dropped, between the name and its apposition ("Halvard Compute
#: Inc., the GPU cloud operator", "Orrin Systems, Inc., a provider of GPU cloud services").
_LEGAL_TAIL = r"(?:,?\s+(?:Inc|Corp|Co|Ltd|Limited|Incorporated)\.?)?"
_LEGAL_FORM_AFTER = re.compile(_LEGAL_TAIL)


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Legal forms a firm's name drops ("Inc.", "Corp."; `legal_forms_dropped_en` in core.yaml)."""
    return frozenset(w.rstrip(".") for w in lexicon().get("legal_forms_dropped_en") or ())


def _merge_prefix_names(ents: Entities, unseen: dict[str, str]) -> None:
    """'Saltmarsh Data borrows …' (a headline) and 'Saltmarsh Data Centers, which builds …':
    an unseen English name whose words start another unseen name is that firm, shortened; so is
    a Chinese name that is another's head before its suffix ("向云峤提供贷款" and "云厂商云峤计算"),
    and a short Chinese name that starts one longer one (`zh_aliases.head_merges`: 九章, 九章未来)."""
    names = sorted(unseen, key=len)
    suffixes = rules().suffixes_zh_all
    pairs = dict(head_merges(unseen))
    for short in names:
        longer = [n for n in names if len(n) > len(short) and n.startswith(short) and (
            n.startswith(short + " ") if short.isascii() else n[len(short):] in suffixes)]
        if len({unseen[n] for n in longer}) == 1:
            pairs[short] = longer[0]
    for short, long_name in pairs.items():
        old, new = unseen[short], unseen[long_name]
        if old == new:
            continue
        for i, m in enumerate(ents.mentions):
            if m.iri == old:
                ents.mentions[i] = replace(m, iri=new, name=ents.names[new])
        ents.names.pop(old, None)
        for type_name, span in ents.types.pop(old, {}).items():
            ents.add_type(new, type_name, span)
        unseen[short] = new


def _suffixed_form(name: str, unseen: dict[str, str]) -> str | None:
    """'海颐融资租赁' where '海颐融资租赁有限公司' is named: the one unseen firm whose name is this one
    with a suffix after it."""
    suffixes = rules().suffixes_zh_all
    found = {iri for n, iri in unseen.items() if n.startswith(name) and n[len(name):] in suffixes}
    return found.pop() if len(found) == 1 else None


def _short_forms(unseen: dict[str, str]) -> dict[str, str]:
    r = rules()
    out: dict[str, str] = {}
    for name, iri in unseen.items():
        if name.isascii():
            words = name.split()
            if len(words) >= 2 and words[0] not in r.stop_en and "&" not in name \
                    and len(words[0]) >= 4 and words[0][0].isupper():
                out.setdefault(words[0], iri)
        else:
            for suffix in r.suffixes_zh_all:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    head = name[:-len(suffix)]
                    for stop in r.stop_zh:
                        if head.endswith(stop) and len(head) - len(stop) >= 2:
                            head = head[:-len(stop)]
                    out.setdefault(head[:4], iri)
                    break
    return {k: v for k, v in out.items() if gazetteer().lookup(k) is None}


def _shared_head(short: str, iri: str, unseen: dict[str, str]) -> bool:
    """'栖霞' when both 栖霞智算 and 栖霞未来 are named: the short form is nobody's."""
    return any(n.startswith(short) and other != iri for n, other in unseen.items())


def _role_types(text: str, ents: Entities) -> None:
    """Types from role words next to firm mentions: 'chipmaker AMD', 'AWS等云服务提供商'."""
    firms = [m for m in ents.mentions if m.kind == "firm"]
    folded = text.casefold()
    for phrase, key, type_name, pattern in _role_patterns():
        if key not in folded:   # most role words are absent: skip the regex
            continue
        for m in pattern.finditer(text):
            target = _role_target(text, m.start(), m.end(), firms, phrase.isascii())
            if target is None:
                continue
            ents.add_type(target.iri, type_name, (m.start(), m.end()))
            if target.end <= m.start() and not _SINGULAR_APPOSITION.match(text, target.end):
                # "甲骨文、AWS等云服务提供商": the whole list ("X and Y, a fund": Y alone)
                i = firms.index(target)
                while i > 0 and re.fullmatch(r"\s*(?:、|和|与|及|,|，|and)\s*",
                                             text[firms[i - 1].end:firms[i].start]):
                    i -= 1
                    ents.add_type(firms[i].iri, type_name, (m.start(), m.end()))


@lru_cache(maxsize=1)
def _role_description_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """(type, pattern) for `firm_role_patterns`: matched right after a firm's name."""
    out = []
    for type_name, forms in (lexicon().get("firm_role_patterns") or {}).items():
        np = "|".join(forms.get("apposition") or ()) or "(?!)"
        rel = "|".join(forms.get("relative") or ()) or "(?!)"
        out.append((type_name, re.compile(
            rf",\s+(?:(?:a|an|the|another)\s+(?:[\w-]+\s+){{0,3}}?(?:{np})|which\s+(?:{rel}))")))
    return tuple(out)


def _pattern_role_types(text: str, ents: Entities) -> None:
    """'Pellucid Labs, a developer of AI video models', 'Saltmarsh, which builds and runs GPU data
    centres': a description with an open slot after a firm's name types it."""
    if ", " not in text:
        return
    for m in ents.mentions:
        end = _LEGAL_FORM_AFTER.match(text, m.end).end()     # "Orrin Systems, Inc., a provider of"
        if m.kind != "firm" or not text.startswith(",", end):
            continue
        for type_name, pattern in _role_description_patterns():
            hit = pattern.match(text, end)
            if hit:
                ents.add_type(m.iri, type_name, (hit.start(), hit.end()))


_LIST_JOIN = re.compile(r"\s*(?:,|，|、|和|与|及|\band\b|,\s*and\b)\s*")


@lru_cache(maxsize=1)
def _plural_predicate() -> re.Pattern:
    en_roles = "|".join(re.escape(p) for p, _ in rules().roles if p.isascii())
    return re.compile(rf",?\s+are\s+(?:both\s+|all\s+)?(?P<role>(?i:{en_roles}))s\b")


def _plural_predicate_types(text: str, ents: Entities) -> None:
    """'Ardent Labs and Pinecrest AI are both model developers': a plural role word as the
    predicate of a list of firms types each of them."""
    if " are " not in text:
        return
    firms = [m for m in ents.mentions if m.kind == "firm"]
    ends = {m.end: i for i, m in enumerate(firms)}
    for m in _plural_predicate().finditer(text):
        i = ends.get(m.start())
        type_name = role_type(m.group("role"))
        if i is None or type_name is None:
            continue
        span = (m.start("role"), m.end("role"))
        ents.add_type(firms[i].iri, type_name, span)
        while i > 0 and _LIST_JOIN.fullmatch(text[firms[i - 1].end:firms[i].start]):
            i -= 1
            ents.add_type(firms[i].iri, type_name, span)


@lru_cache(maxsize=1)
def _zh_predicate() -> re.Pattern:
    """是/为/成为/转型为 (一家) (modifiers) + a Chinese role word: the predicate of a sentence."""
    zh_roles = "|".join(re.escape(p) for p, _ in rules().roles if not p.isascii())
    mods = "|".join(re.escape(w) for w in lexicon().get("zh_role_modifiers") or ())
    return re.compile(rf"(?:是|成为|转型为|定位为|(?<![因作认成])为)(?:一家|一个|国内|全球|领先的|头部)*"
                      rf"(?:[^，。；、：:⟦⟧\n“”]{{1,16}}?的)?(?:独立|新兴|头部|领先)?"
                      rf"(?:{mods})*(?P<role>{zh_roles})")


#: (a speaker's label opens an interview's turn: "经济观察报：X是…")
_ZH_SENTENCE_START = re.compile(r"[。！？\n：:]")


def _zh_predicate_types(text: str, ents: Entities) -> None:
    """'星河算力成立于2019年，…，2023年起转型为AI云服务商', 'X是近两年崛起最快的独立算力云厂商之一': a
    role word as the predicate of a sentence whose subject (its opening) is a firm, with no other
    firm before it, types that firm."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return
    firms = [m for m in ents.mentions if m.kind == "firm"]
    for m in _zh_predicate().finditer(text):
        start = max((x.end() for x in _ZH_SENTENCE_START.finditer(text, 0, m.start())), default=0)
        inside = [f for f in firms if start <= f.start and f.end <= m.start()]
        if len(inside) == 1 and not text[start:inside[0].start].strip() \
                and role_type(m.group("role")) not in (None, "Firm"):
            ents.add_type(inside[0].iri, role_type(m.group("role")), (m.start("role"), m.end("role")))


_SINGULAR_APPOSITION = re.compile(r",\s+(?:a|an)\s", re.I)


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    """(phrase, casefolded phrase, type, compiled pattern) for every role word of the lexicon."""
    out = []
    for phrase, type_name in rules().roles:
        if phrase.isascii():
            pattern = re.compile(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", re.I)
        else:
            pattern = re.compile(re.escape(phrase))
        out.append((phrase, phrase.casefold(), type_name, pattern))
    return tuple(out)


#: An opening "as a <role>" apposition of a Chinese sentence's subject ("作为国内增长最快的大模型公司之一，
#: X今年…", "身为一家服务器厂商，X…"): 作为/身为 in the clause before the role word, 之一 and a comma after it.
_ZH_AS_ROLE_AFTER = re.compile(r"(?:之一)?[，,]\s*")
_ZH_AS_REACH = 24
_ZH_AS_ROLE_BEFORE = re.compile(r"(?:^|[。；！？\n，,])[ \t*>]*(?:作为|身为)[^。；，,\n⟦⟧]*$")


_BEFORE_LINK = re.compile(r"^(?:\s*(?:'s|’s)?\s*|\s*,\s*(?:a|an|the|是|为)?\s*(?:[\w-]+\s+){0,4}?)$")


def _role_target(text: str, a: int, b: int, firms: list[Mention], latin: bool):
    after = next((f for f in firms if f.start >= b), None)
    if after is not None and after.start - b <= 2 and not text[b:after.start].strip(" "):
        return after                                  # "chipmaker AMD", "芯片巨头英伟达"
    if after is not None and not latin and text[b:after.start] == "的":
        return after                                  # "专注于AI芯片设计的墨岩半导体"
    if after is not None and not latin and _ZH_AS_ROLE_AFTER.fullmatch(text, b, after.start) \
            and _ZH_AS_ROLE_BEFORE.search(text, max(0, a - _ZH_AS_REACH), a):
        return after                                  # "作为国内领先的大模型公司之一，云岫智能…"
    before = [f for f in firms if f.end <= a]
    if not before:
        return None
    last = before[-1]
    gap = text[last.end:a]
    if latin and re.fullmatch(rf"{_LEGAL_TAIL},\s+(?:a|an|the)\s+(?:[\w'-]+\s+){{0,5}}", gap):
        return last                                   # "CoreWeave, the GPU cloud provider"
    if not latin and re.fullmatch(r"(?:这类|这样的|等|之类的|作为|是|为|、|这家|一家|，|这种)*(?:其他)?", gap) \
            and gap:
        return last                                   # "AWS等云服务提供商", "OpenAI这类模型开发商"
    if not latin and not gap and not text.startswith("的", b):
        return last                                   # not "衡岳算力供应商的债权人": X's supplier
    return None
