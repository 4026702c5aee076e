"""Issue 10, sixteenth pass: a publisher's own figure for the share move just told. Right after a
move, a sentence that names a publisher and no firm, then a move's size word, "the stock" or "had
it up" ("The Journal put it up as much as 5%", 该股盘中涨幅一度扩大至6%, 盘中跌幅则一度超过5%), is a
second figure of that firm's move; so is a size word far from the share word within the sentence
("…, recovering from what the Journal described as a fall of as much as 3.5%"); "gain" is a word
of a rise. Not when the sentence names a firm of its own, names no publisher, or follows no move.
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
    ("Velmont Cloud shares finished 0.9% higher at $52.30, recovering from what the Harwick "
     "Journal described as a fall of as much as 3.5% in the first hour of trading.", None,
     ("Velmont Cloud", "-3.5")),
    ("澄岭科技股价周三收涨2.8%。彭博社援引交易数据称，该股盘中涨幅一度扩大至6%。", "zh", ("澄岭科技", "6")),
    ("公告发出当天，澄岭科技股价收跌3.6%；据第一财经报道，盘中跌幅则一度超过5%。", "zh", ("澄岭科技", "-5")),
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
])
def test_no_second_value_without_publisher_or_move(tmp_path, body, language, absent):
    assert all(p != Decimal(absent) for _, p in _moves(tmp_path, body, language))
