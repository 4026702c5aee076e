"""Chinese firm names found without the gazetteer: by organisation suffix ("磐石半导体"), by a weak
suffix when the name recurs ("海岳数据"), and after a role word ("云服务商川流", cut back to the name).

Split out of :mod:`kg.load.rules.entities` (which calls these); the rules (suffixes, boundaries, stop
words) come from ``lexicon/core.yaml`` through :func:`kg.load.rules.entities.rules`.
"""
from __future__ import annotations

import re
from functools import lru_cache

import kg.load.rules.entities as _entities
from kg.load.rules.zh_aliases import coined_with_tail, tail_before_boundary
from kg.load.rules.zh_name_heads import common_name_token, jieba_tokens, name_head, proper_head
from kg.load.vocab import lexicon

HAN = "\u4e00-\u9fff"
#: jieba's tags of function words (adverbs, prepositions, conjunctions, particles, pronouns,
#: numerals, measure words): a character so tagged is no part of a coined name.
_FUNCTION_FLAGS = frozenset({"d", "p", "c", "u", "uj", "ul", "uz", "r", "m", "q"})
_NAME_FLAGS = ("nr", "ns", "nt", "nz", "n", "eng", "x", "j", "nrt", "nrfg")


def rules():
    return _entities.rules()


def zh_weak_recurring(text: str):
    """'海岳数据', '云栖算力': a name with a weak suffix (数据, 算力, 云) is a firm when the same
    name recurs in the article (or signs a deal with another: '与海岚新能源签署') and is not part of
    a longer word ('数据中心'). A suffix that also ends common nouns (``zh_weak_told_only``: 租赁,
    数据中心) needs more than recurring: '服务器租赁' twice is no firm."""
    r = rules()
    weak = [x for x in r.suffixes_zh_all if x not in r.suffixes_zh]
    seen: dict[str, list[tuple[int, int]]] = {}
    told_only = frozenset(lexicon()["org_suffixes"].get("zh_weak_told_only") or ())
    recurs: set[str] = set()           # names a suffix found that may recur alone
    for suffix in weak:
        for m in re.finditer(re.escape(suffix), text):
            if any(text.startswith(w, m.end()) for w in lexicon()["zh_weak_not_before"]):
                continue
            left = text[max(0, m.start() - 10):m.start()]
            prefix = name_head(left, _zh_prefix(left), suffix, after=text[m.end():m.end() + 4])
            if len(prefix) < 2 or _all_stopwords(prefix) or set(prefix) & r.not_name_zh:
                continue
            if suffix == "股份" and prefix.endswith(tuple(lexicon()["zh_share_class_words"])):
                continue                   # "限售股份", "流通股份": a class of shares, no firm
            start, name = m.start() - len(prefix), text[m.start() - len(prefix):m.end()]
            if suffix not in told_only:
                recurs.add(name)
            elif _common_head(prefix):
                continue                   # "乌兰察布数据中心", "汽车租赁": a facility or a trade
            elif (start, m.end()) in seen.get(name, ()):
                continue                   # "远川融资租赁": 融资租赁 found it already
            seen.setdefault(name, []).append((start, m.end()))
    for name, spans in seen.items():
        if len(spans) >= 2 and name in recurs or any(_deal_partner(text, a, b) or _given_to(text, a)
                                                     or _as_role_subject(text, a)
                                                     or _alias_after(text, b)
                                                     or _share_mover(text, a, b)
                                                     for a, b in spans):
            for a, b in spans:
                yield a, b, name


def _common_head(prefix: str) -> bool:
    """A head made of place names or common nouns, one of them in jieba's dictionary
    (``zh_weak_told_only_common_flags``): "乌兰察布", "贵安新区", "汽车" — not a coined "溪桥"."""
    import jieba

    flags = frozenset(lexicon()["org_suffixes"]["zh_weak_told_only_common_flags"])
    tokens = jieba_tokens(prefix)
    return bool(tokens) and all(flag in flags for _, flag in tokens) \
        and any(jieba.get_FREQ(word) for word, _ in tokens)


