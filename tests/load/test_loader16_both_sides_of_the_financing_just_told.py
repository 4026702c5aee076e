"""Issue 10, sixteenth pass: "the two sides" of the financing just told.
A bindingness sentence that names no firm and refers to the deal's two parties only (双方, 两家公司,
二者, "the two firms", "both parties") is about the two-party deal told in the sentence before
(or the one before that) — a financing too, not only the letter-like deals told further back;
never a deal told after it, never one the sentence's own firm names pick out otherwise.
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, run

_EN_PAIR = "Corrigan Bank has banked Yarrowby Compute since 2023. "
_ZH_PAIR = "鹭岛银行与算力企业绛云数据合作多年。"


def _financing_binding(tmp_path, body, **kw):
    _, out = run(tmp_path, body, **kw)
    return [f.binding for f in financings(out)]


@pytest.mark.parametrize("body, language", [
    (_EN_PAIR + "This month Corrigan agreed to extend Yarrowby a $450 million bridge loan to pay "
     "for a new GPU cluster. What the two firms have put in writing is a memorandum of "
     "understanding, nothing more.", None),
    (_ZH_PAIR + "本周，鹭岛银行向绛云数据提供一笔5亿元的并购贷款。不过，二者之间迄今只有一份备忘录，尚不具法律约束力。",
     "zh"),
    ("绛云数据正在筹建新的智算中心。鹭岛银行拟为绛云数据提供5亿元的过桥贷款。两家公司表示，目前签署的仅是框架协议。",
     "zh"),
])
def test_both_sides_of_the_financing_just_told(tmp_path, body, language):
    assert _financing_binding(tmp_path, body, language=language) == [False]


@pytest.mark.parametrize("body, language", [
    # the sentence names the firms itself (and no financing word): no pair anaphora
    (_ZH_PAIR + "本周，鹭岛银行向绛云数据提供一笔5亿元的并购贷款。不过，绛云数据与鹭岛银行二者之间迄今只有一份备忘录。",
     "zh"),
    # the financing is told after the sentence
    ("What the two firms have put in writing is a memorandum of understanding, nothing more. This "
     "month Corrigan Bank agreed to extend Yarrowby Compute a $450 million bridge loan.", None),
])
def test_no_pair_just_told_no_binding(tmp_path, body, language):
    assert _financing_binding(tmp_path, body, language=language) == [None]
