"""Where a Chinese firm name starts: the words before a coined name that a character window
takes in with it ("对话极衡智能" → 极衡智能, "人民币基金栖岚资本" → 栖岚资本), a verb standing where a
name's head should be ("想拿到银行贷款": no firm), a common word after a role word ("这家云厂商计划
募资": 计划 is no firm), and a name a later mention shows without the words before it ("经云雀智能"
when 云雀智能 stands alone elsewhere).

jieba segments the window; a word is *common* when jieba's dictionary knows it often
(``zh_common_word`` in lexicon/core.yaml: frequency and part-of-speech flags). Coined names are
rare or unknown to the dictionary, so they are never trimmed as common words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.load.vocab import lexicon

HAN = "\u4e00-\u9fff"


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[tuple[str, str], ...]:
    import jieba.posseg

    return tuple((t.word, t.flag) for t in jieba.posseg.cut(text))


def jieba_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech flag) of each jieba word of `text` (cached)."""
    return _tokens(text)


@lru_cache(maxsize=1)
def _common() -> tuple[int, frozenset[str], frozenset[str]]:
    cfg = lexicon()["zh_common_word"]
    return int(cfg["min_freq"]), frozenset(cfg["flags"]), frozenset(cfg["verb_flags"])


def common_word(word: str, flag: str) -> bool:
    """A word of two or more characters that jieba's dictionary holds often, with a common
    (not proper-name) part of speech: 计划, 研究员, 拿到, 对话, 基金."""
    import jieba

    min_freq, flags, _ = _common()
    return len(word) >= 2 and flag in flags and (jieba.get_FREQ(word) or 0) >= min_freq


def _common_verb(word: str, flag: str) -> bool:
    return common_word(word, flag) and flag in _common()[2]


def name_head(left: str, prefix: str, suffix: str, led: bool = False, after: str = "") -> str:
    """The name's part before its organisation suffix, `prefix` (the tail of `left`), trimmed at
    its left edge: a word that runs across the edge ("对|话极衡": 对话) or a common word opening it
    ("基金|栖岚", "对话|极衡") is left out when two name characters remain; a prefix that is one
    common verb ("拿到|银行") is no name ('' is returned); a verb phrase before a suffix that
    `after` (the text right after the suffix) shows as a common noun is no name either
    (:func:`_function_head`). `led`: words stand before the prefix (a word ran
    across its edge), so it opens no sentence or clause; nor is a head of verbs and counts before
    a generic suffix ("扩产靠|银行", see `verb_head`)."""
    head = _trimmed_head(left, prefix, suffix, led, after)
    return "" if verb_head(head, suffix) else head


def _trimmed_head(left: str, prefix: str, suffix: str, led: bool, after: str) -> str:
    if len(prefix) < 2:
        return prefix
    context = left[max(0, len(left) - len(prefix) - 2):len(left) - len(prefix)]
    context = re.search(rf"[{HAN}]*$", context).group()
    led = led or bool(context)
    at, edge = 0, len(context)
    for word, flag in _tokens(context + prefix + suffix):
        start, at = at, at + len(word)
        if at <= edge:
            continue
        if start < edge:                       # a word across the edge: 对|话 in 对话极衡
            if _function_head(prefix, after):
                return ""                      # 很|难借到|银行的资金: a verb phrase, no name
            if len(prefix) - (at - edge) >= 2 and at - edge < len(prefix):
                return name_head("", prefix[at - edge:], suffix, led=True, after=after)
            return prefix
        if start == edge and at - edge >= len(prefix) and _common_verb(word, flag):
            return ""                          # 拿到|银行: a verb, no name
        if led and start == edge and _verb_before_proper(word, flag, prefix[at - edge:]):
            return prefix[at - edge:]          # 称|星岳资本: the verb is left out
        if start == edge and at - edge < len(prefix) and len(prefix) - (at - edge) >= 2 \
                and common_word(word, flag):
            rest = prefix[at - edge:]          # 基金|栖岚资本; not 固定|收益基金 (words only)
            return "" if _function_head(prefix, after) or _function_head(rest, after) or any(
                common_word(w, f) and len(w) == len(rest) for w, f in _tokens(rest)) else rest
        return "" if _function_head(prefix, after) else prefix
    return "" if _function_head(prefix, after) else prefix


