"""Issue 10, eleventh pass (precision): a deal the text says no one has confirmed (并未证实, 尚无定论,
"has not been confirmed") is a rumour, not a fact (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body", [
    "据媒体报道，星河资本将向北冕科技投资5亿美元，但相关公司并未证实。",
    "另据知情人士透露，星河资本正考虑入股北冕科技，但尚无定论。",
    "星河资本拟向北冕科技提供3亿美元贷款的消息尚未证实。",
    "Halden Capital will invest $500 million in Norvik AI, people familiar with the matter said, "
    "though the deal has not been confirmed.",
    "Brask Bank has agreed to lend $2 billion to Norvik AI, a local newspaper said, in a report "
    "that has not been confirmed by either company.",
])
def test_deal_no_one_has_confirmed_is_a_rumour_not_a_fact(tmp_path, body):
    _, out = run(tmp_path, body)
    assert out.frames, "the deal is still read, as a rumour"
    assert all(not f.is_fact for f in out.frames)
