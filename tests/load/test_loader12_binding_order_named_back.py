"""A sentence about bindingness that names no deal of its own but names an order ("a firm order
… is binding on both sides", "the order is binding") reaches the firm's latest order (a supply or
compute deal), not the deal of that firm told just before it (an investment, a cloud contract)
(invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, language", [
    ("Vantor Chips Inc. said Tollan Labs Inc. had placed a firm order for 2 gigawatts of its "
     "accelerators. Vantor Chips will in turn invest $1 billion in Tollan Labs. \"A firm order "
     "means a firm order, it is binding on both sides,\" Vantor Chips chief executive Ana Ruiz "
     "said.", None),
    ("Tollan Labs Inc. placed a firm order for 1.5 gigawatts of chips with Vantor Chips Inc. "
     "Tollan Labs also signed a $2 billion cloud contract with Orvane Cloud Inc. \"The order is "
     "binding,\" Tollan Labs said on Tuesday.", None),
    ("Brisa Semiconductor Corp. won a purchase order from Orvane AI Inc. for 1 gigawatt of chips. "
     "Brisa Semiconductor will invest $500 million in Orvane AI as well. Brisa Semiconductor "
     "said the order was a firm order and binding.", None),
])
def test_an_order_said_binding_is_the_order_not_the_deal_told_after_it(tmp_path, body,
                                                                           language):
    _, out = run(tmp_path, body, **({"language": language} if language else {}))
    investments = [f for f in out.frames if f.family in ("Investment", "Cloud")]
    orders = [f for f in out.frames if f.family in ("Supply", "Compute")]
    assert investments and orders, [(f.family, f.binding) for f in out.frames]
    assert all(f.binding is None for f in investments), [(f.family, f.binding) for f in out.frames]
    assert any(f.binding is True for f in orders), [(f.family, f.binding) for f in out.frames]
