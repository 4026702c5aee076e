"""Issue 10, fifteenth pass: a colon inside an interview's answer ("抵押物分两部分：…", "原因有三点：")
opens no turn, so 我们 after it is still the interviewee's firm (rules/interviews.py). A turn that
starts inside a line counts only when its speaker is a person, an answer or asker label, or a
speaker who opens a line elsewhere (a question and its answer joined on one line stay two turns).
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_HEAD = ("# 对话栖梧算力沈眉：先把客户签牢\n\n"
         "栖梧算力是一家GPU云服务商。创始人沈眉近日接受本刊专访。\n\n"
         "**观潮周刊：今年最大的变化是什么？**\n\n"
         "沈眉：客户结构变了，收入翻了一番。\n\n"
         "**观潮周刊：资金怎么安排？**\n\n")


def _clouds(tmp_path, answer):
    body = _HEAD + "沈眉：" + answer + "\n\n**观潮周刊：明年呢？**\n\n沈眉：继续扩容。"
    ents, out = run(tmp_path, body, language="zh")
    return [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("answer", [
    "钱不是问题，难的是排期。时间表大致如下：一季度先交付机柜，之后我们和岚音智能签订算力租赁合同。",
    "我们没怎么借钱。原因有三点：第一，需求稳定；第二，价格合理；第三，我们已与岚音智能签署了三年期的算力服务合同。",
    "这个问题问得好！说得具体些：去年底我们和岚音智能签下算力租赁合同以后，银行才松口。",
    "授信批得很快。银行只看一件事：我们跟模型公司岚音智能签订的那份四年期云服务协议。",
    "条款其实很简单。核心就一句话：我们同岚音智能签了长期算力合同，对方按月付费。",
])
def test_colon_inside_an_answer_opens_no_turn(tmp_path, answer):
    clouds = _clouds(tmp_path, answer)
    assert {"customer": ["岚音智能"], "provider": ["栖梧算力"]} in clouds, clouds


def test_answer_joined_to_its_question_on_one_line_is_still_a_turn(tmp_path):
    body = ("# 对话栖梧算力沈眉\n\n栖梧算力是一家GPU云服务商。\n\n"
            "记者：今年最大的变化是什么？沈眉：客户结构变了。\n\n"
            "记者：资金怎么安排？沈眉：我们和岚音智能刚签了一份云服务合同。\n\n"
            "记者：明年呢？沈眉：继续扩容。")
    ents, out = run(tmp_path, body, language="zh")
    clouds = [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]
    assert {"customer": ["岚音智能"], "provider": ["栖梧算力"]} in clouds, clouds


def test_a_question_after_a_colon_in_the_outlets_voice_names_no_deal(tmp_path):
    # the colon sits in a question: the question stays the outlet's, its 我们 no firm
    body = (_HEAD + "沈眉：主要靠客户预付。\n\n"
            "**观潮周刊：外界有个疑问：我们听说岚音智能要换供应商？**\n\n沈眉：没有这回事。")
    ents, out = run(tmp_path, body, language="zh")
    assert not [f for f in out.frames if f.family == "Cloud"], out.frames
