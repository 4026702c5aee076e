"""Issue 10, twenty-second pass: the words after a bare Chinese role word may be the clause's
predicate, not a firm's name.

A one-character preposition or adverb opening them ("…又替|模型公司…", "…便给|模型公司…"), or one
common word with no organisation suffix, told once, that ends the clause or a heading, is followed
by an adjective or by 或 and a verb ("风投机构离场？", "【…加码】", "…负债偏高", "…买单或接盘"), names
no firm. A coined name after a role word is still read: one jieba reads as a common noun when a verb,
a partner word or a comma follows it, one that recurs, one with a suffix
(rules/zh_role_predicates.py)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _firms(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    return {m.name for m in ents.mentions if m.kind == "firm"}


@pytest.mark.parametrize("body,word", [
    ("### 三、风投机构离场？\n\n估值回落之后，市场情绪明显降温。", "离场"),
    ("【私募信贷基金加码】\n\n本周又有两笔贷款完成发放。", "加码"),
    ("不少人担心，算力服务商负债偏高。", "负债"),
    ("最后往往是主权基金买单或接盘。", "买单"),
    ("说白了，云厂商又替模型公司付了电费。", "替模型"),
    ("到了第二年，芯片商便给模型公司返还一部分货款。", "便给模型"),
])
def test_a_predicate_after_a_role_word_is_no_firm(tmp_path, body, word):
    assert word not in _firms(tmp_path, body)


@pytest.mark.parametrize("body,name", [
    ("云服务商烟波与大模型公司檀屿智能签署了一份为期三年的算力协议。", "烟波"),
    ("私募信贷基金流云表示，将继续参与放款。", "流云"),
    ("云服务商烟波与大模型公司檀屿智能签署了一份为期三年的算力协议。", "檀屿智能"),
    ("芯片厂商晞澜今年向云服务商烟波交付了首批服务器，烟波随后付清了货款。", "烟波"),
])
def test_a_coined_name_after_a_role_word_is_kept(tmp_path, body, name):
    assert name in _firms(tmp_path, body)
