"""Issue 10, twelfth pass (moves told short): a genitive with its share word left out ("Y's
slipped 1.8%"), "gave back" as a fall, and a pronoun after an opening phrase right after a move
("At the intraday peak it was up 43%", "At their session high the shares were up 6%") are moves of
the firm; the session's high or peak is intraday; a pronoun saying something else is no move
(invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _moves(ents, out):
    return sorted((ents.names.get(m.firm, m.firm), float(m.percent)) for m in out.moves)


@pytest.mark.parametrize("body, expected", [
    ("Corvane Labs shares rose 3.1%; Helmark Silicon's slipped 1.8% in Taipei.",
     [("Corvane Labs", 3.1), ("Helmark Silicon", -1.8)]),
    ("Corvane Labs rose 2% in Oslo, and Helmark Silicon's fell 0.9%.",
     [("Corvane Labs", 2.0), ("Helmark Silicon", -0.9)]),
    ("Helmark Cloud stock gained 6.5% over the week, though it gave back 1.2% on Friday.",
     [("Helmark Cloud", 6.5), ("Helmark Cloud", -1.2)]),
    ("Helmark Cloud shares rose 3% on Monday. It gave back 1% on Tuesday.",
     [("Helmark Cloud", 3.0), ("Helmark Cloud", -1.0)]),
])
def test_elliptical_genitive_and_gave_back_are_moves(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("Helmark Cloud reported strong bookings, and the stock closed nearly 36% higher. "
     "At the intraday peak it was up 43%.", [("Helmark Cloud", 36.0, False), ("Helmark Cloud", 43.0, True)]),
    ("Corvane Labs shares closed 5% higher on Monday.\n\nAt their session high the shares were up 6%.",
     [("Corvane Labs", 5.0, False), ("Corvane Labs", 6.0, True)]),
    ("Corvane Labs shares ended 2% lower. At its low of the day it had fallen 4%.",
     [("Corvane Labs", -2.0, False), ("Corvane Labs", -4.0, True)]),
])
def test_pronoun_after_an_opening_phrase_moves_and_the_peak_is_intraday(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    got = sorted((ents.names.get(m.firm, m.firm), float(m.percent), m.intraday) for m in out.moves)
    assert got == sorted(expected)


@pytest.mark.parametrize("body", [
    "Helmark Cloud shares rose 3% on Monday. It said revenue grew 20%.",
    "Helmark Cloud shares rose 3%. In a statement, it added that margins widened 2%.",
])
def test_pronoun_saying_something_else_is_no_move(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == [("Helmark Cloud", 3.0)]
