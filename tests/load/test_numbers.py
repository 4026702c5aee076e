"""Numbers, magnitudes, money, power, percentages, shares, tokens and terms (kg.load.text.numbers)."""
from __future__ import annotations

import time
from decimal import Decimal

import pytest

from kg.load.text.magnitudes import load_lexicon, parse_number, parse_zh
from kg.load.text.numbers import (Quantity, as_percent, find_counts, find_durations, find_money,
                             find_percentages, find_power, find_quantities, find_share_counts,
                             find_tokens)

D = Decimal


@pytest.mark.parametrize("text, expected", [
    ("1.6亿", 160000000), ("一百五十亿", 15000000000), ("9.7万亿", 9700000000000),
    ("1,300", 1300), ("1，000", 1000), ("10 billion", 10000000000), ("$1.2bn", 1200000000),
    ("两", 2), ("1300万亿", 1300000000000000), ("3千亿", 300000000000),
    ("两千亿", 200000000000), ("1.4万亿", 1400000000000), ("１０００亿", 100000000000),
    ("一亿六千万", 160000000), ("三万五", 35000), ("一百零五", 105), ("十二", 12),
    ("二十", 20), ("二〇二五", 2025), ("1.3 quadrillion", 1300000000000000),
    ("twenty-five", 25), ("one hundred and fifty", 150), ("a billion", 1000000000),
    ("US$100bn", 100000000000), ("$38B", 38000000000), ("24.3M", 24300000),
    ("5 mn", 5000000), ("€3 tn", 3000000000000), ("0.5", D("0.5")), ("1千万亿", 10 ** 15),
])
def test_parse_number(text, expected):
    assert parse_number(text) == D(expected)


@pytest.mark.parametrize("text", ["十几", "", "abc", "几十", "tens of billions", "GB200", "1.2.3"])
def test_parse_number_none(text):
    assert parse_number(text) is None


def test_parse_zh_rejects_other_characters():
    assert parse_zh("十几") is None and parse_zh("") is None


def one(text, **kw) -> Quantity:
    qs = find_quantities(text, **kw)
    assert len(qs) == 1, qs
    return qs[0]