#: "与海岚新能源签署了一份备忘录", "和玄穹云签了", "跟汇拓智算签的合同": a name between a partner
#: marker and a signing verb (``zh_partner_sign_verbs`` in core.yaml) is a deal's party, even once.
_PARTNER_BEFORE = re.compile(r"(?:与|同|和|跟)$")


@lru_cache(maxsize=1)
def _sign_after() -> re.Pattern:
    return re.compile("|".join(map(re.escape, lexicon()["zh_partner_sign_verbs"])))


def _deal_partner(text: str, a: int, b: int) -> bool:
    return bool(_PARTNER_BEFORE.search(text, max(0, a - 1), a) and _sign_after().match(text, b)
                and not text.startswith(tuple(lexicon()["zh_weak_description_heads"]), a))


@lru_cache(maxsize=1)
def _given_to_before() -> re.Pattern:
    """'卖给', '出售给', '质押给' … ending right before a name (``zh_given_to_verbs`` in core.yaml)."""
    verbs = "|".join(map(re.escape, lexicon()["zh_given_to_verbs"]))
    return re.compile(rf"(?:{verbs})$")


def _given_to(text: str, a: int) -> bool:
    """'把一批服务器卖给汀州融资租赁', '将GPU出售给远山融资租赁': a name told once as the party an
    asset is sold, let or pledged to is a firm (a place or a described party is not: 卖给当地电力)."""
    return text[max(0, a - 1):a] in ("给", "予") \
        and _given_to_before().search(text, max(0, a - 4), a) is not None \
        and not text.startswith(tuple(lexicon()["zh_weak_description_heads"]), a)


_AS_REACH = 40
#: Shares moving, said of a listed firm: as a modifier before its name ("昨日大涨15%的X", "连续涨停的
#: X") or right after it, one time word between ("X今日收跌5.7%", "X盘中大涨8%").
_MOVED_BEFORE = re.compile(r"(?:(?:大涨|大跌|上涨|下跌|涨|跌)[0-9.]+\s*%|涨停|跌停)的$")
_MOVES_AFTER = re.compile(r"(?:今日|今天|昨日|昨天|周[一二三四五六日]|盘中|早盘|午后|尾盘|全天)?"
                          r"(?:收涨|收跌|大涨|大跌|上涨|下跌|涨停|跌停|(?:涨|跌)(?=[0-9.]+\s*%))"
                          r"(?:[0-9.]+\s*%)?")
_MOVE_REACH = 12


def _share_mover(text: str, a: int, b: int) -> bool:
    """'此外，昨日大涨15%的宏光电子今日冲高回落': a name told once whose shares move is a firm."""
    return ("%" in text[max(0, a - _MOVE_REACH):a] or "停" in text[max(0, a - 4):a]) \
        and _MOVED_BEFORE.search(text, max(0, a - _MOVE_REACH), a) is not None \
        or _MOVES_AFTER.match(text, b) is not None


@lru_cache(maxsize=1)
def _alias() -> re.Pattern:
    return re.compile(lexicon()["zh_alias"]["alias"])


def _alias_after(text: str, b: int) -> bool:
    """'澄岳数据（以下简称“公司”）': a name the text gives a short name for is a firm."""
    return text.startswith(("（", "("), b) and _alias().match(text, b) is not None


@lru_cache(maxsize=1)
def _as_role_before() -> re.Pattern:
    """An opening "as a <role>" apposition ending right before a name: "作为国内领先的云服务商之一，",
    "身为一家算力服务商，"."""
    zh_roles = "|".join(re.escape(p) for p, _ in rules().roles if not p.isascii())
    return re.compile(rf"(?:作为|身为)[^。；，,\n]{{0,24}}?(?:{zh_roles})(?:之一)?[，,]\s*$")


