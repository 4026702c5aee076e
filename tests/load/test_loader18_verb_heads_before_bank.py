"""Issue 10, eighteenth pass: a verb phrase or a function word before 银行/资本 names no firm.

A Chinese suffix name is found by the characters before an organisation suffix. When those
characters are one-character adverbs or adjectives before a common verb ("很难借到|银行"), or a verb right
after a common verb ("拿来撬动|银行": two verbs in a row), the suffix is a common noun there and no firm is named.

It does not drop a coined name that is one word ("远航资本" after a noun, "平安银行" whose head is a
two-character adjective), nor a name after a verb that jieba reads as a proper name, nor a head ending with a
numeral or a measure word ("这一点银行" is left as it was: jieba reads some coined names as numerals).
"""
from __future__ import annotations

from tests.load.helpers import run


def _firms(ents) -> set[str]:
    return {m.name for m in ents.mentions if m.kind == "firm"}


def test_adverb_and_common_verb_before_bank_is_no_firm(tmp_path):
    ents, _ = run(tmp_path, "翎泽智算的创始人说，没有长期合同，新兴云厂商本来就不易借到银行的贷款。",
                  language="zh")
    assert not any(n.endswith("银行") for n in _firms(ents))


def test_serial_verbs_before_bank_are_no_firm(tmp_path):
    ents, _ = run(tmp_path, "分析师认为，渚川数据打算用这份租约去撬动银行授信，规模约九亿元。",
                  language="zh")
    assert not any(n.endswith("银行") for n in _firms(ents))


def test_coined_names_stay(tmp_path):
    ents, _ = run(tmp_path, "舸远资本与平安银行、致远资本共同向翎泽智算提供贷款，另一家基金远航资本跟投。",
                  language="zh")
    assert {"舸远资本", "平安银行", "致远资本", "远航资本"} <= _firms(ents)
