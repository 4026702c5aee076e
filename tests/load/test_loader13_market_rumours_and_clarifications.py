"""Issue 10, thirteenth pass: a deal the market rumours (市场一度传出…, 坊间流传…) and a deal a firm's
clarification denies (公告澄清，称未与…进行任何…) were read as announced deals. A market rumour is a
rumour, a clarification a denial; news that spreads after a deal told as done (消息传出后) stays a
fact. Invented text and firm names."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, status", [
    ("此外，市场一度传出芯片设计公司曜川半导体将入股星衡科技，曜川半导体晚间公告澄清，称“未与星衡科技进行任何股权投资洽谈”。",
     "Denied"),
    ("市场上甚至传出曜川半导体将收购星衡科技20%股权的消息。", "Rumoured"),
    ("对于曜川半导体将收购星衡科技20%股权一事，曜川半导体随即发布澄清公告予以否认。", "Denied"),
])
def test_market_rumours_and_clarifications_are_no_facts(tmp_path, body, status):
    _, out = run(tmp_path, body, language="zh")
    assert out.frames and {f.status for f in out.frames} == {status}


def test_news_spreading_after_a_deal_told_as_done_keeps_it(tmp_path):
    _, out = run(tmp_path, "曜川半导体向星衡科技投资10亿美元，消息传出后星衡科技股价上涨5%。", language="zh")
    assert out.frames and all(f.is_fact for f in out.frames)
