"""Issue 10, twelfth pass (precision of moves): a market wrap's moves on structure, not wording —
each percentage's sign from its own stretch of text, a firm with its own move verb after a share
word owning that move, a sector's or an index's move owned by no firm, a description owning
shares meaning the firm of that type, a firm before ", whose stock" owning it (invented text and
firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _moves(ents, out):
    return sorted((ents.names.get(m.firm, m.firm), float(m.percent)) for m in out.moves)


@pytest.mark.parametrize("body, expected", [
    ("Shares of Pennard Systems rose 3.2% while Helmark Data dropped 1.8%.",
     [("Pennard Systems", 3.2), ("Helmark Data", -1.8)]),
    ("Shares of Pennard Systems jumped 9%, and Helmark Data, its biggest customer, rose 3%.",
     [("Pennard Systems", 9.0), ("Helmark Data", 3.0)]),
    ("澄宇科技股价上涨5.1%，岚桥科技下跌3.2%，沪指收涨0.4%。",
     [("岚桥科技", -3.2), ("澄宇科技", 5.1)]),
    ("The stock of Pennard Systems slid 2.5%, while Helmark Data climbed 1.4%.",
     [("Pennard Systems", -2.5), ("Helmark Data", 1.4)]),
])
def test_second_firm_with_its_own_move_verb_after_a_share_word_owns_its_move(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("Helmark Data's shares rose 5% after Pennard Systems said it would buy a 10% stake in it.",
     [("Helmark Data", 5.0)]),
    ("澄宇科技股价上涨3%，此前公司宣布降价10%。", [("澄宇科技", 3.0)]),
    ("Pennard Systems shares rose 3% after it cut prices by 10%.", [("Pennard Systems", 3.0)]),
    ("Pennard Systems shares had fallen 6% on Monday before rebounding 2% on Tuesday.",
     [("Pennard Systems", -6.0), ("Pennard Systems", 2.0)]),
    ("Amberlyn Compute stock, up as much as 6% in the morning, closed about 5% higher on Friday.",
     [("Amberlyn Compute", 5.0), ("Amberlyn Compute", 6.0)]),
    ("Pennard Systems shares rose 4% on Monday and 3% on Tuesday.",
     [("Pennard Systems", 3.0), ("Pennard Systems", 4.0)]),
])
def test_each_percentage_takes_its_sign_from_its_own_stretch(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("Chip stocks rose 2.1% on Tuesday, with Pennard Systems up 4%.", [("Pennard Systems", 4.0)]),
    ("AI infrastructure shares slid 3% as Pennard Systems warned on margins.", []),
    ("Semiconductor and software stocks fell 1.5%; Pennard Systems ended 2% lower.",
     [("Pennard Systems", -2.0)]),
    ("Tarrow Cloud shares jumped 18% in early trading.", [("Tarrow Cloud", 18.0)]),
])
def test_a_sectors_shares_move_is_no_firms(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("Data-centre stocks led the Nasdaq higher, with the index gaining 1.1%.\n\n"
     "Pennard Systems jumped 7% after the order.", [("Pennard Systems", 7.0)]),
    ("Pennard Systems rose 2% while the Nasdaq fell 1%.", [("Pennard Systems", 2.0)]),
    ("澄宇科技收涨5.1%，大盘下跌1.2%。", [("澄宇科技", 5.1)]),
])
def test_an_index_named_back_moves_no_firm(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body, firm", [
    ("Pennard Semiconductor signed a deal with Helmark Cloud. The chipmaker's shares rose 5%.",
     "Pennard Semiconductor"),
    ("Helmark Cloud agreed to buy chips from Pennard Semiconductor. The cloud provider's stock "
     "fell 5%.", "Helmark Cloud"),
    ("Pennard Semiconductor will supply accelerators to Helmark Cloud. The chip designer's "
     "shares climbed 5% by the close.", "Pennard Semiconductor"),
])
def test_description_owning_shares_is_the_firm_of_that_type(tmp_path, body, firm):
    ents, out = run(tmp_path, body)
    assert {ents.names.get(m.firm) for m in out.moves} == {firm}


@pytest.mark.parametrize("body, expected", [
    ("Pennard Systems owns 9.9% of Helmark Data, whose stock rose 5%.", [("Helmark Data", 5.0)]),
    ("Pennard Systems bought part of Helmark Data (HMD), whose shares fell 2.2% on the news.",
     [("Helmark Data", -2.2)]),
    ("A supplier to Pennard Systems, Helmark Data, whose stock had doubled, slipped 4% on Friday.",
     [("Helmark Data", -4.0)]),
])
def test_firm_before_whose_shares_owns_the_move(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("澄宇科技尾盘拉升，收涨5.1%。", [("澄宇科技", 5.1)]),
    ("澄宇科技盘中一度涨超8%，尾盘回落，收涨2.1%。", [("澄宇科技", 2.1), ("澄宇科技", 8.0)]),
    ("岚桥科技早盘低开，收跌3.6%。", [("岚桥科技", -3.6)]),
])
def test_zh_close_after_a_short_clause_of_the_session(tmp_path, body, expected):
    ents, out = run(tmp_path, body)
    assert _moves(ents, out) == sorted(expected)
