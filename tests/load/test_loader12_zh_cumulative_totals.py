"""Issue 10 names the class: a running total ("bringing the total to $22.4bn") became a deal or a
deal's figure. Chinese copy tells it with 累计 ("…5月追加40亿美元，累计达224亿美元"): the sum of
deals told before, never a deal's amount (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(out):
    return sorted(float(f.figures["amountUSD"].value) for f in out.frames
                  if "amountUSD" in f.figures)


@pytest.mark.parametrize("body, total", [
    ("今年3月，星图智能与云服务商云峤计算签下最高100亿美元的算力合同，5月双方追加20亿美元，累计达120亿美元。",
     12e9),
    ("云服务商云峤计算有限公司与星图科技签署了50亿美元的云服务合同。此后双方又追加30亿美元，合同累计金额已达约80亿美元。",
     8e9),
    ("大模型公司星图科技向云服务商云峤计算有限公司下了20亿美元的算力订单，随后再追加10亿美元，两笔订单累计为30亿美元。", 3e9),
])
def test_a_cumulative_total_is_no_deals_amount(tmp_path, body, total):
    _, out = run(tmp_path, body, language="zh")
    assert out.frames, "the deal itself is read"
    assert total not in _amounts(out), _amounts(out)