def _as_role_subject(text: str, a: int) -> bool:
    """'身为一家云服务商，岚桥云今年…': a name right after an opening "as a <role>" apposition is its
    subject, a firm even when told once."""
    left = max(0, a - _AS_REACH)
    return ("作为" in text[left:a] or "身为" in text[left:a]) \
        and _as_role_before().search(text, left, a) is not None


@lru_cache(maxsize=1)
def _name_tails() -> tuple[str, ...]:
    """Suffixes that carry a name on past a weak suffix right before them: the strong ones and
    the weak ones naming a business (智算, 算力, 数据; not 公司 or 投资, which also end phrases)."""
    r = rules()
    skip = set(lexicon().get("zh_weak_not_tails") or ())
    return tuple(r.suffixes_zh) + tuple(w for w in r.suffixes_zh_all
                                        if w not in r.suffixes_zh and w not in skip)


def zh_name_end(name: str) -> int:
    """Length of the firm name at the start of `name` (ending with an organisation suffix)."""
    r = rules()
    best, at = 0, 0
    not_before = lexicon()["zh_weak_not_before"]
    verbs = lexicon().get("zh_verb_suffixes") or {}
    for suffix in r.suffixes_zh_all:
        i = name.find(suffix, 1)   # the earliest suffix; of those starting there, the longest
        if suffix not in r.suffixes_zh and name.startswith(tuple(not_before), i + len(suffix)):
            continue               # "星图与云服务商": 云 starts 云服务, it ends no name
        if suffix not in r.suffixes_zh and name.startswith(_name_tails(), i + len(suffix)):
            continue               # "云服务商朔云科技", "服务商凌云智算": a suffix follows, the name goes on
        if suffix in verbs and i > 0 and re.match(verbs[suffix], name[i + len(suffix):]):
            continue               # "鸿鹄智算投资最多20亿美元": 投资 is the verb
        if 0 < i <= 6 and (best == 0 or i < at or (i == at and i + len(suffix) > best)):
            best, at = i + len(suffix), i
    allowed = set(lexicon().get("zh_name_chars_after_role") or "")
    # the first character after a role word may be any (大模型公司和灵智能), given one more
    head = name[1:at] if at >= 2 else name[:at]
    if best and _all_stopwords(name[:at]):
        return 0                   # "云厂商投资模型公司": words, no name
    if best and _verb_phrase(name[:at]):
        return 0                   # "云厂商再回头买芯片公司的卡": a verb phrase, no name
    if best and not set(head) & (r.not_name_zh - allowed) \
            and not any(w in name[1:at] for w in r.boundaries_zh if len(w) > 1):
        return _strong_tail(name, best)    # "川流签署算力合同": a verb inside is no name
    return _zh_name_token(name)


def _strong_tail(name: str, end: int) -> int:
    """'云服务商朔云科技': a weak suffix (云) right before a strong one (科技) is inside the name,
    which ends with the strong suffix."""
    verbs = lexicon().get("zh_verb_suffixes") or {}
    for suffix in rules().suffixes_zh:
        if name.startswith(suffix, end) and not (
                suffix in verbs and re.match(verbs[suffix], name[end + len(suffix):])):
            return end + len(suffix)
    return end


def _verb_phrase(head: str) -> bool:
    """'回头|买' (two verbs running on) before a suffix: a verb phrase, no coined name; one verb
    may be a name's word ('超越科技', '启明芯片')."""
    return sum(1 for _, flag in jieba_tokens(head) if flag == "v") >= 2


def _zh_name_token(name: str) -> int:
    """A bare name after a role word is trusted when jieba sees a noun-like word there."""
    import jieba.posseg

    first = next(iter(jieba.posseg.cut(name[:8])), None)
    if first is None or len(first.word) < 2 or first.flag not in _NAME_FLAGS:
        return _zh_name_before_verb(name)
    if first.word in rules().stop_zh or common_name_token(first.word, first.flag):
        return 0                   # "银行人士表示", "云厂商计划募资": a common word, no name
    end = tail_before_boundary(name, len(first.word), rules().boundaries_zh)   # 北溟|未来
    return end if end > len(first.word) else _word_before_signing(name, end)