@lru_cache(maxsize=1)
def _verb_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    cfg = lexicon()["zh_verb_head"]
    return frozenset(cfg["suffixes"]), frozenset(cfg["last_flags"]), frozenset(cfg["name_flags"])


def verb_head(head: str, suffix: str) -> bool:
    """A head before a generic suffix (``zh_verb_head`` in core.yaml: 银行) that jieba reads as
    words with no noun or proper name among them, the last a verb or a count ("扩产靠|银行",
    "难拿到|银行", "撬动|银行", "这一点|银行"), or that is one credit noun ("贷款|银行",
    ``suffix_noun_compounds``): the suffix is the common noun, no name. A bank's name has a place
    or a coined word in its head ("长江开发|银行", "兴远|银行" stay); a head of one word that is
    rare in the dictionary is a coinage even when jieba tags it a verb, and so is a head of two
    characters jieba reads apart ("凭|达银行")."""
    suffixes, last_flags, name_flags = _verb_heads()
    if suffix not in suffixes or len(head) < 2:
        return False
    if re.match(lexicon()["zh_verb_head"]["ordinal_heads"], head):
        return False                   # 第一|银行: an ordinal names the bank, it counts nothing
    if head in lexicon()["zh_common_word"]["suffix_noun_compounds"]:
        return True                    # 贷款|银行: a credit noun and the suffix make one noun
    at, words = 0, []
    for word, flag in _tokens(head + suffix):
        start, at = at, at + len(word)
        if at > len(head):
            if start != len(head):
                return False           # a word across the suffix's edge: no reading of the head
            break
        words.append((word, flag))
    if len(words) == 1 and words[0][1] != "m" and not common_word(*words[0]):
        return False                   # 启明|银行: one rare word (not a count) is a coined name
    if len(words) > 1 and len(head) <= 2:
        return False                   # 凭|达银行, 沿|达银行: two characters read apart, a coinage
    return bool(words) and words[-1][1] in last_flags and not any(
        f[:1] in name_flags or f in name_flags for _, f in words)


def _function_head(prefix: str, after: str) -> bool:
    """'很难借到|银行的资金', '用来|换取|银行授信': a head of three characters or more that is verbs,
    function words and adjectives only (``not_name_head_flags``, ``not_name_lead_flags`` and
    ``verb_flags`` of ``zh_common_word``), ending with a verb, names no firm when the text `after`
    the suffix shows it a common noun: a credit noun follows it, making one noun with it
    ("银行|授信", ``suffix_noun_compounds``), or 的 does ("银行|的资金", ``suffix_noun_particles``)
    after an adverb-verb head (an adverb or an adjective opens it: "很难|借到"). A coined name is followed by a deal
    verb, a conjunction, a role word or a break, and after a verb that takes it as its object
    (包括, 联合, 感谢) it may be a verb itself ("联合|翱翔资本向", "感谢|畅想银行的支持"); a coined
    name of two characters may be a preposition or an adjective and a verb (至达银行, 乐到资本):
    all stay. A head of one word needs it to be a common verb. A head ending with a numeral or a
    measure word is kept (jieba reads 九章 as a numeral)."""
    compound, particle = _common_suffix(after)
    if len(prefix) < 3 or not (compound or particle):
        return False
    tokens = _tokens(prefix)
    *lead, (last, flag) = tokens
    function, lead_only = _head_flags()
    verbs = _common()[2]
    if not lead:
        return _common_verb(last, flag)
    if flag not in verbs or not all(f in function | lead_only | verbs for _, f in lead):
        return False
    return compound or lead[0][1] not in verbs


def _common_suffix(after: str) -> tuple[bool, bool]:
    """(a credit noun follows the suffix: "…银行|贷款", 的 follows it: "…银行|的资金") —
    ``suffix_noun_compounds`` and ``suffix_noun_particles`` of ``zh_common_word``."""
    cfg = lexicon()["zh_common_word"]
    compounds = tuple(cfg.get("suffix_noun_compounds") or ())
    particles = tuple(cfg.get("suffix_noun_particles") or ())
    return bool(compounds) and after.startswith(compounds), \
        bool(particles) and after.startswith(particles)