# (text, value, unit, bound)
CASES = [
    # The brief's must-work list, Chinese.
    ("总价值1万亿美元的算力采购协议", 10 ** 12, "USD", "exact"),
    ("承诺投资1000亿美元", 10 ** 11, "USD", "exact"),
    ("约3000亿美元的云计算协议", 3 * 10 ** 11, "USD", "approximately"),
    ("最多1000亿美元", 10 ** 11, "USD", "upTo"),
    ("至多1000亿美元", 10 ** 11, "USD", "upTo"),
    ("高达1000亿美元", 10 ** 11, "USD", "upTo"),
    ("年营收仅120亿美元", 12 * 10 ** 9, "USD", "exact"),
    ("获得约9亿美元营收", 9 * 10 ** 8, "USD", "approximately"),
    ("一百五十亿美元", 15 * 10 ** 9, "USD", "exact"),
    ("授予最多1.6亿股认证股权", 160000000, "shares", "upTo"),
    ("约占公司10%", 10, "percent", "approximately"),
    ("超过40%", 40, "percent", "moreThan"),
    ("股价上涨超40%", 40, "percent", "moreThan"),
    ("股价仍暴涨39%", 39, "percent", "exact"),
    ("每月处理约9.7万亿tokens", D("9.7e12"), "tokens", "approximately"),
    ("每月处理9.7万亿个token", D("9.7e12"), "tokens", "exact"),
    ("部署6G瓦的AMD芯片", 6, "GW", "exact"),
    ("部署6吉瓦的AMD芯片", 6, "GW", "exact"),
    ("206兆瓦", D("0.206"), "GW", "exact"),
    ("3千亿美元", 3 * 10 ** 11, "USD", "exact"),
    ("两千亿美元", 2 * 10 ** 11, "USD", "exact"),
    ("1.4万亿美元", D("1.4e12"), "USD", "exact"),
    ("１０００亿美元", 10 ** 11, "USD", "exact"),
    ("1,000亿美元", 10 ** 11, "USD", "exact"),
    ("人民币100亿元", 10 ** 10, "CNY", "exact"),
    ("100亿元人民币", 10 ** 10, "CNY", "exact"),
    ("投资500亿元", 5 * 10 ** 10, "CNY", "exact"),
    ("20座核电站", 20, "count", "exact"),
    ("为期5年的合同", 5, "years", "exact"),
    ("五年期租约", 5, "years", "exact"),
    ("超过30亿美元", 3 * 10 ** 9, "USD", "moreThan"),
    ("逾20倍", None, None, None),
    ("1000多亿美元", 10 ** 11, "USD", "moreThan"),
    ("100亿美元以上", 10 ** 10, "USD", "atLeast"),
    ("10年左右", 10, "years", "approximately"),
    ("三十多年", 30, "years", "moreThan"),
    ("不到一个月", 1, "months", "lessThan"),
    ("3个月", 3, "months", "exact"),
    ("百分之四十", 40, "percent", "exact"),
    ("三成", 30, "percent", "exact"),
    ("2.5个百分点", D("2.5"), "percentage_points", "exact"),
    ("约2430万股", 24300000, "shares", "approximately"),
    ("至多一亿六千万股", 160000000, "shares", "upTo"),
    ("每股23.28美元", D("23.28"), "USD", "exact"),
    ("至少10吉瓦", 10, "GW", "atLeast"),
    ("4500兆瓦", D("4.5"), "GW", "exact"),
    ("2万千瓦", D("0.02"), "GW", "exact"),
    ("欧元50亿", None, None, None),
    ("50亿欧元", 5 * 10 ** 9, "EUR", "exact"),
    ("¥100亿", 10 ** 10, "CNY", "exact"),
    # English.
    ("$100 billion", 10 ** 11, "USD", "exact"),
    ("US$100bn", 10 ** 11, "USD", "exact"),
    ("$1.2bn", 12 * 10 ** 8, "USD", "exact"),
    ("$38B", 38 * 10 ** 9, "USD", "exact"),
    ("38 billion dollars", 38 * 10 ** 9, "USD", "exact"),
    ("$350 million", 35 * 10 ** 7, "USD", "exact"),
    ("$3.0 billion", 3 * 10 ** 9, "USD", "exact"),
    ("USD 5 billion", 5 * 10 ** 9, "USD", "exact"),
    ("€5bn", 5 * 10 ** 9, "EUR", "exact"),
    ("more than $20 billion", 2 * 10 ** 10, "USD", "moreThan"),
    ("up to $100 billion", 10 ** 11, "USD", "upTo"),
    ("about $300 billion", 3 * 10 ** 11, "USD", "approximately"),
    ("as much as $2 billion", 2 * 10 ** 9, "USD", "upTo"),
    ("at least $6.3bn", D("6.3e9"), "USD", "atLeast"),
    ("less than $1bn", 10 ** 9, "USD", "lessThan"),
    ("$1bn or more", 10 ** 9, "USD", "atLeast"),
    ("$1bn+", 10 ** 9, "USD", "moreThan"),
    ("nearly 36%", 36, "percent", "approximately"),
    ("as much as 4.4%", D("4.4"), "percent", "upTo"),
    ("roughly 7 per cent", 7, "percent", "approximately"),
    ("~4%", 4, "percent", "approximately"),
    ("about 2.5 percentage points", D("2.5"), "percentage_points", "approximately"),
    ("50 basis points", D("0.5"), "percentage_points", "exact"),
    ("roughly a tenth of the company", 10, "percent", "approximately"),
    ("160 million shares", 160000000, "shares", "exact"),
    ("up to 160 million AMD shares", 160000000, "shares", "upTo"),
    ("24.3M shares", 24300000, "shares", "exact"),
    ("6 GW", 6, "GW", "exact"), ("6GW", 6, "GW", "exact"), ("1.2 GW", D("1.2"), "GW", "exact"),
    ("6 gigawatts", 6, "GW", "exact"), ("six gigawatts", 6, "GW", "exact"),
    ("a six-gigawatt deal", 6, "GW", "exact"), ("at least 10 gigawatts", 10, "GW", "atLeast"),
    ("up to one gigawatt", 1, "GW", "upTo"), ("the first 1 GW", 1, "GW", "exact"),
    ("206 MW", D("0.206"), "GW", "exact"), ("206 megawatts", D("0.206"), "GW", "exact"),
    ("a 7-year deal", 7, "years", "exact"), ("seven years", 7, "years", "exact"),
    ("a seven-year cloud deal", 7, "years", "exact"),
    ("over seven years", 7, "years", "exact"),
    ("over roughly five years", 5, "years", "approximately"),
    ("for five years", 5, "years", "exact"), ("18 months", 18, "months", "exact"),
    ("1.3 quadrillion tokens", D("1.3e15"), "tokens", "exact"),
    ("one cent each", D("0.01"), "USD", "exact"),
    ("14 cents", D("0.14"), "USD", "exact"),
    ("a stake of roughly 4%", 4, "percent", "approximately"),
    ("500 yuan", 500, "CNY", "exact"),
    ("1300万亿", D("1.3e15"), "count", "exact"),
    ("上涨39%", 39, "percent", "exact"),
    ("9亿美元", 9 * 10 ** 8, "USD", "exact"),
    ("超40%", 40, "percent", "moreThan"),
    ("6 GW or more", 6, "GW", "atLeast"),
    ("40%以上", 40, "percent", "atLeast"),
]


