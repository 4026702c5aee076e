"""Issue 10, nineteenth pass: a buyer of a bond issue told before may be told by a participle
after its clause ("X came in early, taking about $700m of the issue") or by the part it bought,
with no figure ("Y, a pension manager, also bought a large slice", "picked up a chunk of the
paper"); it is a holder of that issue (``en.bond.taking.part`` in lexicon/relations.yaml, joined
by extract._bond_holders; with no issue told before it is dropped). A slice of anything but the
issue (a firm, its equity) is no holding, and a participle after a lease is no bond. Invented
sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_ISSUE = "Pellary Compute priced $2.2 billion of seven-year notes on Friday. "


def _bonds(tmp_path, body):
    ents, out = run(tmp_path, body)
    return ents, [f for f in out.frames if f.family == "Bond" and f.merged_into is None]


@pytest.mark.parametrize("body, holder", [
    (_ISSUE + "Larchfield Asset Management came in early, taking about $700 million of the issue.",
     "Larchfield Asset Management"),
    (_ISSUE + "Orrinby Partners, a pension manager, also bought a large slice.", "Orrinby Partners"),
    ("Pellary Compute sold $900 million of bonds in March. Among the buyers, Larchfield Asset "
     "Management picked up a chunk of the paper.", "Larchfield Asset Management"),
])
def test_a_buyer_of_part_of_the_issue_is_its_holder(tmp_path, body, holder):
    ents, bonds = _bonds(tmp_path, body)
    assert len(bonds) == 1
    roles = named_roles(ents, bonds[0])
    assert roles["issuer"] == ["Pellary Compute"] and roles["holder"] == [holder]


@pytest.mark.parametrize("body", [
    _ISSUE + "Larchfield Asset Management bought a large slice of Pellary Compute's equity.",
    _ISSUE + "Larchfield Asset Management, which manages pensions, is taking a piece of Dunstall "
    "Cloud.",
])
def test_a_slice_of_something_else_is_no_holding(tmp_path, body):
    ents, bonds = _bonds(tmp_path, body)
    assert len(bonds) == 1 and "holder" not in bonds[0].roles


@pytest.mark.parametrize("body", [
    "Larchfield Asset Management bought a large slice of Orrinby Partners last year.",
    "Pellary Compute signed a lease with Dunstall Cloud. Dunstall Cloud was the anchor tenant, "
    "taking most of the campus.",
])
def test_no_issue_told_no_holder(tmp_path, body):
    assert _bonds(tmp_path, body)[1] == []