_NOUN_FLAGS = frozenset({"n", "nr", "nz", "ns", "nt", "ng", "nrt", "nrfg", "j", "g"})


def _word_before_signing(name: str, end: int) -> int:
    """'大模型公司北辰|智元|签署…', '与大模型公司灵犀|矩阵|所签合同': one more noun-like word of two
    characters runs the name on when a signing verb or a partner ender (``zh_partner_name_enders``,
    ``zh_partner_sign_verbs``) follows it right after."""
    word = name[end:end + 2]
    enders = (*lexicon()["zh_partner_name_enders"], *lexicon()["zh_partner_sign_verbs"])
    if len(word) < 2 or not name.startswith(enders, end + 2):
        return end
    tokens = jieba_tokens(word)
    if len(tokens) != 1 or tokens[0][1] not in _NOUN_FLAGS or word in rules().stop_zh \
            or word in rules().suffixes_zh_all:
        return end
    return end + 2


def _zh_name_before_verb(name: str) -> int:
    """'芯片厂商锐矽签署了…': a coined name jieba breaks into single characters runs up to the
    verb or conjunction that follows it, when that leaves two to four name characters and none
    of them is a word of its own (a time, a noun: '今天宣布', '银行业人士表示')."""
    import jieba.posseg

    r = rules()
    at = min((i for w in r.boundaries_zh for i in [name.find(w, 1)] if i > 0), default=0)
    head = name[:at]
    tokens = list(jieba.posseg.cut(head))
    if 4 < at <= 6 and re.fullmatch(rf"[{HAN}]+", head) \
            and coined_with_tail(tuple((t.word, t.flag) for t in tokens)):
        return at                  # "启明|大模型|将成为": a rare word and a trade word
    if not 2 <= at <= 4 or set(head) & r.not_name_zh or not re.fullmatch(rf"[{HAN}]+", head) \
            or _all_stopwords(head):
        return 0
    if any(len(t.word) > 1 for t in tokens):     # "九章|未来投资": a rare word, a trade word
        return at if coined_with_tail(tuple((t.word, t.flag) for t in tokens)) else 0
        # "银行业人士表示": 人士 is a word, the name is no coinage
    if any(t.flag in _FUNCTION_FLAGS for t in tokens):
        return 0                   # "投资机构均未对…置评": 均, 未 are adverbs, no name
    return at


def zh_suffix_names(text: str):
    r = rules()
    verbs = lexicon().get("zh_verb_suffixes") or {}
    for suffix in r.suffixes_zh:
        for m in re.finditer(re.escape(suffix), text):
            if suffix in verbs and re.match(verbs[suffix], text[m.end():]):
                continue                # "多家亚洲资产管理机构": the suffix starts a longer word
            left = text[max(0, m.start() - 14):m.start()]
            prefix = name_head(left, _zh_prefix(left), suffix, after=text[m.end():m.end() + 4])
            prefix = _coined_before_trade(left, prefix)
            proper = ""
            if len(prefix) < 2 and text[m.start() - 1:m.start()] in r.boundaries_zh:
                proper = prefix = proper_head(left, suffix)     # 与太和银行: 和 is in the name
            if len(prefix) < 2:
                proper = prefix = _kept_before_suffix(left, suffix)     # 从豫商银行: 商 is in it
            if len(prefix) < 2 or _all_stopwords(prefix) \
                    or (not proper and set(_inner(prefix)) & r.not_name_zh) \
                    or _place_money(text, m.start() - len(prefix), m.end(), prefix, suffix):
                continue
            start = m.start() - len(prefix)
            if text[start:m.end()] in r.stop_zh:        # "人工智能初创公司X": a word, no name
                continue
            yield start, m.end(), text[start:m.end()], None


