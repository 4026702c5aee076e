"""Issue 10: "X一笔约N亿美元的融资……，由A与B牵头": the firm's financing, its banks named after it
(invented text, invented firms)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_zh_a_firms_financing_led_by_banks_named_after_it(tmp_path):
    ents, out = run(tmp_path, "据知情人士透露，开发商岷川科技一笔约90亿美元的融资已接近敲定，由汇川银行与北渚银行牵头。",
                    language="zh")
    deal = next(f for f in out.frames if f.family == "Financing")
    assert named_roles(ents, deal)["borrower"] == ["岷川科技"]
    assert named_roles(ents, deal)["lender"] == ["北渚银行", "汇川银行"]
    assert deal.figures["amountUSD"].value == 9_000_000_000
