"""Issue 10, nineteenth pass: a buyer of a bond issue told before may be told by a participle
whose object is an amount or a part of the issue ("X moved first in the book, taking some $450m
of the notes") or by the part it bought, with no figure ("Y also snapped up a big allocation",
"picked up a chunk of the paper"); it is a holder of that issue (``en.bond.taking.part`` in
lexicon/relations.yaml, joined by extract._bond_holders; with no issue told before it is
dropped). Left alone: a slice of anything but the issue (a firm, its equity, the notes another
firm sold), "taking a cut" or "taking a line", "took a leading part", an arranger or bookrunner
told in apposition, and a participle after a lease. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_ISSUE = "Tesmond AI sold $1.4 billion of five-year notes on Tuesday. "


def _bonds(tmp_path, body):
    ents, out = run(tmp_path, body)
    return ents, [f for f in out.frames if f.family == "Bond" and f.merged_into is None]


@pytest.mark.parametrize("body, holder", [
    (_ISSUE + "Gorsley Investors moved first in the book, taking some $450 million of the notes.",
     "Gorsley Investors"),
    (_ISSUE + "Wendlock Partners also snapped up a big allocation, the order book showed.",
     "Wendlock Partners"),
    ("In June, Tesmond AI sold $650 million of bonds. Of the funds that bid, Gorsley Investors "
     "picked up a chunk of the paper.", "Gorsley Investors"),
])
def test_a_buyer_of_part_of_the_issue_is_its_holder(tmp_path, body, holder):
    ents, bonds = _bonds(tmp_path, body)
    assert len(bonds) == 1
    roles = named_roles(ents, bonds[0])
    assert roles["issuer"] == ["Tesmond AI"] and roles["holder"] == [holder]


@pytest.mark.parametrize("body", [
    _ISSUE + "Gorsley Investors bought a large slice of Tesmond AI's equity.",
    _ISSUE + "Gorsley Investors, which manages pensions, is taking a piece of Fanshaw Cloud.",
    # review probes: a fee, a stance, a part played and another firm's notes are no holding
    _ISSUE + "Having arranged it, Hollery Capital, the lead arranger, took its fee, taking a cut "
    "of 0.8% of the deal.",
    _ISSUE + "Brisby Bank, taking a wary line on the credit, sat the deal out.",
    _ISSUE + "Brisby Bank, the sole bookrunner, took a leading part.",
    _ISSUE + "Brisby Bank also bought a large slice of the notes Fanshaw Cloud sold in 2024.",
])
def test_a_slice_of_something_else_is_no_holding(tmp_path, body):
    ents, bonds = _bonds(tmp_path, body)
    assert len(bonds) == 1 and "holder" not in bonds[0].roles


@pytest.mark.parametrize("body", [
    "Gorsley Investors bought a large slice of Wendlock Partners last year.",
    "Tesmond AI signed a lease with Fanshaw Cloud. Fanshaw Cloud was the anchor tenant, "
    "taking most of the campus.",
])
def test_no_issue_told_no_holder(tmp_path, body):
    assert _bonds(tmp_path, body)[1] == []
