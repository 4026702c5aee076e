"""Issue 10, tenth pass: stock moves told in new words — an index is no firm, shares owned by a
description, a close after an intraday extreme and the reverse, limit-up closes (invented text
and firm names)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import run


def _moves(ents, out):
    return {(ents.names.get(m.firm), m.percent, m.intraday) for m in out.moves}


@pytest.mark.parametrize("body", [
    "Brisk Cloud signed a deal with Holm Labs. Technology shares pushed the Nasdaq Composite up "
    "0.8% on Wednesday.",
    "Brisk Cloud signed a deal with Holm Labs. Chip stocks lifted the S&P 500 1.1% higher.",
    "云澜科技与星穹科技签署合作协议。科技股股价带动纳指上涨1.3%。",
])
def test_an_index_moved_by_shares_is_no_firms_move(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not out.moves


@pytest.mark.parametrize("body, firm, value", [
    ("The day's biggest mover was Kelvar Networks. The optical-component maker's shares jumped "
     "11.3% after Brisk Cloud agreed to buy its transceivers.", "Kelvar Networks", Decimal("11.3")),
    ("Analysts watched Kelvar Networks closely. Its shares fell 4.2% after Brisk Cloud cut an "
     "order.", "Kelvar Networks", Decimal("-4.2")),
    ("Analysts watched Kelvar Networks closely. The chipmaker's stock slid 3% as Brisk Cloud "
     "delayed payment.", "Kelvar Networks", Decimal("-3")),
])
def test_shares_owned_by_a_description_are_the_firm_named_before_not_one_named_after(
        tmp_path, body, firm, value):
    ents, out = run(tmp_path, body)
    assert {(f, v) for f, v, _ in _moves(ents, out)} == {(firm, value)}


@pytest.mark.parametrize("body, close, extreme", [
    ("消息公布当天，澜岳科技股价收涨17%，盘中一度涨超25%。", Decimal("17"), Decimal("25")),
    ("消息公布后，澜岳科技股价上涨约5%，盘中涨幅一度达到6%。", Decimal("5"), Decimal("6")),
    ("澜岳科技股价当天收涨近36%，报326美元，盘中涨幅一度达到43%。", Decimal("36"), Decimal("43")),
])
def test_a_close_then_an_intraday_extreme_are_two_moves(tmp_path, body, close, extreme):
    ents, out = run(tmp_path, body)
    moves = _moves(ents, out)
    assert ("澜岳科技", close, False) in moves
    assert ("澜岳科技", extreme, True) in moves


@pytest.mark.parametrize("body, extreme, close", [
    ("Chipmaker Ferro Semiconductor climbed as much as 3.1% before closing up 2.4%.", Decimal("3.1"),
     Decimal("2.4")),
    ("Ferro Semiconductor rose as much as 6% and ended up 4%.", Decimal("6"), Decimal("4")),
    ("Ferro Semiconductor fell as much as 5% before closing down 3.5%.", Decimal("-5"), Decimal("-3.5")),
])
def test_an_intraday_extreme_then_a_close_are_two_moves(tmp_path, body, extreme, close):
    ents, out = run(tmp_path, body)
    moves = _moves(ents, out)
    assert ("Ferro Semiconductor", extreme, True) in moves
    assert ("Ferro Semiconductor", close, False) in moves


@pytest.mark.parametrize("body, value", [
    ("澜岳科技股价9月4日早盘即封死涨停，最终收涨20%，市值增至约240亿元。", Decimal("20")),
    ("受公告影响，澜岳科技13日开盘后快速封板，收涨10.01%。", Decimal("10.01")),
    ("澜岳科技当日一字跌停，收跌10%。", Decimal("-10")),
])
def test_a_limit_up_or_down_close_after_a_date_is_a_move(tmp_path, body, value):
    ents, out = run(tmp_path, body)
    assert ("澜岳科技", value) in {(f, v) for f, v, _ in _moves(ents, out)}
