"""Chinese firm names told by structure rather than by suffix, and their short forms.

- **Counted lists** ("磐石芯、九章未来和算力港三家公司", "甲乙与丙丁两家企业"): the items of a list
  that a count of firms sums up are firm names, when there are as many items as the count says.
- **Head short forms**: a coined name of four or more characters ("九章未来", "云峤计算") is
  written by its first two characters afterwards ("九章", "云峤"): those two characters, when they
  stand alone elsewhere, are no dictionary word and belong to no other name, are that firm.
- **Names run on over a trade word**: a name cut after its first word ("云厂商云峤|计算") runs on
  over a trade word (``zh_name_tail_words``) when the longer form recurs in the article.
- **A deal partner named once in full**: a coined name after 与/和/同/跟, up to the word that ends
  it (之间, 所签, a boundary word), when it recurs or its first two characters stand alone at
  least twice ("我们和墨子大模型之间那份合同 … 墨子每季度预付 … 如果墨子追加订单").
- **An interview's outlet**: a speaker who asks the questions, named at least twice at the start
  of a turn, whose name is no person's ("**经济观察报：…**") is the outlet (a publisher). A
  speaker the article names right after a post word ("财务总监某某", "CFO某某") is the
  interviewee, whatever the surname.

Word lists are in ``lexicon/core.yaml`` (``zh_count_nouns``, ``zh_name_tail_words``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.rules.patterns import alternation
from kg.load.rules.zh_name_heads import common_word, jieba_tokens as _tokens
from kg.load.vocab import lexicon

HAN = "\u4e00-\u9fff"
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9}
_ITEM = rf"(?:(?![等这])[{HAN}A-Za-z0-9]){{2,8}}"
_JOINERS = "、和与及"


@lru_cache(maxsize=1)
def _counted_list() -> re.Pattern:
    nouns = alternation(lexicon().get("zh_count_nouns") or ["公司"])
    counts = "".join(_COUNTS)
    return re.compile(
        rf"(?<![{HAN}A-Za-z0-9])(?P<list>{_ITEM}(?:[{_JOINERS}]{_ITEM})+?)(?:这|等)?"
        rf"(?P<n>[{counts}])家(?:{nouns})")


def counted_list_names(text: str, not_name: frozenset[str], stop: tuple[str, ...],
                       suffixes: tuple[str, ...]):
    """(start, end, name) of each item of a list a count of firms sums up: 'A、B和C三家公司'."""
    for m in _counted_list().finditer(text):
        items = list(_items(m))
        if len(items) != _COUNTS[m.group("n")]:
            continue
        if all(_plausible(name, not_name, stop, suffixes) for _, _, name in items):
            yield from items


def _items(m: re.Match):
    start = m.start("list")
    for k, part in enumerate(re.finditer(rf"[^{_JOINERS}]+", m.group("list"))):
        lead = _leading_words(part.group()) if k == 0 else 0
        yield start + part.start() + lead, start + part.end(), part.group()[lead:]


def _leading_words(item: str) -> int:
    """Characters of common words opening the list's first item ("据悉|磐石芯"), leaving two."""
    at = 0
    for word, flag in _tokens(item):
        if not common_word(word, flag) or len(item) - at - len(word) < 2:
            break
        at += len(word)
    return at


def _plausible(name: str, not_name: frozenset[str], stop: tuple[str, ...],
               suffixes: tuple[str, ...]) -> bool:
    """A name, not words: no character that never stands in a name, not a stop word, and not read
    by jieba as common words only ("公司、银行和基金三家机构" names no one)."""
    if name.isascii():
        return name[:1].isupper()
    suffix = next((x for x in suffixes if name.endswith(x)), "")
    head = name[:len(name) - len(suffix)]
    if set(head) & not_name or name in stop or head in stop:
        return False
    if suffix and len(head) >= 2:
        return True                # "极目智能": a suffix name, though jieba knows its words
    return not all(common_word(w, f) or len(w) == 1 for w, f in _tokens(name))


