"""Numerals and magnitude words, Chinese and English, to exact ``Decimal`` values.

The words are data (``lexicon/magnitudes.yaml``), compiled into regular expressions once at
import. :mod:`kg.load.text.numbers` builds quantities (units, bounds) on top of these pieces.

>>> parse_number("1.6亿"), parse_number("一百五十亿"), parse_number("9.7万亿")
(Decimal('160000000'), Decimal('15000000000'), Decimal('9700000000000'))
>>> parse_number("1,300"), parse_number("10 billion"), parse_number("$1.2bn")
(Decimal('1300'), Decimal('10000000000'), Decimal('1200000000'))
>>> parse_number("两"), parse_number("1300万亿"), parse_number("３千亿")
(Decimal('2'), Decimal('1300000000000000'), Decimal('300000000000'))
>>> parse_number("十几") is None   # vague: use find_quantities, which gives low/high
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kg.load.vocab import LEXICON_DIR, read_yaml


def load_lexicon(name: str) -> dict:
    """One of this package's lexicon files (``magnitudes``, ``units``, ``dates``)."""
    return read_yaml((LEXICON_DIR / f"{name}.yaml").read_text(encoding="utf-8")) or {}


def D(x) -> Decimal:
    """An exact Decimal from a YAML scalar (int, str such as "1e8")."""
    return Decimal(str(x))


def clean(v: Decimal) -> Decimal:
    """Integral values as plain integers (no exponent), others without trailing zeros.

    >>> clean(Decimal("1.6") * Decimal("1e8")), clean(Decimal("206") * Decimal("0.001"))
    (Decimal('160000000'), Decimal('0.206'))
    """
    try:
        if v == v.to_integral_value():
            return v.quantize(Decimal(1))
    except InvalidOperation:
        pass
    return v.normalize()


