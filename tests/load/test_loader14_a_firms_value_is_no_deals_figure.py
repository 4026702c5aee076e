"""Issue 10, fourteenth pass: a firm's value told beside a deal is no figure of the deal (invented
text and firm names) — a funding round's valuation ("at a $31bn valuation", 估值), a market
capitalisation, a market value that describes a firm ("市值逾2600亿美元的半导体巨头X"). The worth of
a holding (持有…股份，对应市值约21亿美元; "a holding worth $3bn") stays the stake's amount."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(out):
    return [float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures]


@pytest.mark.parametrize("body, language, value", [
    ("市值逾2600亿美元的半导体巨头岩序半导体将向明川智能供应1.5吉瓦的加速卡，双方已签署协议。", "zh", 2.6e11),
    ("星澜资本以约120亿美元的估值向明川智能投资5亿美元。", "zh", 1.2e10),
    ("Fernwood Capital invested $500 million in Lumio AI at a $31 billion valuation.", "en", 3.1e10),
    ("Fernwood Capital agreed to invest $400 million in Lumio AI in a round that values the "
     "company at about $18 billion.", "en", 1.8e10),
    ("Kestrelmoor Systems, a chipmaker with a market capitalisation of $95 billion, agreed to supply "
     "Lumio AI with 1 gigawatt of accelerators.", "en", 9.5e10),
    ("明川智能获得星澜资本投资3亿美元，投后估值达到60亿美元。", "zh", 6e9),
])
def test_a_firms_value_goes_to_no_deal(tmp_path, body, language, value):
    _, out = run(tmp_path, body, language=language)
    assert value not in _amounts(out), [(f.family, f.figures) for f in out.frames]


@pytest.mark.parametrize("body, language, amount", [
    ("星澜资本投资明川智能5亿美元，估值未披露。", "zh", 5e8),
    ("截至上月，星澜资本持有明川智能约4.5%的股份，对应市值约21亿美元。", "zh", 2.1e9),
    ("Fernwood Capital invested $500 million in Lumio AI at a $31 billion valuation.", "en", 5e8),
])
def test_the_deals_own_amount_stays(tmp_path, body, language, amount):
    _, out = run(tmp_path, body, language=language)
    assert amount in _amounts(out), [(f.family, f.figures) for f in out.frames]
