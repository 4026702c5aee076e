"""Quantities in Chinese and English news text: money, power, percentages, shares, tokens, terms.

Numerals come from :mod:`kg.load.text.magnitudes`; units, bound cues and direction words are data in
``lexicon/units.yaml`` and ``lexicon/magnitudes.yaml``, compiled once at import.

>>> [(q.value, q.unit, q.bound) for q in find_quantities("承诺向OpenAI投资最多1000亿美元")]
[(Decimal('100000000000'), 'USD', 'upTo')]
>>> q, = find_quantities("AMD向OpenAI授予最多1.6亿股认证股权")
>>> q.value, q.unit, q.bound, q.text
(Decimal('160000000'), 'shares', 'upTo', '最多1.6亿股')
>>> q, = find_quantities("a 206 MW campus"); q.value, q.unit, q.original_value, q.original_unit
(Decimal('0.206'), 'GW', Decimal('206'), 'MW')
>>> q, = find_quantities("计划部署十几瓦的AI基础设施"); q.unit, q.bound, q.low, q.high
('W', 'range', Decimal('11'), Decimal('19'))
>>> q, = find_percentages("AMD股价上涨超40%"); q.value, q.bound, q.direction
(Decimal('40'), 'moreThan', 'up')
>>> [(q.value, q.unit) for q in find_quantities("谷歌每月处理约9.7万亿tokens,已增至1300万亿;")]
[(Decimal('9700000000000'), 'tokens'), (Decimal('1300000000000000'), 'tokens')]
>>> [(q.value, q.text) for q in find_quantities("a quarter of a trillion dollars, half a billion dollars")]
[(Decimal('250000000000'), 'a quarter of a trillion dollars'), (Decimal('500000000'), 'half a billion dollars')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from decimal import Decimal

from kg.load.text.magnitudes import (FROM, LEX, TERM_START, ZH_DIGITS, D, Term, alternation, clean,
                                is_bare_count, load_lexicon, normalize, parse_core, parse_number,
                                read_term)

__all__ = ["Quantity", "parse_number", "find_quantities", "find_money", "find_power",
           "find_percentages", "find_share_counts", "find_counts", "find_tokens",
           "find_durations", "as_percent"]


@dataclass(frozen=True)
class Quantity:
    """One quantity: ``value`` normalised (USD in dollars, power in GW, percent as 0-100).

    Ranges and vague figures (十几, "tens of billions") carry ``low``/``high``; their ``value`` is
    the midpoint (``low`` alone for 上百-style "at least"). ``original_value`` is the numeral as
    written (before magnitude words and unit conversion); ``original_unit`` the magnitude and
    unit as written (``亿美元``, ``$bn``), or the canonical power unit (``MW``). ``direction``
    (percentages only) is "up"/"down" from a nearby verb; ``unit_inferred`` marks a bare figure
    that took the unit of the figure before it (9.7万亿tokens……增至1300万亿).
    """

    value: Decimal
    unit: str
    bound: str = "exact"
    low: Decimal | None = None
    high: Decimal | None = None
    original_value: Decimal | None = None
    original_unit: str | None = None
    start: int = 0
    end: int = 0
    text: str = ""
    direction: str | None = None
    unit_inferred: bool = False


_U = load_lexicon("units")
CURRENCIES = {v for part in _U["currencies"].values() for v in part.values()}


def _key(surface: str) -> str:
    return re.sub(r"\s+", " ", surface.strip()).lower()


# surface -> (kind, unit, factor); zh and symbols keyed as written, words lower-cased.
_UNITS: dict[str, tuple[str, str, Decimal | None]] = {}
_ZH, _SYM, _WORDS = [], [], []


def _add(kind, surfaces, group, unit=None, factor=Decimal(1)):
    for s, v in (surfaces.items() if isinstance(surfaces, dict) else ((s, None) for s in surfaces)):
        u, f = unit or kind, factor
        if isinstance(v, list):
            u, f = v[0], (None if v[1] is None else D(v[1]))
        elif isinstance(v, str):
            u = v
        _UNITS[_key(s) if group is _WORDS else s] = (kind, u, f)
        group.append(s)


for _grp, _name in ((_ZH, "zh"), (_SYM, "symbols"), (_WORDS, "words")):
    _add("money", _U["currencies"].get(_name, {}), _grp)
    _add("cents", _U["cents"].get(_name, {}), _grp, factor=Decimal("0.01"))
    _add("power", _U["power"].get(_name, {}), _grp)
    _add("percent", _U["percent"].get(_name, {}), _grp)
    for _kind in ("shares", "tokens", "years", "months"):
        _add(_kind, _U[_kind].get(_name, []), _grp)
_add("count", _U["count_measure_words"], _ZH)

_NOT_BEFORE = {"元": _U["yuan_not_before"], "成": _U["tenths_not_before"],
               "股": _U["shares_not_before"], "年": _U["years_not_before"]}


def _zh_alt(s: str) -> str:
    stop = _NOT_BEFORE.get(s)
    return re.escape(s) + (f"(?!{alternation(stop)})" if stop else "")


def _word_alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_UNIT_RE = re.compile(
    r"\s?-?\s?(?:(?P<zu>" + "|".join(_zh_alt(s) for s in sorted(_ZH, key=len, reverse=True))
    + r")|(?P<su>" + _word_alt(_SYM) + r")(?![A-Za-z])|(?P<wu>(?i:" + _word_alt(_WORDS) + r"))\b)")
_SHARES_EN = re.compile(r"(?:\s+(?:[A-Z][\w&.'-]*|%s|Class\s+[A-C])){0,%d}\s+(?i:shares?)\b"
                        % (alternation(_U["shares_adjectives"]), _U["shares_words_between"]))
_CPD_EN = re.compile(r"\s+(?i:" + _word_alt(_U["cents_per_dollar_after"]) + r")\b")
_CPD_ZH = re.compile(alternation(_U["cents_per_dollar_before_zh"]))
_CUR_PREFIX = re.compile(r"(?P<c>" + alternation(_U["currencies"]["prefix"]) + r")\s?$")
_FRACTIONS = {k: D(v) for k, v in _U["en_fractions"].items()}
_NUMERATORS = {k: D(v) for k, v in _U["en_fraction_numerators"].items()}
# "half a", "a quarter of a", "three quarters of an" right before a quantity read from "a <magnitude>".
_FRACTION_OF_A = re.compile(
    r"(?i)(?:\b(?P<num>" + alternation(_NUMERATORS) + r")[\s-]+)?\b(?:(?P<half>half)|(?P<frac>"
    + alternation(_FRACTIONS) + r")(?P<plural>s)?\s+of)\s+$")
_A_MAGNITUDE = re.compile(r"(?i)an?\s")

_ZHN = "[" + "".join(ZH_DIGITS) + "十百千万]+"
_START = re.compile(
    rf"(?P<frac_zh>(?P<fden>\d+|{_ZHN})分之(?P<fnum>\d+(?:\.\d+)?|{_ZHN}))"
    rf"|(?P<frac_en>(?i:\b(?:a|one)[\s-](?P<fen>{alternation(_FRACTIONS)})\s+of\b))|{TERM_START}")

# Bound cues and directions.
_BOUND_BEFORE = {_key(w): b for b, ws in LEX["bounds_before"].items() for w in ws}
_BOUND_BEFORE.update({w: None for w in LEX["not_bounds"]})
_BOUND_AFTER = {_key(w): b for b, ws in LEX["bounds_after"].items() for w in ws}
_INSIDE = set(LEX["bounds_inside"])
_PER = re.compile(r"(?<![A-Za-z])(?i:per)\s+$")
_DURATION_NEUTRAL = {_key(w) for w in LEX["duration_neutral_cues"]}
_AGO = re.compile(r"(?:" + alternation(_U["years_ago"]["zh"]) + r")|\s+(?i:"
                  + _word_alt(_U["years_ago"]["words"]) + r")\b")


def _split(words):
    zh = [w for w in words if re.search(r"[^\x00-\x7f]", w)]
    return zh, [w for w in words if w not in zh and re.match(r"[A-Za-z]", w)], \
        [w for w in words if w not in zh and not re.match(r"[A-Za-z]", w)]


_bzh, _ben, _bsym = _split(list(_BOUND_BEFORE))
_PRE_CUE = re.compile(rf"(?:(?P<zc>{alternation(_bzh)})(?:{'|'.join(LEX['zh_cue_filler'])})?"
                      rf"|(?<![A-Za-z])(?P<ec>(?i:{_word_alt(_ben)}))|(?P<sc>{alternation(_bsym)}))\s*$")
_azh, _aen, _asym = _split(list(_BOUND_AFTER))
_POST_CUE = re.compile(rf"(?:\s*(?P<c>{alternation(_azh)})(?!游)|(?P<s>{alternation(_asym)})(?!\d)"
                       rf"|\s+(?P<w>(?i:{_word_alt(_aen)}))\b)")
_DIRS = {_key(w): d for d, ws in LEX["directions_before"].items() for w in ws}
_dzh, _den, _ = _split(list(_DIRS))
_DIR_WORD = re.compile(rf"(?P<z>{alternation(_dzh)})|(?<![A-Za-z])(?P<e>(?i:{_word_alt(_den)}))\b")
_DIR_AFTER = re.compile(r"\s+(?P<w>(?i:" + _word_alt(
    [w for ws in LEX["directions_after"].values() for w in ws]) + r"))\b")
_DIR_AFTER_MAP = {w: d for d, ws in LEX["directions_after"].items() for w in ws}
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.\s")
_CLAUSE_END = re.compile(r"[,，。！？!?;；:：、\n]|\.\s")
_UNIT_NOUN = re.compile(r"(?i:tokens?|词元)|(?<![A-Za-z])(?i:shares)\b")
_CHANGE_TO = re.compile(r"至|到|达|(?<![A-Za-z])(?i:to|from)\b")


def _num(s: str) -> Decimal | None:
    return parse_core("ar" if s[0].isdigit() else "zh", s)


def _join(*parts) -> str | None:
    out = ""
    for p in (p.strip() for p in parts if p and p.strip()):
        out += (" " if out and out[-1].isascii() and out[-1].isalpha() and p[0].isalpha()
                and p[0].isascii() else "") + p
    return out or None


def _read(norm: str, m: re.Match, floor: int, lang: str | None):
    """The quantity whose numeral ``m`` found, as (Quantity fields, bare?) or None."""
    g, start = m.groupdict(), m.start()
    if norm[max(0, start - 1):start] in ("第", "每") or _PER.search(norm, max(0, start - 5), start):
        return None     # ordinals (第二梯队) and denominators (每一吉瓦, "per 1,000 tokens")
    prefix = unit_text = info = None
    if g["frac_zh"]:
        den, num = _num(g["fden"]), _num(g["fnum"])
        if not den or num is None:
            return None
        t = Term("frac", m.end(), value=num * 100 / den, orig=num)
        info, unit_text = ("percent", "percent", Decimal(1)), f"{g['fden']}分之"
    elif g["frac_en"]:
        t = Term("frac", m.end(), value=_FRACTIONS[g["fen"].lower()])
        info, unit_text = ("percent", "percent", Decimal(1)), g["fen"]
    elif (t := read_term(norm, m, floor)) is None:
        return None
    p = t.end
    u = _UNIT_RE.match(norm, p) if info is None else None
    if u is None and t.borrow is not None and (b := _UNIT_RE.match(norm, t.borrow)):
        info, unit_text = _UNITS[b.group("zu") or b.group("su") or _key(b.group("wu"))], b.group().strip(" -")
    if u:
        surface = u.group("zu") or u.group("su") or _key(u.group("wu"))
        info, unit_text, p = _UNITS[surface], u.group().strip(" -"), u.end()
    elif info is None and (sh := _SHARES_EN.match(norm, p)):
        info, unit_text, p = ("shares", "shares", Decimal(1)), "shares", sh.end()
    cur = _CUR_PREFIX.search(norm, max(floor, start - 6), start)
    if cur and (info is None or info[0] in ("money", "count")):
        c = cur.group("c")
        cc = "JPY" if c == "¥" and lang == "ja" else _U["currencies"]["prefix"][c]
        info, start, prefix = ("money", cc, Decimal(1)), cur.start(), c
    bare = info is None
    if bare:
        if not is_bare_count(t, g.get("zh") or ""):
            return None
        info, p = ("count", "count", Decimal(1)), (m.end() if t.kind == "ven" else p)
    kind, unit, ufactor = info
    if kind in ("years", "months"):
        core = g.get("ar") or g.get("zh") or ""
        year_like = (re.fullmatch(r"[12]\d{3}", core) or (len(core) >= 3 and all(
            c in ZH_DIGITS for c in core)) or (t.low is not None and t.low >= 1000))
        if year_like or t.mag_text or norm[p:p + 4] == "-old" or norm[start - 1:start] in ("上", "下", "每") \
                or _AGO.match(norm, p):     # "four years ago", 两年前: a time back, no term
            return None
        if norm[p:p + 1] in _INSIDE and t.inside is None:       # 三年多
            t.inside, p = "moreThan", p + 1
    if kind == "count" and not bare and g.get("zh") == "一":
        return None                                              # 一家, 一个: an article, not a count
    if kind == "cents" and (cpd := _CPD_EN.match(norm, p)):
        unit, ufactor, p, unit_text = "cents_per_dollar", Decimal(1), cpd.end(), _join(unit_text, cpd.group())
    value, low, high, orig = t.value, t.low, t.high, t.orig
    if kind == "power":      # original: the figure in the written unit (MW, kW), canonical symbol
        orig, unit_text = (None if t.is_range or t.vague else value), unit
        unit = "GW" if ufactor is not None else unit
    elif t.kind != "frac":
        unit_text = _join(prefix, t.mag_text, unit_text)
    if ufactor is not None and ufactor != 1:
        value, low, high = (None if v is None else v * ufactor for v in (value, low, high))
    return dict(kind=kind, unit=unit, value=value, low=low, high=high, orig=orig,
                unit_text=unit_text, start=start, end=p, vague=t.vague, inside=t.inside,
                is_range=t.is_range), bare


def _fraction_of(norm: str, f: dict, found: list[tuple[Quantity, bool]], floor: int) -> int:
    """Scale a quantity read from "a <magnitude>" (a billion dollars) by the fraction right before
    it ("half a billion dollars", "a quarter of a trillion dollars", "three quarters of a
    billion"), in place; the fraction's own percentage reading is dropped from ``found``, so a
    bound cue before the fraction ("nearly a quarter of …") is the quantity's. Returns the floor
    for its bound cues."""
    if not _A_MAGNITUDE.match(norm, f["start"]) or f["kind"] in ("percent", "percentage_points"):
        return floor
    m = _FRACTION_OF_A.search(norm, max(0, f["start"] - 40), f["start"])
    if m is None:
        return floor
    num = _NUMERATORS[(m.group("num") or "a").lower()]
    if m.group("half"):
        den = 2 if num == 1 else 0
    else:
        den = round(100 / _FRACTIONS[m.group("frac").lower()])
        den = den if bool(m.group("plural")) == (num > 1) and num < den else 0
    if not den:
        return floor
    found[:] = [x for x in found if x[0].end <= m.start()]
    for k in ("value", "low", "high"):
        if f[k] is not None:
            f[k] = clean((f[k] * num / den).quantize(D(1)))
    f["start"], f["orig"] = m.start(), None
    return found[-1][0].end if found else 0


def _finish(norm: str, text: str, f: dict, floor: int) -> Quantity:
    start, end, bound = f["start"], f["end"], None
    cue = _PRE_CUE.search(norm, max(floor, start - 30), start)
    if cue:
        surface = cue.group("zc") or cue.group("ec") or cue.group("sc")
        b = _BOUND_BEFORE.get(_key(surface))
        if b and not (f["kind"] in ("years", "months") and _key(surface) in _DURATION_NEUTRAL):
            bound, start = b, cue.start()
    post = _POST_CUE.match(norm, end)
    if post:
        b = _BOUND_AFTER.get(_key(post.group("c") or post.group("s") or post.group("w")))
        if b:
            bound, end = bound or b, post.end()
    bound = bound or f["inside"] or ("range" if f["is_range"] else None) or f["vague"] or "exact"
    low, high, value = f["low"], f["high"], f["value"]
    if value is None:
        value = low if high is None else (low + high) / 2
    direction = None
    if f["kind"] == "percent":
        direction = _direction(norm, start, end)
    return Quantity(value=clean(value), unit=f["unit"], bound=bound,
                    low=None if low is None else clean(low), high=None if high is None else clean(high),
                    original_value=None if f["orig"] is None or low is not None else clean(f["orig"]),
                    original_unit=f["unit_text"], start=start, end=end, text=text[start:end],
                    direction=direction)


def _direction(norm: str, start: int, end: int) -> str | None:
    after = _DIR_AFTER.match(norm, end)
    if after:
        return _DIR_AFTER_MAP.get(after.group("w").lower())
    last = None
    for dm in _DIR_WORD.finditer(norm, max(0, start - 30), start):
        last = dm
    if last is None:
        return None
    gap = norm[last.end():start]
    ok = (re.fullmatch(r"[^\d,.。;；!?！？%]{0,3}", gap) if last.group("z")
          else re.fullmatch(r"(?:\s+by)?\s*", gap))
    return _DIRS[_key(last.group())] if ok else None


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every quantity in ``text``, left to right, non-overlapping, with bound cues applied.

    ``lang`` is a hint ("ja" reads ¥ as JPY); both languages are always recognised.
    """
    return list(_quantities(text, lang))


@lru_cache(maxsize=1024)
def _quantities(text: str, lang: str | None) -> tuple[Quantity, ...]:
    """find_quantities, cached: the loader reads a sentence's figures again when it verifies
    each fact the sentence tells."""
    norm = normalize(text)
    found: list[tuple[Quantity, bool]] = []
    pos = floor = 0
    while (m := _START.search(norm, pos)) is not None:
        r = _read(norm, m, floor, lang)
        if r is None:
            pos = m.end()
            continue
        floor = _fraction_of(norm, r[0], found, floor)
        q = _finish(norm, text, r[0], floor)
        found.append((q, r[1]))
        pos = floor = q.end
    return tuple(_post(norm, text, found))


def _post(norm: str, text: str, found: list[tuple[Quantity, bool]]) -> list[Quantity]:
    out: list[Quantity] = []
    for q, bare in found:
        prev = out[-1] if out else None
        gap = norm[prev.end:q.start] if prev else ""
        if (prev and prev.unit == q.unit and prev.bound == q.bound == "exact" and prev.value < q.value
                and re.fullmatch(r"\s*(?:-|–|—|~|至|到)\s*", gap)
                and not FROM.search(norm, max(0, prev.start - 8), prev.start)):
            out[-1] = replace(prev, bound="range", low=prev.value, high=q.value,
                              value=clean((prev.value + q.value) / 2), end=q.end,
                              text=text[prev.start:q.end], original_value=None)
            continue
        if q.unit == "USD" and (q.original_unit or "").endswith("美分"):
            per = None
            for per in _CPD_ZH.finditer(norm, max(0, q.start - 30), q.start):
                pass
            if per and not _SENTENCE_END.search(norm, per.end(), q.start):
                out = [o for o in out if not (o.start >= per.start() and o.end <= per.end())]
                q = replace(q, value=q.original_value or clean(q.value * 100), unit="cents_per_dollar")
        if bare:
            q = _inherit(norm, q, prev, gap)
        out.append(q)
    return out



def _inherit(norm: str, q: Quantity, prev: Quantity | None, gap: str) -> Quantity:
    """The unit of a bare large figure from its context (the loader may check unit_inferred).

    A token/share noun earlier in the same clause (处理的token已超过1.3千万亿); else the figure
    before it in the same sentence, within 40 characters: tokens and shares always, money only
    across a "to" word (从120亿美元增至200亿).
    """
    lo = q.start
    while lo > max(0, q.start - 15) and not _CLAUSE_END.match(norm, lo - 1):
        lo -= 1
    noun = None
    for noun in _UNIT_NOUN.finditer(norm, lo, q.start):
        pass
    if noun:
        unit = "tokens" if noun.group().lower().startswith(("token", "词")) else "shares"
        return replace(q, unit=unit, unit_inferred=True)
    if prev and q.start - prev.end <= 40 and not _SENTENCE_END.search(gap) and (
            prev.unit in ("tokens", "shares") or (prev.unit in CURRENCIES and _CHANGE_TO.search(gap))):
        return replace(q, unit=prev.unit, unit_inferred=True)
    return q


def _view(*units):
    def f(text: str, lang: str | None = None) -> list[Quantity]:
        return [q for q in find_quantities(text, lang) if q.unit in units]
    return f


find_money = _view(*CURRENCIES)
find_power = _view("GW", "W")
find_percentages = _view("percent", "percentage_points")
find_share_counts = _view("shares")
find_counts = _view("count")
find_tokens = _view("tokens")
find_durations = _view("years", "months")
find_money.__doc__ = "Money amounts (unit an ISO 4217 code; cents are converted to the currency)."
find_percentages.__doc__ = "Percentages and percentage points, with ``direction`` when a verb says."


def as_percent(q: Quantity) -> Decimal | None:
    """A percentage reading of ``q``: 14 cents per dollar is a 14% margin.

    >>> as_percent(find_quantities("每1美元销售额的毛利仅14美分")[0])
    Decimal('14')
    """
    if q.unit in ("percent", "cents_per_dollar"):
        return q.value
    return None