@lru_cache(maxsize=1)
def _head_flags() -> tuple[frozenset[str], frozenset[str]]:
    cfg = lexicon()["zh_common_word"]
    return frozenset(cfg.get("not_name_head_flags") or ()), frozenset(cfg.get("not_name_lead_flags") or ())


def _verb_before_proper(word: str, flag: str, rest: str) -> bool:
    """A one-character verb (说, 系, 称) opening the prefix before a proper name of two characters or
    more that jieba reads as one word (a person's, a place's or another proper name: flags
    ``proper_flags`` of ``zh_common_word``): the verb is no part of the name. A name jieba breaks
    into single characters keeps its first one ('拾|光AI'). Asked only when words stand before the
    prefix (`led` in name_head): at a sentence's or clause's start the verb would have no subject,
    so the character is the name's own ('游|西湖科技' opening a sentence keeps 游)."""
    _, _, verbs = _common()
    if len(word) != 1 or flag not in verbs or len(rest) < 2:
        return False
    tokens = _tokens(rest)
    return len(tokens) == 1 and tokens[0][1] in _proper_flags()


@lru_cache(maxsize=1)
def _proper_flags() -> frozenset[str]:
    return frozenset(lexicon()["zh_common_word"].get("proper_flags") or ())


def common_name_token(word: str, flag: str) -> bool:
    """A bare name after a role word that is a common word (计划, 研究员, 借款): no name."""
    return common_word(word, flag)


def recurring_tail(text: str, name: str, suffixes: tuple[str, ...], starts_name) -> str | None:
    """'经云雀智能' where 云雀智能 also stands alone in the article (after a role word, a
    boundary word or punctuation): the name is that tail, one or two leading characters shorter,
    with at least two characters left before its suffix. `starts_name(text, i)` says whether a
    name may start at offset i."""
    suffix = next((s for s in suffixes if name.endswith(s)), None)
    if suffix is None:
        return None
    for drop in (1, 2):
        tail = name[drop:]
        if len(tail) - len(suffix) < 2:
            return None
        if text.count(tail) <= text.count(name):
            continue
        for m in re.finditer(re.escape(tail), text):
            i = m.start()
            if text.startswith(name, i - drop) or not starts_name(text, i):
                continue
            return tail
    return None


def followed_always(text: str, name: str, not_name: frozenset[str],
                    boundaries: tuple[str, ...]) -> str:
    """'磐石' (a coined name jieba cut short after a role word) where every mention of it in the
    article reads 磐石微: the name runs on over the characters that always follow it (at most two,
    Han, none that ends a name or starts a boundary word), when it is mentioned at least twice."""
    for _ in range(2):
        ends = [m.end() for m in re.finditer(re.escape(name), text)]
        if len(ends) < 2 or ends[-1] >= len(text):
            return name
        nxt = {text[i] for i in ends}
        c = next(iter(nxt))
        if len(nxt) != 1 or not re.match(rf"[{HAN}]", c) or c in not_name \
                or any(text.startswith(w, ends[0]) for w in boundaries):
            return name
        name += c
    return name


#: jieba's tags of proper names (person, place, organisation, other proper noun).
_PROPER_FLAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg"})


def proper_head(left: str, suffix: str) -> str:
    """'与太和银行': a function character (和) inside a name cut it to nothing; a proper noun jieba
    reads right before the suffix (太和, nz) is the name's head. '' when there is none."""
    window = left[-4:]
    at = 0
    before: list[tuple[str, str]] = []
    for word, flag in _tokens(window + suffix):
        start, at = at, at + len(word)
        if at == len(window) and start < at:
            if len(word) >= 2 and flag in _PROPER_FLAGS:
                return word
            return _proper_char_and(before, word)
        if at > len(window):
            return ""
        before.append((word, flag))
    return ""


def _proper_char_and(before: list[tuple[str, str]], word: str) -> str:
    """'的曦|和|微电子': a lone proper-name character (nr, nz) and the function character 和/与
    jieba reads apart are the head, when a particle or a break stands before them."""
    if word not in ("和", "与") or not before or len(before[-1][0]) != 1 \
            or before[-1][1] not in _PROPER_FLAGS:
        return ""
    if len(before) >= 2 and before[-2][1] not in ("uj", "x", "p", "c"):
        return ""
    return before[-1][0] + word