def _place_money(text: str, start: int, end: int, prefix: str, suffix: str) -> bool:
    """A place before a money noun (``zh_place_money_suffixes``) that tells where money comes from
    and names no firm: a place and a kind of fund ('某地主权基金', ``zh_place_money_kinds``) always;
    a bare place ('某地资本') unless a deal governs it (:func:`_place_money_party`). Any other word
    in the head keeps the name ('某地国际资本', '某地岚汐基金'); banks are named by their places."""
    lex = lexicon()
    if suffix not in (lex.get("zh_place_money_suffixes") or ()):
        return False
    places = tuple(lex.get("zh_description_places") or ())
    words = _place_words(prefix, places + tuple(lex.get("zh_place_money_kinds") or ()))
    if not words or not set(words) & set(places):
        return False
    if not set(words) <= set(places):
        return True                     # '某地主权基金': a kind of fund, no name
    return not _place_money_party(text, start, end, places)


def _place_words(head: str, words: tuple[str, ...]) -> list[str] | None:
    """`head` cut into `words` (longest first), or None when some part of it is none of them."""
    found, ordered = [], sorted(words, key=len, reverse=True)
    while head:
        word = next((w for w in ordered if head.startswith(w)), None)
        if word is None:
            return None
        found.append(word)
        head = head[len(word):]
    return found


def _place_money_party(text: str, start: int, end: int, places: tuple[str, ...]) -> bool:
    """'某地资本将认购…', '某地资本向其提供…', '获得某某银行和某地资本的贷款': a bare place's capital
    that a deal word follows (``zh_place_money_party_words``, after adverbs:
    ``zh_place_money_adverbs``) or that a link (``zh_place_money_links``) joins to a firm's name is a
    party under that name; a quantifier before it ('多家某地资本', ``zh_place_money_quantifiers``)
    makes it many sources, no party."""
    lex = lexicon()
    before = text[max(0, start - 16):start]
    if before.endswith(tuple(lex.get("zh_place_money_quantifiers") or ())):
        return False
    after = text[end:end + 24]
    adverbs = sorted(lex.get("zh_place_money_adverbs") or (), key=len, reverse=True)
    while word := next((w for w in adverbs if after.startswith(w)), None):
        after = after[len(word):]
    if after.startswith(tuple(lex.get("zh_place_money_party_words") or ())):
        return True
    links, money = tuple(lex.get("zh_place_money_links") or ()), tuple(lex["zh_place_money_suffixes"])
    suffixes = rules().suffixes_zh
    link = next((w for w in links if before.endswith(w)), None)
    other = before[:len(before) - len(link)] if link else ""
    if other.endswith(suffixes) and not any(
            other.endswith(m) and other[:-len(m)].endswith(places) for m in money):
        return True                     # '某某银行和某地资本': joined to a firm's name
    link = next((w for w in links if after.startswith(w)), None)
    run = re.match(rf"[{HAN}]{{2,12}}", after[len(link):]) if link else None
    if run is None:
        return False
    head = run.group()
    while place := next((p for p in places if head.startswith(p)), None):
        head = head[len(place):]
    return any(w in run.group() for w in suffixes) and not head.startswith(money)
def _kept_before_suffix(left: str, suffix: str) -> str:
    """'从豫商银行拿到': a character that ends no name elsewhere (商, as in 云厂商) ends a bank's
    name before its suffix (``zh_name_chars_before_suffix``); the name is that character and the
    one or more name characters before it. '' when there are none."""
    keep = (lexicon().get("zh_name_chars_before_suffix") or {}).get(suffix, "")
    if not left or left[-1] not in keep:
        return ""
    head = _zh_prefix(left[:-1])[-3:]
    if not head or _all_stopwords(head) or set(_inner(head)) & rules().not_name_zh:
        return ""
    return head + left[-1]


