"""Issue 10, twelfth pass (names on market copy): a run of two capitalised words or more as the
subject of a move verb with its percentage is a firm even when the article names it once
("Helix Fabric closed up 7.8%", "Elsewhere, Stratos Memory gained 3.3%"), unless the run names a
market (an index, an ETF, a Treasury yield); a metric in a clause naming no firm belongs to the
firm of the sentence's metric before it (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _moves(ents, out):
    return sorted((ents.names.get(m.firm, m.firm), float(m.percent)) for m in out.moves)


@pytest.mark.parametrize("body, expected", [
    ("Tarnwick Fabric closed up 7.8% on Wednesday after an order.", [("Tarnwick Fabric", 7.8)]),
    ("Bonds were quiet. Elsewhere, Oriel Memory gained 3.3% and Palisade Grid lost 2.9%.",
     [("Oriel Memory", 3.3), ("Palisade Grid", -2.9)]),
    ("Investors sold cloud names; Vantor Photonics fell as much as 6 percent before recovering.",
     [("Vantor Photonics", -6.0)]),
    ("Tarnwick Fabric shed 4.1% in early trade, while Oriel Memory added 1.2%.",
     [("Oriel Memory", 1.2), ("Tarnwick Fabric", -4.1)]),
])
def test_capitalised_run_moving_by_a_percentage_is_a_firm(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body", [
    "The Nasdaq Composite rose 0.9% and the Sigma Compute Index added 0.4%.",
    "The Harbor AI Infrastructure ETF ended 0.3% lower. The 10-year Treasury Yield rose 2%.",
    "Brent Crude fell 1.5% on Tuesday.",
])
def test_market_runs_moving_are_no_firms(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert out.moves == []
    assert not [m for m in ents.mentions if m.kind == "firm"]


def test_single_word_told_once_is_not_read_by_its_move(tmp_path):
    ents, out = run(tmp_path, "Markets were mixed. Europe fell 1.2% while Asia gained 0.8%.")
    assert out.moves == []


def test_metric_in_a_firmless_clause_is_the_firm_of_the_metric_before(tmp_path):
    ents, out = run(tmp_path, "Oriel Memory gained 3.3% after raising its revenue forecast to $14 billion, "
                              "and Palisade Networks lost 2.9% after reporting quarterly revenue of "
                              "$2.05 billion, slightly below estimates, and a gross margin of 57.5%.")
    got = sorted((ents.names[m.firm], m.name, float(m.value)) for m in out.metrics)
    assert got == [("Oriel Memory", "revenue", 1.4e10), ("Palisade Networks", "grossMargin", 57.5),
                   ("Palisade Networks", "revenue", 2.05e9)]
