"""Issue 10, twenty-first pass: a Chinese firmless status sentence refers back to the deal just
told in more of its forms (``deal_anaphora`` and ``definitive`` in lexicon/cues.yaml,
``rules/cues.py`` ``_mark``).

Read now: the demonstrative 那 as the subject ("那是一份…正式合同", as 这是一份 already was), a lease
named by a demonstrative (这份租约, 那份租约), and the status word 有（法律）约束力 without 具
("对双方都有约束力"). A status sentence that names no firm and no deal of its own looks forward to
the next sentence's deal only within its paragraph: an interview answer ending "那是一份正式合同。"
is not about the deal the next question asks about.
Not done: 没有约束力, 不具有约束力, 是否有约束力 or 是否具有约束力 (no binding cue), a next-paragraph deal when
nothing before the sentence is in reach, a deal of another pair when the sentence names firms.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _deals(out, family):
    return [f for f in out.frames if f.family == family and f.merged_into is None]


def _binding(out, family):
    found = {f.binding for f in _deals(out, family)}
    assert len(found) == 1, [(f.family, f.binding) for f in out.frames]
    return found.pop()


def test_demonstrative_lease_two_sentences_on(tmp_path):
    body = ("去年，GPU云服务商霖渡云把约6千张GPU卖给融资租赁公司汐桥租赁，再以三年期租约租回使用，"
            "融得资金3亿美元。回租资金主要用于扩建。公司在年报中把这份租约列为不可撤销的正式合同。")
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Lease") is True


def test_you_yueshuli_without_ju(tmp_path):
    body = ("岩溪算力与沅峤智能签署了算力服务合同，岩溪算力将在未来四年向沅峤智能提供训练算力，金额约5亿美元。"
            "据公告，这份协议对双方都有法律约束力。")
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Cloud") is True


def test_answer_status_is_not_the_next_questions_deal(tmp_path):
    body = ("# 专访岩溪算力总经理\n\n"
            "岩溪算力是一家GPU云服务商。今年，岩溪算力与模型公司沅峤智能签署了算力服务合同。\n\n"
            "**记者：和沅峤的合同规模多大？**\n\n"
            "答：四年，约5亿美元。那是一份正式合同。\n\n"
            "**记者：听说鹤汀资本要入股岩溪算力，拿15%的股份？**\n\n"
            "答：没有这回事。\n")
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Cloud") is True


def test_meiyou_yueshuli_is_no_binding_cue(tmp_path):
    body = ("岩溪算力与沅峤智能签署了算力服务合同，岩溪算力将在未来四年向沅峤智能提供训练算力，金额约5亿美元。"
            "据公告，这份协议对双方都没有约束力。")
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Cloud") is not True


def test_question_whether_binding_is_no_cue(tmp_path):
    body = ("岩溪算力与沅峤智能签署了算力服务合同，岩溪算力将在未来四年向沅峤智能提供训练算力，金额约5亿美元。"
            "市场关心的是，这份协议是否有约束力。")
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Cloud") is None


def test_lease_asked_whether_binding_is_no_cue(tmp_path):
    body = ("去年，GPU云服务商霖渡云把约6千张GPU卖给融资租赁公司汐桥租赁，再以三年期租约租回使用，"
            "融得资金3亿美元。回租资金主要用于扩建。这份租约是否具有约束力，公司没有说明。")
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Lease") is None


_TOLD = ("栖川算力与澜洲智能签署了算力服务合同，栖川算力将在未来四年向澜洲智能提供训练算力，"
         "金额约5亿美元。")


@pytest.mark.parametrize("status", [
    "该协议须经双方董事会批准后才有约束力。",
    "外界关心的是，这份协议是不是有约束力。",
    "这份协议要到明年才会有约束力。",
    "那份合同将来可能转为有约束力的合同。",
])
def test_binding_only_to_come_or_asked_is_no_cue(tmp_path, status):
    """Review probes (twenty-second pass): 有约束力 after 才/会/将/要/能, 是不是 or 转为."""
    _, out = run(tmp_path, _TOLD + status)
    assert _binding(out, "Cloud") is None


def test_binding_told_plainly_still_marks_the_deal(tmp_path):
    _, out = run(tmp_path, _TOLD + "这份合同对双方有约束力。")
    assert _binding(out, "Cloud") is True