def head_short_forms(text: str, unseen: dict[str, str], not_name: frozenset[str],
                     suffixes: tuple[str, ...]) -> dict[str, str]:
    """Short form -> IRI: the first two characters of a coined Chinese name of four characters or
    more ('九章未来' → 九章, '启明大模型' → 启明), when they stand alone somewhere in the article,
    are no frequent dictionary word (北京, 未来), and start no other unseen name."""
    heads: dict[str, set[str]] = {}
    for name, iri in unseen.items():
        if name.isascii() or len(name) < 4:
            continue
        head = name[:2]
        if not re.fullmatch(rf"[{HAN}]{{2}}", head) or set(head) & not_name:
            continue
        heads.setdefault(head, set()).add(iri)
    out: dict[str, str] = {}
    for head, iris in heads.items():
        if len(iris) != 1 or any(n.startswith(head) and unseen[n] not in iris for n in unseen):
            continue
        if _frequent(head):
            continue               # 北京, 未来: a word of the dictionary, no firm's short form
        full = [n for n in unseen if n.startswith(head) and unseen[n] in iris]
        alone = sum(1 for i in _starts(text, head) if not any(text.startswith(n, i) for n in full))
        if alone:
            out[head] = next(iter(iris))
    return out


def _starts(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


@lru_cache(maxsize=1)
def _tail_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon().get("zh_name_tail_words") or (), key=len, reverse=True))


def run_on_tail(text: str, start: int, name: str) -> str:
    """'云厂商云峤计算签下…' where jieba read 云峤: the name runs on over the trade word that follows
    it (计算) when that longer form is written at least twice in the article."""
    end = start + len(name)
    tail = next((w for w in _tail_words() if text.startswith(w, end)), None)
    if tail is None or text.count(name + tail) < 2:
        return name
    return name + tail


def head_merges(unseen: dict[str, str]) -> dict[str, str]:
    """Short name -> longer name: an unseen Chinese name of two or three characters with no
    suffix that starts exactly one longer unseen name ('云峤' in a headline, '云峤计算' in the
    story) is that firm's short form."""
    zh = [n for n in unseen if not n.isascii()]
    out: dict[str, str] = {}
    for short in zh:
        if not 2 <= len(short) <= 3:
            continue
        longer = {unseen[n]: n for n in zh if len(n) > len(short) and n.startswith(short)}
        if len(longer) == 1:
            out[short] = next(iter(longer.values()))
    return out


def tail_before_boundary(name: str, head: int, boundaries: tuple[str, ...]) -> int:
    """'大模型公司北溟|未来|投资…': the length of the name when a trade word follows its first word
    and a boundary word (a verb, a preposition) or punctuation follows the trade word; else `head`."""
    tail = next((w for w in _tail_words() if name.startswith(w, head)), None)
    if tail is None:
        return head
    end = head + len(tail)
    if end == len(name) or not re.match(rf"[{HAN}]", name[end]) or name.startswith(boundaries, end):
        return end
    return head


def coined_with_tail(tokens: tuple[tuple[str, str], ...]) -> bool:
    """jieba's words of a name before a verb: a rare first word (not a dictionary word used
    often, whatever its tag: 九章 is read as a numeral, 启明 as a verb) and one trade word after
    it (未来, 大模型)."""
    (first, flag), rest = tokens[0], tokens[1:]
    if len(first) < 2 or flag in _NOT_NAME_FLAGS or _frequent(first):
        return False
    return "".join(w for w, _ in rest) in _tail_words()     # 大|模型 is one trade word


#: jieba's tags no coined name's first word has (adverb, preposition, conjunction, particles,
#: pronoun, measure word).
_NOT_NAME_FLAGS = frozenset({"d", "p", "c", "u", "uj", "ul", "uz", "r", "q"})


def _frequent(word: str) -> bool:
    """A word jieba's dictionary holds often, whatever its part of speech (place names too)."""
    import jieba

    jieba.initialize()
    return (jieba.get_FREQ(word) or 0) >= _common_freq()


