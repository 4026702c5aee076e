"""Issue 10, thirteenth pass: "… pledged to invest up to $5bn in Anthropic, and Nvidia agreed to
invest up to $10bn" made one investment into Anthropic *and Nvidia* (the comma-and joined the two
firms as a list). A firm after ", and" that a finite verb follows, when the firm before is a
preposition's object, opens a clause of its own: no list. A list that is the subject ("X and Y
will invest …") stays one. Invented text and firm names."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _investees(ents, out):
    return [sorted(ents.names.get(i, i) for i in f.roles.get("investee", ()))
            for f in out.frames if f.family == "Investment"]


@pytest.mark.parametrize("body", [
    "In return Caspian Cloud pledged to invest up to $5 billion in Stellan AI, and Orvane Semiconductor "
    "agreed to invest up to $10 billion.",
    "Caspian Cloud will put $2 billion into Stellan AI, and Orvane Semiconductor said it would add $1 billion.",
    "Caspian Cloud invested $2 billion in Stellan AI, and Orvane Semiconductor also put in $1 billion.",
])
def test_a_firm_opening_a_new_clause_joins_no_list(tmp_path, body):
    ents, out = run(tmp_path, body, language="en")
    assert _investees(ents, out) and all(v == ["Stellan AI"] for v in _investees(ents, out)), \
        _investees(ents, out)


def test_a_lender_opening_a_new_clause_is_no_borrower(tmp_path):
    ents, out = run(tmp_path, "Harrow Bank lent $300 million to Stellan AI, and Larkspur Capital "
                    "provided another $200 million.", language="en")
    for f in out.frames:
        assert "Larkspur Capital" not in {ents.names.get(i, i) for i in f.roles.get("borrower", ())}


def test_a_subject_list_stays_a_list(tmp_path):
    # (one contract: "signed contracts with A and B" is several deals told at once, a recap with
    # no deal of its own since the twenty-fourth pass, tests/load/test_loader24_several_deals_…)
    ents, out = run(tmp_path, "Caspian Cloud signed a contract with Stellan AI and Tessary Labs.", language="en")
    assert any(len(f.roles.get("customer", ())) == 2 for f in out.frames)
