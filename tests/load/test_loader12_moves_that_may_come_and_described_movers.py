"""Issue 10, twelfth pass (precision of moves): a move that may come is no move (a modal or a
forecast before the percentage, an upside after it), and a firm told by a typed description as
the subject of a bare move ("the chipmaker fell 4%", 这家云服务商收跌10%) owns it (invented text
and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _moves(ents, out):
    return sorted((ents.names.get(m.firm, m.firm), float(m.percent)) for m in out.moves)


@pytest.mark.parametrize("body, expected", [
    ("With the shares at $310 and our target at $285, Pennard Systems stock could fall about 8%, "
     "we think.", []),
    ("我们给予澄宇科技“增持”评级，目标价52元，对应约25%的上涨空间。", []),
    ("澄宇科技股价或将上涨20%。", []),
    ("Pennard Systems shares have 25% upside, Barnes Hill said.", []),
    ("Pennard Systems shares rose 3%; the stock could gain another 10% by year-end, analysts said.",
     [("Pennard Systems", 3.0)]),
])
def test_a_move_that_may_come_is_no_move(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("Pennard Semiconductor signed with Helmark Cloud; the chipmaker fell 4% on Friday.",
     [("Pennard Semiconductor", -4.0)]),
    ("Helmark Cloud bought chips from Pennard Semiconductor, and the cloud provider rose 3.5%.",
     [("Helmark Cloud", 3.5)]),
    ("Helmark Cloud agreed a deal with Pennard Semiconductor.\n\n消息公布后，这家云服务商股价收跌10%，封死跌停。",
     [("Helmark Cloud", -10.0)]),
    ("Pennard Semiconductor will supply Helmark Cloud. The chip designer closed 6.5% higher.",
     [("Pennard Semiconductor", 6.5)]),
])
def test_typed_description_as_subject_of_a_bare_move_is_that_firm(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body", [
    "Pennard Systems won the order. The company said the deal covers 20% of its output.",
    "The deal is worth $3bn. The agreement covers 20% of the output.",
    "Helmark Cloud signed with Pennard Semiconductor. The chipmaker holds 15% of the venture.",
])
def test_description_without_a_move_verb_gives_no_move(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == []


@pytest.mark.parametrize("body", [
    "Pennard Power signed a lease with Helmark Data. The power developer was up 2.2% in the morning.",
    "Helmark Data leases land from Pennard Power; the energy company fell 3%.",
    "Pennard Power signed a lease with Helmark Data, and the power developer closed 1.5% higher.",
])
def test_description_of_no_distinct_type_picks_no_mover(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert ("Helmark Data" not in {ents.names.get(m.firm) for m in out.moves})
