"""Issue 10, sixteenth pass: the size a deal had before a change is no figure of it. An amount right
after a verb of change and "from" ("upsized from $700m", "up from an initial $1.8bn", "cut from
roughly $1.5bn", "trimmed from a planned $650m") is the old size: the deal keeps its new amount and
no twin deal carries the old one (rules/frames.py `_CHANGED_FROM`). An amount before "from" (the
lender's money, "borrowed $600m from X") stays. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(tmp_path, body):
    ents, out = run(tmp_path, body)
    return sorted(float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures)


@pytest.mark.parametrize("body, amount", [
    ("Quill Cloud sold $900 million of secured notes due 2030, upsized from $700 million, to fund "
     "GPU purchases.", 900e6),
    ("Velmont Cloud signed a $2.4 billion cloud contract with Lorvat AI, up from an initial $1.8 "
     "billion proposal.", 2.4e9),
    ("Velmont Cloud priced $1.1 billion of convertible notes, cut from roughly $1.5 billion as "
     "demand faded.", 1.1e9),
    ("Lorvat AI agreed to buy cloud capacity from Quill Cloud for $3.2 billion, increased from $2.6 "
     "billion under the first draft.", 3.2e9),
    ("Harrow Bank lent Quill Cloud $500 million, trimmed from a planned $650 million after the "
     "rating cut.", 500e6),
])
def test_size_before_a_change_is_no_figure(tmp_path, body, amount):
    assert _amounts(tmp_path, body) == [amount]


@pytest.mark.parametrize("body, amount", [
    ("Quill Cloud borrowed $600 million from Harrow Bank to pay for servers.", 600e6),
    ("Velmont Cloud signed a $2 billion cloud contract with Lorvat AI, up 20% from last year's "
     "spending.", 2e9),
])
def test_amount_before_from_stays(tmp_path, body, amount):
    assert _amounts(tmp_path, body) == [amount]