def alternation(words, flags: str = "") -> str:
    """A regex alternation of literal words, longest first (so 万亿 wins over 万)."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


# Full-width digits and signs -> ASCII. Length-preserving, so offsets stay valid.
_FW_FROM = "０１２３４５６７８９．，％＄＋－～￥﹪　"
_FW_TO = "0123456789.,%$+-~¥% "
_FW = str.maketrans(_FW_FROM, _FW_TO)


def normalize(text: str) -> str:
    """Full-width digits and signs to ASCII, one character for one (offsets are unchanged).

    >>> normalize("１０００亿，约３０％")
    '1000亿,约30%'
    """
    return text.translate(_FW)


LEX = load_lexicon("magnitudes")
ZH_DIGITS: dict[str, int] = LEX["zh_digits"]
ZH_SMALL = {k: D(v) for k, v in LEX["zh_small_units"].items()}
ZH_BIG = {k: D(v) for k, v in LEX["zh_big_units"].items()}
ZH_MAG = {**ZH_SMALL, **ZH_BIG}
EN_WORDS: dict[str, int] = LEX["en_number_words"]
EN_MAG = {k: D(v) for k, v in LEX["en_magnitudes"].items()}
EN_ABBR = {k: D(v) for k, v in LEX["en_magnitude_abbreviations"].items()}
EN_LETTERS = {k: D(v) for k, v in LEX["en_magnitude_letters"].items()}

_ZH_NUM_CHARS = "".join(ZH_DIGITS) + "".join(ZH_MAG)


_UNITS_LEX = load_lexicon("units")
#: Unit words that begin with a magnitude character (千瓦, 兆瓦, 百分点): a numeral stops there.
_STOP = alternation([s for s in list(_UNITS_LEX["power"]["zh"]) + list(_UNITS_LEX["percent"]["zh"])
                     + ["百分之", "千克"] if s[0] in ZH_MAG])
#: Letter currency codes written right before digits (RMB500亿, USD5bn).
_CODES = "".join(f"|(?<={re.escape(c)})" for c in _UNITS_LEX["currencies"]["prefix"]
                 if c.isascii() and c.isalpha())
#: Arabic numerals: 1300, 1,300, 1.6 (not inside GB200, Q3, v1.2, 10/06, 07:30).
ARABIC = rf"(?:(?<![A-Za-z0-9_./:]){_CODES})(?:\d{{1,3}}(?:,\d{{3}}(?!\d))+|\d+)(?:\.\d+)?(?![\d/:])"
#: A run of Chinese numeral characters, not starting with 万/亿/兆 nor after 第 (ordinals),
#: stopping before a unit that begins with a magnitude character (6千兆瓦 is 6 GW).
ZH_RUN = (rf"(?<!第)(?![{''.join(ZH_BIG)}])(?:(?!{_STOP})[{_ZH_NUM_CHARS}])+")
#: Digits then magnitude characters: 3千亿, 1.4万亿, 1000多亿 (多 handled by the caller).
ZH_MAG_RUN = rf"(?:(?!{_STOP})[{''.join(ZH_MAG)}])+"
_EN_UNITS = alternation([w for w, v in EN_WORDS.items() if 0 < v < 10])
_EN_TENS = alternation([w for w, v in EN_WORDS.items() if v >= 20])
_EN_TEENS = alternation([w for w, v in EN_WORDS.items() if 10 <= v < 20] + ["zero"])
_EN_SMALL = rf"(?:{_EN_TENS}(?:-{_EN_UNITS})?|{_EN_TEENS}|{_EN_UNITS})"
_EN_MAG_WORDS = alternation(EN_MAG)
#: English number words up to the hundreds ("a" only before a magnitude: "a billion").
EN_WORDNUM = (rf"(?i:\b(?:(?:a|an)(?=[\s-]+{_EN_MAG_WORDS}s?\b)|{_EN_SMALL}"
              rf"(?:[\s-]+hundred(?:[\s-]+(?:and\s+)?{_EN_SMALL})?)?)\b)")
#: Magnitude words after a number: " billion", "bn", "M" (letters only right after the digits).
EN_MAG_RUN = (rf"(?:(?:\s*-?\s*(?i:{_EN_MAG_WORDS})s?\b)+"
              rf"|\s?(?i:{alternation(EN_ABBR)})\b|{alternation(EN_LETTERS)}(?![A-Za-z0-9]))")
_MAG_RE = re.compile(rf"{ZH_MAG_RUN}|{EN_MAG_RUN}")


def parse_zh(s: str) -> Decimal | None:
    """A Chinese numeral: 一百五十亿, 两千亿, 一亿五千万, 三万五, 二〇二五 (digit by digit).

    >>> parse_zh("一亿五千万"), parse_zh("三万五"), parse_zh("二〇二五"), parse_zh("十二")
    (Decimal('150000000'), Decimal('35000'), Decimal('2025'), Decimal('12'))
    """
    if not s or any(c not in ZH_DIGITS and c not in ZH_MAG for c in s):
        return None
    if all(c in ZH_DIGITS for c in s):
        return Decimal("".join(str(ZH_DIGITS[c]) for c in s))
    total, section, num, last_big, prev_unit = Decimal(0), Decimal(0), None, None, None
    for c in s:
        if c in ZH_DIGITS:
            num, prev_unit = (Decimal(ZH_DIGITS[c]), prev_unit if ZH_DIGITS[c] else None)
            if ZH_DIGITS[c] == 0:
                prev_unit = None
            continue
        if c in ZH_SMALL:
            section += (num if num is not None else 1) * ZH_SMALL[c]
            prev_unit = ZH_SMALL[c]
        else:
            big = ZH_BIG[c]
            v = section + (num or 0)
            if last_big is None or big > last_big:
                total, last_big = (total + (v or (0 if total else 1))) * big, big
            else:
                total += v * big
            prev_unit = big
            section = Decimal(0)
        num = None
    if num is not None and prev_unit is not None and prev_unit >= 100:
        num = num * prev_unit / 10          # colloquial 三万五 = 35000, 一百五 = 150
    return total + section + (num or 0)


def parse_en_words(s: str) -> Decimal | None:
    """English number words: "six", "twenty-five", "one hundred and fifty", "a billion"."""
    total, cur, seen = Decimal(0), Decimal(0), False
    for tok in re.split(r"[\s-]+", s.lower().strip()):
        if tok in ("and", ""):
            continue
        if tok in ("a", "an"):
            cur, seen = Decimal(1), True
        elif tok in EN_WORDS:
            cur, seen = cur + EN_WORDS[tok], True
        elif tok == "hundred" or tok == "hundreds":
            cur, seen = (cur or 1) * 100, True
        elif tok.rstrip("s") in EN_MAG:
            total, cur, seen = total + (cur or 1) * EN_MAG[tok.rstrip("s")], Decimal(0), True
        else:
            return None
    return total + cur if seen else None


def parse_arabic(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


#: Letters the magnitude patterns match case-insensitively (Python's re folds them so) whose
#: ``lower()`` is not the ASCII letter: dotless ı, İ (lowered to i + a combining dot), long ſ.
_FOLD = str.maketrans({"ı": "i", "\u0307": None, "ſ": "s"})


def _lower(s: str) -> str:
    return s.lower().translate(_FOLD)


def magnitude_factor(s: str) -> Decimal:
    """The multiplier of a magnitude run: 万亿 -> 1e12, " billion" -> 1e9, "bn", "M".

    >>> magnitude_factor(" bıllıon") == magnitude_factor(" BİLLİON") == Decimal(10) ** 9
    True
    """
    s = s.strip().lstrip("-").strip()
    if s in EN_LETTERS:
        return EN_LETTERS[s]
    if _lower(s) in EN_ABBR:
        return EN_ABBR[_lower(s)]
    factor = Decimal(1)
    if all(c in ZH_MAG for c in s):
        for c in s:
            factor *= ZH_MAG[c]
        return factor
    for word in re.split(r"[\s-]+", _lower(s)):
        if word:
            factor *= EN_MAG[word.rstrip("s")] if word.rstrip("s") in EN_MAG else EN_MAG[word]
    return factor


def match_magnitude(text: str, pos: int):
    """The magnitude run starting exactly at ``pos`` (a re.Match) or None."""
    return _MAG_RE.match(text, pos)


def parse_core(kind: str, s: str) -> Decimal | None:
    """A numeral of one of the three kinds: ``ar`` (Arabic), ``zh``, ``en``."""
    if kind == "ar":
        return parse_arabic(s)
    if kind == "zh":
        return parse_zh(s)
    return parse_en_words(s)


_CORE_RE = re.compile(rf"(?P<ar>{ARABIC})|(?P<zh>{ZH_RUN})|(?P<en>{EN_WORDNUM})")
_PREFIX_RE = re.compile(r"^(?:US\s?\$|HK\$|[ACS]\$|NT\$|[$€£¥])\s*")


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral with an optional magnitude and currency sign, else None.

    Vague numerals (十几, "tens of billions") give None: :func:`kg.load.text.numbers.find_quantities`
    reads them with low and high bounds.
    """
    t = _PREFIX_RE.sub("", normalize(text).strip())
    m = _CORE_RE.match(t)
    if not m:
        return None
    value = parse_core(m.lastgroup, m.group())
    pos = m.end()
    mag = match_magnitude(t, pos)
    if mag:
        value, pos = value * magnitude_factor(mag.group()), mag.end()
    if value is None or t[pos:].strip():
        return None
    return clean(value)


