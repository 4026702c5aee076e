"""Issue 10, twentieth pass: 银行 after a head that names nothing is the common noun, no bank's
name. A head of verbs and counts with no noun or proper name ("这一点|银行", "扩产全靠|银行"), or a
head that is one credit noun ("贷款|银行", the lending bank; ``suffix_noun_compounds`` of
``zh_common_word`` in lexicon/core.yaml), makes no firm (``zh_verb_head`` there;
rules/zh_name_heads.verb_head). Left alone: a head with a place or a coined word ("滇池开发银行",
"溯川银行"), and one rare word even when jieba tags it a verb (a coinage). Invented sentences and
firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _names(tmp_path, body):
    ents, _ = run(tmp_path, body)
    return set(ents.names.values())


@pytest.mark.parametrize("body, generic", [
    ("岩序智算的财务总监说，二期园区的建设资金多半出自贷款银行，雁回资本只投了股权。", "贷款银行"),
    ("记者先后拜访了机房承建方、冷却设备厂和贷款银行，雁回资本对此不予置评。", "贷款银行"),
    ("说到底这一点银行早已想清楚了，雁回资本的判断也相同。", "一点银行"),
])
def test_a_generic_bank_is_no_firm(tmp_path, body, generic):
    names = _names(tmp_path, body)
    assert generic not in names
    assert "雁回资本" in names


@pytest.mark.parametrize("body, bank", [
    ("岩序智算从溯川银行和雁回资本一共借入3亿美元。", "溯川银行"),
    ("滇池开发银行向岩序智算提供了4亿美元的项目贷款。", "滇池开发银行"),
    ("栾星银行牵头为岩序智算安排了一笔5亿美元的贷款。", "栾星银行"),
])
def test_a_named_bank_stays(tmp_path, body, bank):
    assert bank in _names(tmp_path, body)


@pytest.mark.parametrize("body", ["岩序智算获得第一银行提供的2亿美元贷款，期限四年。",
                                  "第三银行向岩序智算提供了2亿美元的设备贷款。"])
def test_pin_an_ordinal_bank_is_a_name_not_a_count(tmp_path, body):
    """Twenty-first pass, after review: 第一 before 银行 is an ordinal that names the bank, not a
    count (``zh_verb_head.ordinal_heads``)."""
    names = _names(tmp_path, body)
    assert any(n.endswith("银行") and n.startswith("第") for n in names), names
