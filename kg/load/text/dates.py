"""Absolute and relative dates in Chinese and English news text, resolved against a reference date.

Words are data (``lexicon/dates.yaml``), compiled once at import; pure standard library.

Conventions (documented, tested):

* ``value`` is the first day of the period named: 2025年10月 -> 2025-10-01 (precision month),
  "Q3 2025" -> 2025-07-01 (quarter), "H2 2026"/2026年下半年 -> 2026-07-01 (half).
* Parts of a month keep precision month with the first day of their ten-day period (旬):
  9月初/上旬/"early September" -> day 1, 中旬/"mid-September" -> 11, 下旬/月底/"late" -> 21.
* A month without a year takes the reference year, unless it lies more than 3 months after the
  reference month (then the year before) or more than 8 months before it (then the year after):
  news mostly reports the recent past. Quarters follow the same rule by their first month.
* A bare weekday ("on Tuesday", 周二) is the most recent such day on or before the reference
  (the same day counts). "last Tuesday" is strictly before, "next Tuesday" strictly after;
  上周二/下周二 are that day in the previous/next calendar week (Monday first).
* "last week"/上周 is the reference minus 7 days (precision week); "this week" the reference.
* ``relative`` is True whenever the reference supplied part of the date; without a reference
  such mentions have ``value`` None.

>>> from datetime import date
>>> [(d.value, d.precision, d.relative) for d in find_dates("9月初,甲骨文股价暴涨", date(2025, 10, 8))]
[(datetime.date(2025, 9, 1), 'month', True)]
>>> [(d.text, d.value) for d in find_dates("released on Wednesday", date(2025, 11, 20))]
[('Wednesday', datetime.date(2025, 11, 19))]
>>> find_dates("the second half of 2026")[0].value
datetime.date(2026, 7, 1)
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.load.text.magnitudes import EN_WORDNUM, alternation, load_lexicon, normalize, parse_core

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    value: date | None
    precision: str          # "day" | "week" | "month" | "quarter" | "half" | "year"
    text: str
    start: int
    end: int
    relative: bool


L = load_lexicon("dates")
MONTHS = {**L["months_en"], **L["month_abbreviations_en"]}
WEEKDAYS_EN, WEEKDAYS_ZH = L["weekdays_en"], L["weekdays_zh"]
REL = {k.lower(): tuple(v) for k, v in L["relative"].items()}
QUARTERS = {str(k): v for k, v in L["quarters"].items()}
MPARTS = {**L["month_parts_zh"], **{k.lower(): v for k, v in L["month_parts_en"].items()}}
YPARTS = L["year_parts_zh"]
YEAR_LO, YEAR_HI = L["year_range"]

_MON = alternation(L["months_en"])
_MON_ANY = rf"(?:{alternation(L['month_abbreviations_en'])}\.?|{_MON})"
_ORD = r"(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?<![\d.])\d{4}(?![\d%]))"
_D = r"(?P<d>(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?!\d))"
_ZD = "〇零一二三四五六七八九"
_ZY = rf"(?P<y>(?<!\d)\d{{4}}|[{_ZD}]{{4}})"
_ZM = r"(?P<m>(?<!\d)(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])"
_ZDAY = r"(?P<d>(?<!\d)(?:[12]\d|3[01]|0?[1-9])|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_MPART_ZH = rf"(?P<part>初(?!{alternation(L['chu_not_before'])})|上旬|中旬|下旬|底|末)"
_YWORD = alternation(L["year_words_zh"])
_ZQ = r"第?(?P<q>[一二三四1-4])季度"
_YPART = rf"(?P<yp>上半年|下半年|初(?!{alternation(L['chu_not_before'])})|底|末)"
_WD_ZH = rf"(?<![一二两三四五六七八九十几每])(?P<shift>[上本这下])?(?:{alternation(L['weekday_prefixes_zh'])})(?P<wd>[{''.join(WEEKDAYS_ZH)}])"
_PREP = alternation(L["month_name_after"], "i")
_AGO_EN = rf"(?P<n>\d+|{EN_WORDNUM}|an?)\s+(?P<u>(?i:{alternation(L['ago_units_en'])}))\s+(?i:{alternation(L['ago_words_en'])})\b"
_AGO_ZH = rf"(?P<n>\d+|[{_ZD}十两]+)(?P<u>{alternation(L['ago_units_zh'])})(?:{alternation(L['ago_words_zh'])})"
_NOT_UNIT = r"(?!\s*(?:%|percent|per cent|billion|million|bn\b|GW|MW|shares|tokens|years?\b|[万亿美元股]))"


def _int(s: str) -> int:
    return int(parse_core("ar" if s[0].isdigit() else "zh", s))


def _year_for(month: int, ref: date, ahead: bool = True) -> int:
    """The year of a month written without one (quarters, ``ahead=False``, never look ahead)."""
    delta = month - ref.month
    return ref.year - 1 if delta > 3 else ref.year + 1 if delta < -8 and ahead else ref.year


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def _safe(y, m, d):
    try:
        return date(y, m, min(d, calendar.monthrange(y, m)[1]) if d > 28 else d)
    except ValueError:
        return None


def _y(m, ref):
    """Year from the match, or inferred from the month; and whether the reference was needed."""
    if m.groupdict().get("y"):
        return _int(m.group("y")), False
    if m.groupdict().get("yw") is not None:
        return (None, True) if ref is None else (ref.year + L["year_words_zh"][m.group("yw")], True)
    return None, True


def _month_day(m, ref, month, day, precision):
    y, rel = _y(m, ref)
    if y is None and rel and ref is not None and not m.groupdict().get("yw"):
        y = _year_for(month, ref)
    return (None if y is None else _safe(y, month, day)), precision, rel


def h_ymd(m, ref):              # 2025年9月22日, 9月22日, 今年9月22日, "Sept. 22, 2025", "Oct 6"
    month = MONTHS[m.group("mn").rstrip(".")] if m.groupdict().get("mn") else _int(m.group("m"))
    return _month_day(m, ref, month, _int(m.group("d")), "day")


def h_ym(m, ref):               # 2025年10月, 9月初, 9月下旬, "late October 2025", "in March"
    g = m.groupdict()
    month = MONTHS[g["mn"].rstrip(".")] if g.get("mn") else _int(g["m"])
    shift = _key(g.get("prep"))
    part = g.get("part") or g.get("epart") or (shift if shift in MPARTS else None)
    if shift in ("last", "next") and ref is not None:       # last October: strictly before ref
        y = ref.year - (month >= ref.month) if shift == "last" else ref.year + (month <= ref.month)
        return _safe(y, month, MPARTS.get(_key(part), 1)), "month", True
    if shift == "this" and ref is not None:
        return _safe(ref.year, month, MPARTS.get(_key(part), 1)), "month", True
    return _month_day(m, ref, month, MPARTS.get(_key(part), 1) if part else 1, "month")


def _key(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


def h_iso(m, ref):
    return _safe(int(m.group("y")), int(m.group("m")), int(m.group("d"))), "day", False


def h_year(m, ref):             # 2027, 2027年, 今年, 2026年底, 2026年下半年
    y, rel = _y(m, ref)
    if y is None:
        return None, "year", rel
    if not (YEAR_LO <= y <= YEAR_HI):
        return False
    part = m.groupdict().get("yp")
    if part:
        month, precision = YPARTS[part]
        return date(y, month, 1), precision, rel
    return date(y, 1, 1), "year", rel


def h_quarter(m, ref):          # Q3 2025, 2025年第三季度, 第三季度, "the third quarter of 2025"
    q = QUARTERS[m.group("q").lower()]
    y, rel = _y(m, ref)
    if y is None and ref is not None and not m.groupdict().get("yw"):
        y = _year_for(3 * q - 2, ref, ahead=False)
    return (None if y is None else date(y, 3 * q - 2, 1)), "quarter", rel


def h_half(m, ref):             # H2 2026, "the second half of 2026", 下半年
    h = m.group("h")
    half = 2 if h in ("2", "下半年") or h.lower() == "second" else 1
    y, rel = _y(m, ref)
    rw = (m.groupdict().get("rw") or "").lower()
    if rw and ref is not None:
        y = ref.year + REL[rw + " year"][1]
    elif y is None and ref is not None and not m.groupdict().get("yw"):
        y = ref.year
    return (None if y is None else date(y, 1 if half == 1 else 7, 1)), "half", rel


def h_relative(m, ref):         # 昨天, 上周, "last month", 去年
    unit, shift = REL[_key(m.group())]
    if ref is None:
        return None, unit, True
    if unit == "day":
        return ref + timedelta(days=shift), "day", True
    if unit == "week":
        return ref + timedelta(days=7 * shift), "week", True
    if unit == "month":
        return _add_months(ref, shift), "month", True
    if unit == "quarter":
        return _add_months(date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), 3 * shift), "quarter", True
    return date(ref.year + shift, 1, 1), "year", True


def h_weekday(m, ref):          # 周二, 上周二, "on Tuesday", "last Tuesday"
    g = m.groupdict()
    wd = WEEKDAYS_ZH[g["wd"]] if g["wd"] in WEEKDAYS_ZH else WEEKDAYS_EN[g["wd"]]
    if ref is None:
        return None, "day", True
    shift = g.get("shift")
    back = (ref.weekday() - wd) % 7
    if shift in L["week_shift_zh"]:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=L["week_shift_zh"][shift])
        return monday + timedelta(days=wd), "day", True
    shift = (shift or "").lower()
    if shift == "last":
        return ref - timedelta(days=back or 7), "day", True
    if shift == "next":
        return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7), "day", True
    if shift == "this":
        return ref - timedelta(days=ref.weekday() - wd), "day", True
    return ref - timedelta(days=back), "day", True


def h_ago(m, ref):              # 三天前, "two weeks ago"
    n = m.group("n").lower()
    n = 1 if n in ("a", "an") else _int(n) if n[0].isdigit() or n[0] in _ZD + "十两" else int(
        parse_core("en", n))
    u = m.group("u")
    unit = L["ago_units_en"].get(u.lower()) or L["ago_units_zh"].get(u)
    if ref is None:
        return None, unit, True
    if unit in ("day", "week"):
        return ref - timedelta(days=n * (7 if unit == "week" else 1)), unit, True
    if unit == "month":
        return _add_months(ref, -n), "month", True
    return date(ref.year - n, 1, 1), "year", True


def h_none(m, ref):
    return False


_RULES = [(re.compile(p), h) for p, h in [
    # Chinese.
    (rf"{_ZY}年{_ZM}月{_ZDAY}[日号]", h_ymd),
    (rf"(?P<yw>{_YWORD}){_ZM}月{_ZDAY}[日号]", h_ymd),
    (rf"(?<![个每本上下当这近]){_ZM}月{_ZDAY}[日号]", h_ymd),
    (rf"{_ZY}年{_ZM}月份?{_MPART_ZH}?", h_ym),
    (rf"(?P<yw>{_YWORD}){_ZM}月份?{_MPART_ZH}?", h_ym),
    (rf"(?<![个每本上下当这近第]){_ZM}月份?{_MPART_ZH}?", h_ym),
    (rf"{_ZY}(?:年|财年)(?:度)?{_YPART}?(?![代级])", h_year),
    (rf"(?P<yw>{_YWORD}){_YPART}", h_year),
    (rf"{_ZY}年{_ZQ}", h_quarter),
    (rf"(?P<yw>{_YWORD}){_ZQ}", h_quarter),
    (rf"(?<![最近上下本这每])(?<!最近){_ZQ}", h_quarter),
    (rf"(?<![年今去明前后本])(?P<h>上半年|下半年)", h_half),
    (alternation(L["unresolved"]), h_none),
    (_WD_ZH, h_weekday),
    (_AGO_ZH, h_ago),
    # English.
    (rf"\b(?P<mn>{_MON_ANY})\s+{_D}{_ORD},?\s+{_Y}", h_ymd),
    (rf"\b{_D}{_ORD}\s+(?:of\s+)?(?P<mn>{_MON_ANY})\.?,?\s+{_Y}", h_ymd),
    (rf"\b(?P<mn>{_MON_ANY})\s+{_D}{_ORD}\b(?!,?\s*\d){_NOT_UNIT}", h_ymd),
    (rf"\b{_D}{_ORD}\s+(?:of\s+)?(?P<mn>{_MON})\b", h_ymd),
    (rf"(?:\b(?P<epart>(?i:early|mid|late|end of|start of|beginning of))[\s-]+)?\b(?P<mn>{_MON_ANY})\s+{_Y}", h_ym),
    (rf"(?:(?<![A-Za-z])(?P<prep>{_PREP})[\s-]+)(?:(?P<epart>(?i:early|mid|late))[\s-]+)?(?P<mn>{_MON})\b", h_ym),
    (r"(?<![A-Za-z0-9_.-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])", h_iso),
    (r"(?<![A-Za-z0-9_./])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])", h_iso),
    (r"\bQ(?P<q>[1-4])(?:\s*(?P<y>\d{4}))?\b|\b(?P<y2>\d{4})\s*Q(?P<q2>[1-4])\b", None),
    (r"(?i:\b(?P<q>first|second|third|fourth)[\s-]quarter\b(?:\s+of\s+(?P<y>\d{4})\b)?)", h_quarter),
    (r"\bH(?P<h>[12])\s*(?P<y>\d{4})?\b", h_half),
    (r"\b(?P<y>\d{4})\s*H(?P<h>[12])\b", h_half),
    (r"(?i:\b(?:the\s+)?(?P<h>first|second)\s+half\b(?:\s+of\s+(?:(?P<y>\d{4})\b|(?P<rw>this|next|last)\s+year\b))?)", h_half),
    (rf"(?i:\b(?:{alternation([k for k in REL if k.isascii()])})\b)|{alternation([k for k in REL if not k.isascii()])}", h_relative),
    (rf"(?:\b(?P<shift>(?i:last|this|next))\s+)?\b(?P<wd>{alternation(WEEKDAYS_EN)})\b(?!s)", h_weekday),
    (_AGO_EN, h_ago),
    (r"\bFY\s?(?P<y>\d{4})\b", h_year),
    (rf"(?<![A-Za-z0-9_$€£¥#.,/:])(?<!\d-)(?P<y>\d{{4}})(?![A-Za-z0-9_%/:]|[.,]\d|-\d){_NOT_UNIT}", h_year),
]]


def h_q_symbol(m, ref):
    q, y = m.group("q") or m.group("q2"), m.group("y") or m.group("y2")
    if y is None:
        if ref is None:
            return None, "quarter", True
        return date(_year_for(3 * int(q) - 2, ref, False), 3 * int(q) - 2, 1), "quarter", True
    return date(int(y), 3 * int(q) - 2, 1), "quarter", False


_RULES = [(r, h or h_q_symbol) for r, h in _RULES]


def find_dates(text: str, reference: date | None = None, lang: str | None = None) -> list[DateMention]:
    """Every date mention in ``text``, left to right, longest match first where they overlap.

    ``lang`` is accepted for symmetry with :func:`kg.load.text.numbers.find_quantities`; both
    languages are always read.
    """
    norm = normalize(text)
    cands = []
    for rx, handler in _RULES:
        for m in rx.finditer(norm):
            cands.append((m.start(), m.end(), m, handler))
    cands.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for s, e, m, handler in cands:
        if s == e or any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        r = handler(m, reference)
        if r is False:
            continue
        value, precision, rel = r
        if m.groupdict().get("prep"):          # "in March": the mention is the month words only
            s = m.start("epart") if m.group("epart") else m.start(
                "prep") if _key(m.group("prep")) in MPARTS else m.start("mn")
        out.append(DateMention(value, precision, text[s:e], s, e, rel))
    return sorted(out, key=lambda d: d.start)
