"""Issue 10, seventeenth pass: a one-character verb (说, 系, 找, 请) right before a Chinese firm name
whose head jieba reads as one proper word (a place's or a person's name) is no part of the name:
"传闻说柘溪资本…" names 柘溪资本, not 说柘溪资本. A name whose first character is a verb and whose
other characters jieba does not read as one proper word keeps that character ("登瀛资本", "驰骋资本",
"拾穗科技") (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _firms(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    return {m.name for m in ents.mentions if m.kind == "firm"}


@pytest.mark.parametrize("body, name", [
    ("坊间一直传闻说柘溪资本有意入股霁川科技。", "柘溪资本"),
    ("这份研报的执笔人系丹阳证券的孙悦。", "丹阳证券"),
    ("据悉霁川科技找黎川资本借了一笔过桥贷款。", "黎川资本"),
    ("霁川科技随后请秦川证券担任财务顾问。", "秦川证券"),
])
def test_verb_before_a_proper_name_is_left_out(tmp_path, body, name):
    firms = _firms(tmp_path, body)
    assert name in firms, firms
    assert not any(f.endswith(name) and f != name for f in firms), firms


@pytest.mark.parametrize("body, name", [
    ("登瀛资本向霁川科技投资1亿美元。", "登瀛资本"),
    ("驰骋资本向霁川科技投资1亿美元。", "驰骋资本"),
    ("拾穗科技与霁川科技签署协议。", "拾穗科技"),
])
def test_a_name_opening_with_a_verb_keeps_it(tmp_path, body, name):
    assert name in _firms(tmp_path, body)


@pytest.mark.parametrize("body, name", [
    ("望庐山证券受聘为澹川科技的独家保荐机构。", "望庐山证券"),
    ("去年，访苏州资本出资3亿元入股澹川科技。", "访苏州资本"),
    ("澹川科技发布公告。回桂林资本将向澹川科技注资6000万美元。", "回桂林资本"),
    ("念泰山科技和澹川科技昨日签订了合作框架。", "念泰山科技"),
])
def test_a_name_opening_a_sentence_or_clause_keeps_its_verb(tmp_path, body, name):
    """At a sentence's or a clause's start no subject stands before the verb-like character, so
    it is the name's own: the shorter name would be another firm."""
    firms = _firms(tmp_path, body)
    assert name in firms and name[1:] not in firms, firms
