"""Issue 10, twenty-second pass: a Chinese person's name told after a post ends where a speech
verb, a modal or an adverb of ``zh_words_after_name`` begins (rules/zh_name_ends.py). The segmenter
glues such a word to a two-character name ("…官蒋述说。" read as 述说, "程雁会把…" read as one
name) or splits a three-character name across a word ("柏知舒坦言" read as 舒坦); the word after
the name now fixes its end. A one-character word lengthens no name the segmenter read as two
("钟以宁常说", "何宇常说": 常 is an adverb), and a name followed by punctuation or by a word not
in the list keeps the segmenter's reading. All sentences invented."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _people(tmp_path, body) -> set[tuple[str, str]]:
    _, out = run(tmp_path, body, language="zh")
    return {(p.person_name, p.role) for p in out.posts}


@pytest.mark.parametrize("body, name", [
    ("被问及新机房何时投产，澜汀科技董事长柏知舒坦言审批仍未下来。", "柏知舒"),
    ("澜汀科技首席执行官程雁会把资金投向液冷机房。", "程雁"),
    ("“先有合同，再谈扩建。”澜汀科技首席财务官蒋述说。", "蒋述"),
])
def test_the_word_after_the_name_ends_it(tmp_path, body, name):
    names = {n for n, _ in _people(tmp_path, body)}
    assert names == {name}, names


@pytest.mark.parametrize("body, name", [
    ("澜汀科技首席执行官钟以宁常说一句话：算力就是电力。", "钟以宁"),
    ("澜汀科技首席执行官何宇常说一句话：算力就是电力。", "何宇"),
    ("澜汀科技首席执行官滕致远表示，公司会继续扩建。", "滕致远"),
    ("澜汀科技首席执行官程雁将在年底卸任。", "程雁"),
    ("“先有合同，再谈扩建。”澜汀科技首席财务官韦致说。", "韦致"),
])
def test_a_name_the_segmenter_reads_right_stays(tmp_path, body, name):
    names = {n for n, _ in _people(tmp_path, body)}
    assert names == {name}, names