# --- Terms: a numeral with its magnitude, vague forms (十几, "tens of billions"), ranges. -------
_VZH = {k: (D(a), D(b)) for k, (a, b) in LEX["vague_zh"].items()}
_VZH_ATLEAST = {k: D(v) for k, v in LEX["vague_zh_at_least"].items()}
_VZH_NEEDS = {k: (D(a), D(b)) for k, (a, b) in LEX["vague_zh_needs_magnitude"].items()}
_VEN = {k: (D(a), D(b)) for k, (a, b) in LEX["vague_en"].items()}
_VEN_MAG = {k: D(v) for k, v in LEX["vague_en_magnitudes"].items()}
_DIG19 = "[" + "".join(c for c, v in ZH_DIGITS.items() if 0 < v < 10) + "]"
_VAGUE_ZH = (rf"{_DIG19}十几|{alternation(list(_VZH) + list(_VZH_ATLEAST))}"
             rf"|{alternation(_VZH_NEEDS)}(?=[百千万亿兆])")
_VAGUE_EN = (rf"(?i:\b(?P<vw>{alternation(_VEN)})\s+of\s+(?P<vm>{alternation(_VEN_MAG)})\b"
             rf"|\b(?P<vw2>{alternation(list(_VEN) + list(_VEN_MAG))})(?=\s+of\b))")
#: Where a term starts: groups ven (vague English), vzh (vague Chinese), ar, zh, en.
TERM_START = (rf"(?P<ven>{_VAGUE_EN})|(?P<vzh>{_VAGUE_ZH})|(?P<ar>{ARABIC})|(?P<zh>{ZH_RUN})"
              rf"|(?P<en>{EN_WORDNUM})")
TERM_KINDS = ("ven", "vzh", "ar", "zh", "en")
_INSIDE = set(LEX["bounds_inside"])
_RANGE = re.compile(rf"\s*(?P<conn>-|–|—|~|至|到|(?i:to|and)\b)\s*(?:US\$|\$)?"
                    rf"(?:(?P<ar>{ARABIC})|(?P<zh>{ZH_RUN})|(?P<en>{EN_WORDNUM}))")