def _coined_before_trade(left: str, prefix: str) -> str:
    """'海颐融资租赁有限公司': a prefix made only of trade words (融资租赁, 信息技术) before the
    suffix follows a coined name, which belongs to it when two to four name characters stand
    there ('出售给海颐|融资租赁')."""
    if len(prefix) < 2:
        return prefix
    if not _all_stopwords(prefix):     # '鲲鹏|算力一号有限公司': a trade word opens the prefix
        lead = next((w for w in rules().stop_zh if len(w) >= 2 and prefix.startswith(w)), None)
        if lead is None or len(prefix) - len(lead) < 2 or len(left) <= len(prefix):
            return prefix
    head = _zh_prefix(left[:len(left) - len(prefix)])
    if 2 <= len(head) and not _all_stopwords(head) and not set(head) & rules().not_name_zh:
        return head + prefix
    return prefix


def _inner(prefix: str) -> str:
    """A name prefix without its first character when that character may start a name
    (``zh_name_initials``): _zh_prefix let it through after a preposition."""
    return prefix[1:] if prefix[:1] in (lexicon().get("zh_name_initials") or {}) else prefix


@lru_cache(maxsize=1)
def _prefix_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """The words that end what comes before a name (boundaries and zh role words), and those of
    them that may also end a name (lexicon ``zh_name_inner_words``): read once."""
    r = rules()
    words = (*r.boundaries_zh, *(p for p, _ in r.roles if not p.isascii()))
    return words, frozenset(lexicon().get("zh_name_inner_words") or ())


@lru_cache(maxsize=1)
def _prefix_word_set() -> tuple[frozenset[str], tuple[int, ...]]:
    """The words of :func:`_prefix_words` as a set, and their lengths, longest first."""
    words = frozenset(_prefix_words()[0])
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


def _prefix_words_in(run: str) -> set[str]:
    """The words of :func:`_prefix_words` that occur in `run` (a short run of Han characters):
    its slices looked up, not every word searched for."""
    words, lengths = _prefix_word_set()
    return {run[a:a + n] for n in lengths for a in range(len(run) - n + 1)} & words


def _han_tail(left: str) -> str:
    """The run of Han characters that ends `left` (a backward walk, not a regex scan of it all)."""
    i = len(left)
    while i and "\u4e00" <= left[i - 1] <= "\u9fff":
        i -= 1
    return left[i:]


def _zh_prefix(left: str) -> str:
    r = rules()
    run = _han_tail(left)
    cut, extra = 0, 0
    inner = _prefix_words()[1]
    for word in _prefix_words_in(run):     # any order: only the largest ends count
        i = run.rfind(word)
        if i >= 2 and word in inner and i + len(word) == len(run):
            i = run.rfind(word, 0, i)   # "北辰产业投资|基金": a noun right before the suffix
            extra = max(extra, len(word))   # belongs to the name when a name comes before it
        if i >= 0:
            cut = max(cut, i + len(word))
    whole, run = run, run[cut:]
    initials = lexicon().get("zh_name_initials") or {}
    for i in range(len(run) - 1, -1, -1):
        if run[i] in r.not_name_zh:
            before = whole[cut + i - 1] if cut + i > 0 else ""
            if run[i] in initials and (not before or before in initials[run[i]]):
                i -= 1             # "从中诚银行获得": 从 ends the words before, 中 starts the name
            run = run[i + 1:]
            break
    return run[-(4 + extra):]