@pytest.mark.parametrize("text, value, unit, bound", CASES)
def test_find_quantities(text, value, unit, bound):
    qs = find_quantities(text)
    if value is None:
        assert [q for q in qs if q.unit != "count"] == []
        return
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.value, q.unit, q.bound) == (D(value), unit, bound)
    assert q.text == text[q.start:q.end] and q.text.strip()


@pytest.mark.parametrize("text", [
    "2025年至今", "2025年10月", "in 2025", "since 1992", "9月22日", "September 22, 2025",
    "Q3 2025", "H2 2026", "第二梯队", "第三季度", "GB200 chips", "MI450", "2025-10-06",
    "the first gigawatt", "each gigawatt", "未来几年内", "几天前", "两天内", "一场晚宴",
    "千万不要", "亿万富翁", "万一", "统一", "10/06/2025", "07:30", "一成不变", "成为",
    "股价", "每一吉瓦", "the 2026 midterms", "two campuses", "3rd", "5G network",
    "1,000 employees", "一家公司", "上一年", "成本", "多元化", "AI应用元年",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_vague_watts_not_converted():
    q = one("计划部署十几瓦的AI基础设施")
    assert (q.unit, q.bound, q.low, q.high, q.value) == ("W", "range", 11, 19, 15)
    assert q.text == "十几瓦"


@pytest.mark.parametrize("text, unit, low, high, bound", [
    ("tens of billions of dollars", "USD", D("2e10"), D("9.9e10"), "approximately"),
    ("hundreds of thousands of GPUs", "count", 200000, 999000, "approximately"),
    ("数百亿美元", "USD", D("2e10"), D("9.99e10"), "range"),
    ("数十亿美元", "USD", D("2e9"), D("9.9e9"), "range"),
    ("二十几家", "count", 21, 29, "range"),
    ("几亿美元", "USD", D("2e8"), D("9e8"), "range"),
    ("10-20亿美元", "USD", D("1e9"), D("2e9"), "range"),
    ("10%至20%", "percent", 10, 20, "range"),
    ("$10-15 billion", "USD", D("1e10"), D("1.5e10"), "range"),
    ("between 10 and 20 GW", "GW", 10, 20, "range"),
    ("7-8 years", "years", 7, 8, "range"),
])
def test_vague_and_ranges(text, unit, low, high, bound):
    q = one(text)
    assert (q.unit, q.low, q.high, q.bound) == (unit, D(low), D(high), bound)
    assert q.value == (q.low + q.high) / 2


def test_at_least_vague():
    q = one("上百家")
    assert (q.value, q.low, q.high, q.bound) == (100, 100, None, "atLeast")


def test_from_to_is_two_figures_not_a_range():
    assert [(q.value, q.unit) for q in find_quantities("从10亿到20亿美元")] == \
        [(D(10 ** 9), "USD"), (D(2 * 10 ** 9), "USD")]
    assert [q.value for q in find_quantities("from $10bn to $20bn")] == [D(10 ** 10), D(2 * 10 ** 10)]


def test_original_value_and_unit():
    q = one("1000亿美元")
    assert (q.original_value, q.original_unit) == (1000, "亿美元")
    q = one("206 megawatts")
    assert (q.original_value, q.original_unit) == (206, "MW")
    assert one("$1.2bn").original_unit == "$bn"
    assert one("五十亿美元").original_value == 50
    assert (one("206兆瓦").original_value, one("206兆瓦").original_unit) == (206, "MW")
    assert one("6吉瓦").original_unit == "GW" and one("十几瓦").original_unit == "W"


# The lexicon is data: every word in it is recognised, so adding one needs no code change.
LEX = load_lexicon("magnitudes")
UNITS = load_lexicon("units")


@pytest.mark.parametrize("bound, cue", [(b, w) for b, ws in LEX["bounds_before"].items() for w in ws])
def test_every_cue_before(bound, cue):
    sep = " " if cue.isascii() and cue[0].isalpha() else ""
    assert one(f"{cue}{sep}40%").bound == bound


@pytest.mark.parametrize("bound, cue", [(b, w) for b, ws in LEX["bounds_after"].items() for w in ws])
def test_every_cue_after(bound, cue):
    sep = " " if cue[0].isalpha() and cue.isascii() else ""
    assert one(f"40%{sep}{cue}").bound == bound


@pytest.mark.parametrize("surface, code", [(s, c) for part in ("zh", "symbols", "words")
                                           for s, c in UNITS["currencies"][part].items()])
def test_every_currency_word(surface, code):
    q = one(f"500 {surface}" if surface.isascii() else f"500{surface}")
    assert (q.unit, q.value) == (code, 500)


@pytest.mark.parametrize("surface, code", list(UNITS["currencies"]["prefix"].items()))
def test_every_currency_prefix(surface, code):
    q = one(f"{surface}500亿")
    assert (q.unit, q.value) == (code, 5 * 10 ** 10)


@pytest.mark.parametrize("surface, unit_factor", [(s, v) for part in ("zh", "symbols", "words")
                                                  for s, v in UNITS["power"][part].items()])
def test_every_power_unit(surface, unit_factor):
    q = one(f"5 {surface}" if surface.isascii() else f"5{surface}")
    unit, factor = unit_factor
    assert q.original_unit == unit
    assert (q.unit, q.value) == (("W", 5) if factor is None else ("GW", 5 * D(str(factor))))


def test_cents_per_dollar():
    qs = find_quantities("甲骨文获得约9亿美元营收,但每1美元销售额的毛利仅14美分。")
    assert [(q.value, q.unit) for q in qs] == [(D(9 * 10 ** 8), "USD"), (14, "cents_per_dollar")]
    assert as_percent(qs[1]) == 14
    q = one("a gross profit of 14 cents for every dollar of sales")
    assert (q.value, q.unit, as_percent(q)) == (14, "cents_per_dollar", 14)
    assert as_percent(one("$5bn")) is None and as_percent(one("7%")) == 7


@pytest.mark.parametrize("text, direction", [
    ("股价上涨超40%", "up"), ("股价仍暴涨39%", "up"), ("股价下跌5%", "down"), ("回调了8%", "down"),
    ("Nvidia stock rose 3.6% on the day", "up"), ("shares fell as much as 7%", "down"),
    ("closed 23.7% higher", "up"), ("ended 4% lower", "down"), ("the stock was up 43%", "up"),
    ("Broadcom stock gained 9.9%", "up"), ("a stake of roughly 4%", None), ("约占公司10%", None),
])
def test_percentage_direction(text, direction):
    q, = find_percentages(text)
    assert q.direction == direction


def test_unit_inherited_by_bare_figure():
    qs = find_quantities("谷歌每月处理约9.7万亿tokens,2025年10月已增至1300万亿;供给端紧张")
    assert [(q.value, q.unit, q.unit_inferred) for q in qs] == [
        (D("9.7e12"), "tokens", False), (D("1.3e15"), "tokens", True)]
    q = one("目前每月处理的token已超过1.3千万亿")
    assert (q.unit, q.bound, q.unit_inferred) == ("tokens", "moreThan", True)
    assert one("员工人数达2万").unit == "count"


def test_seed_sentence_left_to_right():
    text = ("上周,双方宣布未来几年内OpenAI将部署6G瓦的AMD芯片,作为回报,AMD向OpenAI授予最多1.6亿股"
            "认证股权(约占公司10%)")
    qs = find_quantities(text)
    assert [(q.text, q.unit) for q in qs] == [
        ("6G瓦", "GW"), ("最多1.6亿股", "shares"), ("约占公司10%", "percent")]
    assert all(a.end <= b.start for a, b in zip(qs, qs[1:]))


def test_filtered_views():
    text = "OpenAI will deploy 6 GW, AMD grants up to 160 million shares (10%) for $5bn and 20座 plus 1.3 quadrillion tokens over five years"
    assert [q.unit for q in find_power(text)] == ["GW"]
    assert [q.value for q in find_share_counts(text)] == [160000000]
    assert [q.value for q in find_percentages(text)] == [10]
    assert [q.value for q in find_money(text)] == [5 * 10 ** 9]
    assert [q.value for q in find_counts(text)] == [20]
    assert [q.unit for q in find_tokens(text)] == ["tokens"]
    assert [q.value for q in find_durations(text)] == [5]


def test_full_width_offsets_are_original():
    text = "约３０００亿美元"
    q = one(text)
    assert (q.value, q.text, q.start, q.end) == (D(3 * 10 ** 11), text, 0, len(text))


def test_yen_hint():
    assert one("¥100亿").unit == "CNY" and one("¥100亿", lang="ja").unit == "JPY"


def test_speed():
    """The loader's budget is 1,000 articles a minute on 2 cores: a few ms per article here."""
    article = " ".join(text for text, *_ in CASES) * 3      # ~6,000 characters, zh and en
    start = time.perf_counter()
    for _ in range(20):
        find_quantities(article)
    assert time.perf_counter() - start < 2.0
