"""Issue 10, ninth pass (financing, second round): a first target given up ("after initially
sounding out investors for about $15bn", "having originally targeted about $5bn", 最初计划募集约N)
is no amount of the deal. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, language, amount", [
    ("Brisk Cloud sold $18 billion of senior notes on Sept 26, after initially sounding out investors for "
     "about $15 billion.", None, 18_000_000_000),
    ("Brisk Cloud sold $7 billion of bonds on Monday, having originally targeted about $5 billion.", None,
     7_000_000_000),
    ("（本文为虚构报道。）\n\n青木集团完成一笔18亿美元的债券发行，公司最初计划募集约15亿美元。", "zh", 1_800_000_000),
])
def test_a_first_target_is_no_amount_of_the_issue(tmp_path, body, language, amount):
    _, out = run(tmp_path, body, language=language)
    bonds = [f for f in out.frames if f.family == "Bond"]
    assert len(bonds) == 1
    assert bonds[0].figures["amountUSD"].value == amount