def _all_stopwords(prefix: str) -> bool:
    stop, lengths = _stop_words()
    rest = prefix
    while rest:
        # the longest stop word opening the rest (rules().stop_zh is longest first)
        word = next((rest[:n] for n in lengths if n <= len(rest) and rest[:n] in stop), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return True


@lru_cache(maxsize=1)
def _stop_words() -> tuple[frozenset[str], tuple[int, ...]]:
    """The Chinese name stop words as a set, and their lengths, longest first."""
    stop = frozenset(rules().stop_zh)
    return stop, tuple(sorted({len(w) for w in stop}, reverse=True))


def zh_outlet_names(text: str):
    """'据第一财经报道', '36氪获悉', '在接受36氪采访时': the outlet that reports is a publisher.
    Frames are in ``zh_outlet_frames`` (lexicon/core.yaml): text before and after the name; so is
    an outlet on a line of its own with its byline or column label (``zh_outlet_line``)."""
    found = []
    for before, after in lexicon()["zh_outlet_frames"]:
        for m in _outlet_matches(text, before, after):
            found.append((m.start("name"), m.end("name"), m.group("name"), "Publisher"))
    yield from found
    if "\n" not in text.strip():
        return
    cfg = lexicon()["zh_outlet_line"]
    for m in _outlet_matches(text, *cfg["frame"]):
        name = m.group("name")
        if _byline_label(m.group("label").strip(), cfg) \
                and not _in_copy(text, name, (m.start(), m.end()), found):
            yield m.start("name"), m.end("name"), name, "Publisher"


@lru_cache(maxsize=1)
def _outlet_end() -> str:
    """{outlet_end} of the outlet frames: lookbehinds of ``zh_outlet_endings``."""
    ends = sorted(lexicon()["zh_outlet_endings"], key=len, reverse=True)
    return "(?:" + "|".join(f"(?<={re.escape(e)})" for e in ends) + ")"


def _outlet_matches(text: str, before: str, after: str):
    """The frame's matches whose name may be an outlet's: no stop word, no function character,
    no `zh_not_outlet` word and, when the frame reads the name by its ending ({outlet_end}), no
    common word of ``zh_outlet_end_not`` ending it (财报, 电网, 互联网)."""
    by_end = "{outlet_end}" in after
    after = after.replace("{outlet_end}", _outlet_end())
    pattern = rf"{before}(?P<name>[{HAN}A-Za-z0-9]{{2,8}}?){after}"
    not_end = tuple(lexicon()["zh_outlet_end_not"]) if by_end else ()
    for m in re.finditer(pattern, text):
        name = m.group("name")
        if name in rules().stop_zh or set(name) & set("的了在是和与及") \
                or any(w in name for w in lexicon()["zh_not_outlet"]) or name.endswith(not_end):
            continue
        yield m


def _byline_label(label: str, cfg) -> bool:
    """An outlet line's label: a byline word, alone or before a person's name ("特约评论员 某某"),
    or a column word ending a short label of Han characters ("产业观察", "深度")."""
    byline = next((w for w in cfg["bylines"] if label.startswith(w)), None)
    if byline is not None:
        return re.fullmatch(rf"[ \u3000]*(?:[{HAN}]{{2,4}})?", label[len(byline):]) is not None
    return re.fullmatch(rf"[{HAN}]+", label) is not None and any(
        label.endswith(w) and len(label) - len(w) <= cfg["column_head"] for w in cfg["columns"])


def _in_copy(text: str, name: str, line: tuple[int, int], found) -> bool:
    """The name also stands in the article's copy: somewhere off its byline line, not in another
    outlet frame's match and not next to a colon (an interviewer's question "**某某报：…**", a source
    "来源：某某报")."""
    for m in re.finditer(re.escape(name), text):
        a, b = m.span()
        if line[0] <= a < line[1] or any(a == s and b == e for s, e, _, _ in found):
            continue
        if text[b:b + 1] in ("：", ":") or text[max(0, a - 1):a] in ("：", ":"):
            continue
        return True
    return False


def starts_name(text: str, i: int) -> bool:
    """A Chinese name may start at offset i: after a character that is no Han one, a boundary
    word (与, 公司, 向…) or a role word (大模型公司)."""
    if i == 0 or not re.match(rf"[{HAN}]", text[i - 1]):
        return True
    words, lengths = _prefix_word_set()
    return any(n <= i and text[i - n:i] in words for n in lengths)
