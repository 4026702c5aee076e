"""Issue 10, twenty-fourth pass: what an issue was sought or bid at is not what was sold. A target
put to the market ("went to the market looking for about $15bn", "sounded out investors seeking
$5bn", 曾寻求发行N) and an order book ("after books of more than $4bn", "demand topped $6bn",
认购金额超过N, 订单簿达N) are no figure of the deal (``running_total`` in cues.yaml, read before every
amount); the amount sold stays."""
import pytest

from tests.load.helpers import run


def _amounts(out):
    return sorted(f.figures["amountUSD"].value for f in out.frames if "amountUSD" in f.figures)


@pytest.mark.parametrize("body,amount", [
    ("Pellham Grid priced $900 million of senior notes due 2032 on Monday, after books of more "
     "than $3 billion.", 900_000_000),
    ("Pellham Grid sold $900 million of bonds on Monday; demand topped $2.7 billion.",
     900_000_000),
    ("Pellham Grid sold $900 million of senior notes, after order books peaked at about "
     "$3 billion.", 900_000_000),
    ("Pellham Grid priced $2 billion of notes on Friday. It had gone to the market a day earlier "
     "looking for about $1.5 billion, in as many as four parts.", 2_000_000_000),
    ("沐川科技本周完成发行9亿美元优先票据，认购金额超过30亿美元。", 900_000_000),
    ("沐川科技此前寻求发行6亿美元债券，最终完成发行9亿美元优先票据。", 900_000_000),
], ids=["books-of", "demand-topped", "order-books", "market-looking-for", "zh-subscription",
        "zh-sought-before"])
def test_a_sought_or_bid_amount_is_no_figure(tmp_path, body, amount):
    ents, out = run(tmp_path, body)
    found = _amounts(out)
    assert amount in found, found
    assert all(a == amount for a in found), found


@pytest.mark.parametrize("body,amount", [
    ("Pellham Grid signed orders of $700 million for accelerators with Kestrel Semiconductor.",
     700_000_000),
    ("Pellham Grid placed an order of $700 million for accelerators with Kestrel Semiconductor, "
     "after demand for its cloud doubled.", 700_000_000),
    ("岚策资本认购了其中3亿美元，沐川科技本周完成发行9亿美元优先票据。", 900_000_000),
], ids=["orders-are-a-deal", "order-beside-demand", "zh-holder"])
def test_an_amount_sold_or_ordered_stays(tmp_path, body, amount):
    ents, out = run(tmp_path, body)
    assert amount in _amounts(out), _amounts(out)
