"""Issue 10, sixteenth pass: the size a deal had before a change is no figure of it. An amount right
after a verb of change and "from" ("which was upsized from $N", "reduced from roughly $N", "up from
an initial $N", "trimmed from a planned $N") is the old size: the deal keeps its new amount and no
twin deal carries the old one (`changed_from` in metrics.yaml). An amount before "from" (the
lender's money, "borrowed $600m from X") stays, and so does the size of a facility a firm draws down
from or a framework a deal is set up from (a bare "up"/"down" counts only after a comma, a dash, a
bracket or a copula). Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(tmp_path, body):
    ents, out = run(tmp_path, body)
    return sorted(float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures)


@pytest.mark.parametrize("body, amount", [
    ("Quill Cloud's secured term loan from Harrow Bank, which was upsized from $700 million last "
     "week, now stands at $900 million.", 900e6),
    ("Velmont Cloud signed a $2.4 billion cloud contract with Lorvat AI, up from an initial $1.8 "
     "billion proposal.", 2.4e9),
    ("Harrow Bank will lend Quill Cloud $1.1 billion for five years, reduced from roughly "
     "$1.5 billion in the first term sheet.", 1.1e9),
    ("Lorvat AI agreed to buy cloud capacity from Quill Cloud for $3.2 billion, increased from $2.6 "
     "billion under the first draft.", 3.2e9),
    ("Harrow Bank lent Quill Cloud $500 million, trimmed from a planned $650 million after the "
     "rating cut.", 500e6),
    ("Lorvat AI's capacity order with Quill Cloud, worth $1.1 billion, was cut from roughly "
     "$1.5 billion as demand faded.", 1.1e9),
])
def test_size_before_a_change_is_no_figure(tmp_path, body, amount):
    assert _amounts(tmp_path, body) == [amount]


@pytest.mark.parametrize("body, amount", [
    ("Quill Cloud borrowed $600 million from Harrow Bank to pay for servers.", 600e6),
    ("Velmont Cloud signed a $2 billion cloud contract with Lorvat AI, up 20% from last year's "
     "spending.", 2e9),
    ("Quill Cloud has drawn down from a $2 billion credit facility that Harrow Bank arranged in "
     "May.", 2e9),
    ("Lorvat AI's new contract with Quill Cloud, set up from a $3 billion framework agreement, "
     "covers GPU capacity.", 3e9),
])
def test_amount_before_from_stays(tmp_path, body, amount):
    assert _amounts(tmp_path, body) == [amount]
