"""Issue 10, eleventh pass (observations): stock moves as market wraps tell them — a description
or a relative between the firm and its move, a limit-down close, a close after an intraday
extreme in one zh sentence, "the stock" of the firm the sentence before spoke of, a move on a
rumour, and a rise and a later fall of one firm (invented text, firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _moves(ents, out):
    return {(ents.names.get(m.firm, m.firm), float(m.percent)) for m in out.moves}


@pytest.mark.parametrize("body, firm, value", [
    ("Tellaro Compute, the GPU rental firm, slid 4.2% on Thursday after a weak outlook.",
     "Tellaro Compute", -4.2),
    ("The session's best performer was Vantrel Systems, which soared 12.5% after the order.",
     "Vantrel Systems", 12.5),
    ("Marrowind Data, a data-centre developer, closed up 3.3% as tenants signed on.",
     "Marrowind Data", 3.3),
    ("跌幅最大的是算力租赁商岚桥智算，收跌6.4%。", "岚桥智算", -6.4),
    ("芯片股中，澄宇微电子（688321）收涨5.1%。", "澄宇微电子", 5.1),
])
def test_move_after_a_description_of_its_firm_is_that_firms(tmp_path, body, firm, value):
    ents, out = run(tmp_path, body)
    assert (firm, value) in _moves(ents, out)


@pytest.mark.parametrize("body, firm, value", [
    ("同日，云服务商岚桥智算开盘即封死跌停，收跌10.0%。", "岚桥智算", -10.0),
    ("受消息提振，澄宇微电子周四开盘即封涨停，全天上涨10.00%。", "澄宇微电子", 10.0),
    ("澄宇微电子早盘快速封板，最终收涨9.98%。", "澄宇微电子", 9.98),
])
def test_limit_up_or_down_then_the_close_is_the_close(tmp_path, body, firm, value):
    ents, out = run(tmp_path, body)
    assert (firm, value) in _moves(ents, out)


@pytest.mark.parametrize("body", [
    "Quorvex Systems当日收涨21.4%，盘中一度大涨30%。",
    "Quorvex Systems收跌6.2%，盘中一度跌超11%。",
    "Quorvex Systems closed up 21.4%, having traded as much as 30% higher intraday.",
])
def test_close_before_an_intraday_extreme_stays_a_close(tmp_path, body):
    ents, out = run(tmp_path, body)
    moves = [m for m in out.moves if ents.names.get(m.firm) == "Quorvex Systems"]
    assert len(moves) == 2
    assert [m.intraday for m in moves] == [False, True]


@pytest.mark.parametrize("body", [
    "Pendry Networks shares fell 1.9% as bonds priced.\n\nElsewhere, traders talked about "
    "Halloran Semiconductor all day. Halloran said it does not comment on rumours; the stock closed up 2.4%.",
    "Pendry Networks shares fell 1.9% as bonds priced.\n\nHalloran Semiconductor declined to comment on "
    "the report. The shares ended 2.4% higher.",
    "Pendry Networks shares fell 1.9% as bonds priced.\n\nHalloran Semiconductor was also in the news "
    "after an analyst upgrade. The stock rose 2.4% by the close.",
])
def test_the_stock_after_a_sentence_about_another_firm_is_that_firms(tmp_path, body):
    ents, out = run(tmp_path, body)
    moves = _moves(ents, out)
    assert ("Halloran Semiconductor", 2.4) in moves
    assert ("Pendry Networks", 2.4) not in moves


@pytest.mark.parametrize("body, firm, value", [
    ("Shares of the turbine maker Brackwell Energy rose 2.2% on speculation that it was near a "
     "deal.", "Brackwell Energy", 2.2),
    ("Brackwell Energy shares slid 3% after a report, which the company denied, that it lost "
     "an order.", "Brackwell Energy", -3.0),
    ("据传Brackwell Energy将获得大额订单，其股价当日收涨5.5%。", "Brackwell Energy", 5.5),
])
def test_move_on_a_rumour_or_a_denial_is_still_a_move(tmp_path, body, firm, value):
    ents, out = run(tmp_path, body)
    assert (firm, value) in _moves(ents, out)


def test_hypothetical_move_is_no_move(tmp_path):
    ents, out = run(tmp_path, "If the order is confirmed, Brackwell Energy shares could rise 20%.")
    assert not out.moves


@pytest.mark.parametrize("body", [
    "Corvell Silicon shares jumped 31% on the day of the deal. They slipped 2.4% on Tuesday.",
    "Corvell Silicon stock soared 31% when the deal was unveiled. A week later the shares fell "
    "2.4% as the dilution sank in.",
    "Corvell Silicon的股价在协议公布当日大涨31%。此后Corvell Silicon股价回落2.4%。",
])
def test_a_rise_and_a_fall_of_one_firm_are_two_moves(tmp_path, body):
    from kg.load.merge import assign_iris  # noqa: F401  (run assigns IRIs)
    ents, out = run(tmp_path, body)
    assert {float(m.percent) for m in out.moves} == {31.0, -2.4}
    assert len({m.iri for m in out.moves}) == 2