_BETWEEN = re.compile(r"(?<![A-Za-z])(?i:between)\s+(?:US\$|\$)?$")
#: "from X to Y" / 从X到Y / "increased by X to Y": a change between two figures, not a range.
FROM = re.compile(r"(?:(?<![A-Za-z])(?i:from|by)|从)\s*(?:US\$|[$€£¥])?\s*$")


@dataclass
class Term:
    """A numeral read at one place: exact ``value``, or ``low``/``high`` (vague, range)."""
    kind: str
    end: int
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    orig: Decimal | None = None         # the numeral as written, before its magnitude
    mag_text: str = ""
    inside: str | None = None           # moreThan from 1000多亿 / 100余家
    vague: str | None = None            # the bound a vague numeral implies
    is_range: bool = False
    borrow: int | None = None           # from X to Y: X takes the unit found at this offset


def read_term(norm: str, m: re.Match, floor: int) -> Term | None:
    """The term whose start ``m`` (a TERM_START match) found in normalised text."""
    g, start = m.groupdict(), m.start()
    kind = next(k for k in TERM_KINDS if g[k])
    t = Term(kind, m.end())
    if kind == "ven":
        w = (g["vw"] or g["vw2"]).lower()
        t.low, t.high = _VEN[w] if w in _VEN else (Decimal(2), Decimal(9))
        factor = _VEN_MAG.get((g["vm"] or "").lower()) or (_VEN_MAG.get(w) if w not in _VEN else 1)
        t.low, t.high, t.vague = t.low * factor, t.high * factor, "approximately"
        of = re.match(r"\s+of\b", norm[t.end:])
        t.end += of.end() if of else 0
        return t
    if kind == "vzh":
        s = g["vzh"]
        if s in _VZH_ATLEAST:
            t.low, t.vague = _VZH_ATLEAST[s], "atLeast"
        else:
            t.low, t.high = _VZH.get(s) or _VZH_NEEDS.get(s) or (
                D(ZH_DIGITS[s[0]] * 10 + 1), D(ZH_DIGITS[s[0]] * 10 + 9))
            t.vague = "range"
    else:
        core = g[kind]
        digits = core.rstrip("".join(ZH_BIG))
        if kind == "zh" and digits and digits != core and not any(c in ZH_BIG for c in digits):
            core, t.end = digits, start + len(digits)       # 五十亿: numeral 五十, magnitude 亿
        t.value = t.orig = parse_core(kind, core)
        if t.value is None:
            return None
        if kind != "en" and norm[t.end:t.end + 1] in _INSIDE:
            t.inside, t.end = "moreThan", t.end + 1
    mg = match_magnitude(norm, t.end)
    if mg:
        factor, t.mag_text, t.end = magnitude_factor(mg.group()), mg.group(), mg.end()
        t.value, t.low, t.high = (None if v is None else v * factor for v in (t.value, t.low, t.high))
    rng = _RANGE.match(norm, t.end) if kind in ("ar", "zh", "en") and not t.inside else None
    if rng and (rng.group("conn").lower() != "and" or _BETWEEN.search(norm, floor, start)):
        v2 = parse_core(rng.lastgroup, rng.group(rng.lastgroup))
        mg2 = match_magnitude(norm, rng.end())
        f2 = magnitude_factor(mg2.group()) if mg2 else Decimal(1)
        end2, mag2 = (mg2.end(), mg2.group()) if mg2 else (rng.end(), "")
        lo = t.value if mg else t.value * f2
        if v2 is not None and FROM.search(norm, floor, start):
            t.borrow, t.value, t.mag_text = end2, lo, t.mag_text or mag2
        elif v2 is not None and v2 * f2 > lo:
            t.low, t.high, t.value, t.is_range = lo, v2 * f2, None, True
            t.end, t.mag_text = end2, t.mag_text or mag2
    return t


def is_bare_count(t: Term, core: str) -> bool:
    """Whether a term with no unit is still a figure: it has a magnitude of at least a thousand
    (2万, 5 billion, 一百万, "tens of millions"); 千万/百万 written alone are words, not figures."""
    if t.kind == "ven" or (t.kind == "vzh" and t.mag_text):
        return True
    if t.kind == "zh":
        return (core[0] in ZH_DIGITS or core[0] == "十") and (
            any(c in ZH_BIG for c in core) or bool(t.mag_text))
    return bool(t.mag_text) and magnitude_factor(t.mag_text) >= 1000
