"""Issue 10, sixteenth pass: a publisher's own figure for the share move just told. Right after a
move, a sentence that names a publisher and no firm, then a move's size word, "the stock" or "had
it up" ("The Journal put it up as much as 5%", 该股盘中涨幅一度扩大至6%, 盘中跌幅则一度超过5%), is a
second figure of that firm's move; so is a size word far from the share word within the sentence
("…; earlier, by the Journal's tally, a drop of as much as 2.9% had been logged"); "gain" is a word
of a rise. Only an intraday extreme (as much as, 盘中, 一度); not an index's, a sector's, a
forecast's or a metric's figure, nor when the sentence names a firm of its own, names no
publisher, or follows no move.
Invented sentences and firms."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import run


def _moves(tmp_path, body, language=None):
    ents, out = run(tmp_path, body, **({"language": language} if language else {}))
    return {(ents.names.get(m.firm, m.firm), m.percent) for m in out.moves}


@pytest.mark.parametrize("body, language, move", [
    ("Trading in Velmont Cloud was choppy, and the shares ended 2.2% higher. The Harwick Journal "
     "put it up as much as 5% before lunch.", None, ("Velmont Cloud", "5")),
    ("Velmont Cloud shares slid 2.4% on Thursday. The Harwick Journal, citing floor traders, had "
     "them down as much as 4% around noon.", None, ("Velmont Cloud", "-4")),
    # within one sentence: the size word far from the share word, after a semicolon
    ("Quillmont Systems stock ended the day 1.1% lower; earlier in the session, by a tally of the "
     "Brackwater Journal, a drop of as much as 2.9% had been logged.", None,
     ("Quillmont Systems", "-2.9")),
    ("澄岭科技股价周三收涨2.8%。据财新网消息，早盘交易中涨幅一度触及6%。", "zh",
     ("澄岭科技", "6")),
    ("澄岭科技股价当日下跌3.6%，收于每股18.2元。开盘后半小时内，据第一财经消息，该股一度跌去逾5%。", "zh",
     ("澄岭科技", "-5")),
])
def test_publisher_figure_is_a_second_value_of_the_move(tmp_path, body, language, move):
    firm, percent = move
    assert (firm, Decimal(percent)) in _moves(tmp_path, body, language)


@pytest.mark.parametrize("body, language, absent", [
    # the sentence names a firm of its own: its sales, no move of the first firm
    ("Velmont Cloud shares rose 2%. The Harwick Journal said Quorrin Systems saw a gain of 5% in "
     "sales.", None, "5"),
    # no publisher: a metric's growth, no move
    ("Velmont Cloud shares rose 2%. Revenue showed a gain of 12% in the quarter.", None, "12"),
    # no move told before
    ("The Harwick Journal had it up 4% in a note on the sector.", None, "4"),
    # an index's gain told by the publisher, within the sentence and after it
    ("Quillmont Systems shares rose 2.1% on Monday, while the Brackwater Journal reported a gain of "
     "1.2% for the Nasdaq Composite over the same session.", None, "1.2"),
    ("Quillmont Systems shares rose 2.1%. The Brackwater Journal reported a rise of 1.4% in the "
     "broader index.", None, "1.4"),
    # a forecast
    ("Quillmont Systems shares rose 2.1%. The Brackwater Journal, citing analysts, expects a rise of "
     "15% in the stock over the next year.", None, "15"),
    # a metric's growth
    ("Quillmont Systems shares rose 2.1%. The Brackwater Journal reported a rise of 9% in cloud "
     "revenue.", None, "9"),
    # zh: the sector's, an index's, a forecast's and a metric's figures
    ("澄岭科技股价收涨2.8%。据财新网报道，同板块个股涨幅普遍在5%左右。", "zh", "5"),
    ("澄岭科技股价收涨2.8%。据财新网报道，创业板指涨幅为1.9%。", "zh", "1.9"),
    ("澄岭科技股价收涨2.8%。据财新网报道，分析师预计该股未来一年涨幅可达20%。", "zh", "20"),
    ("澄岭科技股价收涨2.8%。据财新网报道，公司三季度营收涨幅为35%。", "zh", "35"),
])
def test_no_second_value_without_publisher_or_move(tmp_path, body, language, absent):
    assert all(p != Decimal(absent) for _, p in _moves(tmp_path, body, language))