def _in_dictionary(word: str) -> bool:
    """jieba's dictionary holds the whole word (a coined name is rarely there)."""
    import jieba

    jieba.initialize()
    return bool(jieba.get_FREQ(word))


@lru_cache(maxsize=1)
def _common_freq() -> int:
    return int(lexicon()["zh_common_word"]["min_freq"])


_PARTNER = re.compile(rf"(?:与|和|同|跟)(?=[{HAN}])")


def partner_names(text: str, boundaries: tuple[str, ...], not_name: frozenset[str],
                  stop: tuple[str, ...]):
    """(start, end, name) of coined names after 与/和/同/跟 (see the module docstring)."""
    enders = tuple(lexicon().get("zh_partner_name_enders") or ())
    owed = tuple(lexicon().get("zh_not_partner_words") or ())
    seen: set[str] = set()
    for m in _PARTNER.finditer(text):
        name = _run_to_ender(text, m.end(), boundaries, not_name, enders)
        if not 3 <= len(name) <= 6 or name in seen or name in stop or _frequent(name) \
                or any(w in name for w in owed):
            continue
        if all(common_word(w, f) or len(w) == 1 for w, f in _tokens(name)) or _in_dictionary(name):
            continue               # 合作伙伴, 应收账款: words, no name
        head = name[:2]
        alone = sum(1 for i in _starts(text, head) if not text.startswith(name, i))
        if text.count(name) >= 2 or (alone >= 2 and not _frequent(head)
                                     and not set(head) & not_name):
            seen.add(name)
            for i in _starts(text, name):
                yield i, i + len(name), name


def _run_to_ender(text: str, i: int, boundaries: tuple[str, ...], not_name: frozenset[str],
                  enders: tuple[str, ...]) -> str:
    """The Han run from `i` that an ender (之间, 所签, 签订) follows right after it, with no
    character that is in no name except inside a trade word (大模型). '' when there is none
    within seven characters."""
    j = i
    while j < len(text) and j - i <= 7 and re.match(rf"[{HAN}]", text[j]):
        if j - i >= 3 and text.startswith(enders, j):
            return text[i:j]
        tail = next((w for w in _tail_words() if text.startswith(w, j)), None)
        if tail and j > i:
            j += len(tail)
            continue
        if text[j] in not_name or (j > i and text.startswith(boundaries, j)):
            return ""
        j += 1
    return ""


_SPEAKER = re.compile(rf"(?:^|(?<=[。？！?!”」\n]))[ \t*_>]*(?P<name>[{HAN}A-Za-z0-9]{{2,10}})[：:]",
                      re.M)


@lru_cache(maxsize=1)
def _post_words() -> str:
    """The post words of ``posts`` (lexicon/core.yaml), longest first, as one alternation."""
    return alternation(sorted((w for words in lexicon()["posts"].values() for w in words),
                              key=len, reverse=True))


def _after_post(text: str, name: str) -> bool:
    """`name` stands right after a post word somewhere in `text` ("财务总监某某", "CFO某某"):
    a person's name, no outlet's."""
    return re.search(rf"(?:{_post_words()})[ \u3000]?{re.escape(name)}", text, re.I) is not None


def interview_outlets(text: str, surnames: str, not_outlet: tuple[str, ...]):
    """(start, end, name) of an interview's asking outlet: a speaker at the start of two lines or
    more whose name is no person's (not a surname and two or three characters) and no reporter's
    word (``zh_not_outlet``, 记者, 问, 主持人)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _SPEAKER.finditer(text):
        found.setdefault(m.group("name"), []).append(m.span("name"))
    asks = frozenset(lexicon().get("zh_interview_askers") or ())
    for name, spans in found.items():
        person = 2 <= len(name) <= 3 and name[0] in surnames
        if len(spans) < 2 or person or name in asks or any(w in name for w in not_outlet) \
                or _after_post(text, name):
            continue
        for a, b in spans:
            yield a, b, name
