"""Regression: two figures of one firm on one day were written as ONE move node with two
`dg:percentChange` values ("jumped 14% in premarket trading … by midday it was up 11.2%"), which
answers neither question and hid a misread (a revenue growth rate told after a stock move became
the move's second value). Each figure of one firm and day is its own move node with one value; a
figure's growth told after the percentage ("up 64% from a year earlier") is no move (invented text
and firm names)."""
from __future__ import annotations

from collections import Counter

import pytest

from tests.load.helpers import run


def _values(ents, out):
    return sorted((ents.names.get(m.firm, m.firm), float(m.percent)) for m in out.moves)


@pytest.mark.parametrize("body, expected", [
    ("Shares of Tarnwick Cloud jumped 14% in premarket trading on Tuesday. By midday Tarnwick "
     "Cloud was up 11.2%.", [("Tarnwick Cloud", 11.2), ("Tarnwick Cloud", 14.0)]),
    ("Oriel Memory shares climbed 8% early on Monday. By late afternoon the shares of Oriel Memory "
     "had gained 5.5%.", [("Oriel Memory", 5.5), ("Oriel Memory", 8.0)]),
    ("Palisade Grid's stock fell 3% at the open. Later, Palisade Grid shares were down 6.5%.",
     [("Palisade Grid", -6.5), ("Palisade Grid", -3.0)]),
])
def test_two_figures_of_one_firm_on_one_day_are_two_move_nodes(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _values(ents, out) == sorted(expected)
    per_node = Counter(m.iri for m in out.moves)
    assert all(n == 1 for n in per_node.values()), per_node


@pytest.mark.parametrize("body", [
    "Tarnwick Cloud's stock rose 6.2% after the company reported revenue of $1.9 billion, up 64% "
    "from a year earlier.",
    "Shares of Oriel Memory Inc. gained 3% as quarterly sales of $800 million rose 20% year on year.",
    "Palisade Grid Corp. shares slipped 2%; net income, $50 million, was down 15% from a year ago.",
])
def test_a_figures_growth_told_after_a_stock_move_is_no_move(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert len(out.moves) == 1, _values(ents, out)


def test_the_same_figure_told_twice_stays_one_move(tmp_path):
    ents, out = run(tmp_path, "Tarnwick Cloud shares rose 4.5%. Tarnwick Cloud closed up 4.5%, "
                              "its best day in a month.")
    assert _values(ents, out) == [("Tarnwick Cloud", 4.5)]
