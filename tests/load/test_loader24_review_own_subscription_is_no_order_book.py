"""Issue 10, review of f0edcff (twenty-fourth pass): an investor's own subscription told as
认购金额为N ("X向Y投资，认购金额为5000万美元") is the investor's amount, no order book: it stays the
deal's figure. An order book (认购金额超过N, 认购金额高达N) is still none (invented sentences and
firms)."""
import pytest

from tests.load.helpers import run

_TYPES = "霜岭资管是投资机构，澄汀云是云服务商。"


def _amounts(tmp_path, body):
    ents, out = run(tmp_path, _TYPES + body, language="zh")
    return sorted(float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures)


@pytest.mark.parametrize("body", [
    "霜岭资管向澄汀云投资，认购金额为5000万美元。",
    "霜岭资管入股澄汀云，认购金额为5000万美元。",
    "霜岭资管向澄汀云投资，认购规模为5000万美元。",
])
def test_an_investor_s_own_subscription_is_its_figure(tmp_path, body):
    assert _amounts(tmp_path, body) == [5e7]


@pytest.mark.parametrize("body", [
    "澄汀云本周完成发行5亿美元优先票据，认购金额超过20亿美元。",
    "澄汀云本周完成发行5亿美元优先票据，认购金额高达20亿美元。",
])
def test_an_order_book_is_still_no_figure(tmp_path, body):
    assert _amounts(tmp_path, body) == [5e8]
