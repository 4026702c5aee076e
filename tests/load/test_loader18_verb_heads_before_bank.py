"""Issue 10, eighteenth pass: a verb phrase before 银行/资本 used as a common noun names no firm.

A Chinese suffix name is found by the characters before an organisation suffix. When those
characters (three or more) are adverbs, adjectives and verbs ending with a verb, and the text after
the suffix shows it a common noun (a credit noun such as 贷款/授信 joins it, or 的 follows it after
an adverb-verb head), no firm is named: "…很难借到银行的资金", "…用来换取银行授信".

A coined name stays: one whose head jieba reads as a verb after a verb that takes it as its object
("包括|驰骋资本和…", "联合|翱翔资本向…"), two characters made of a preposition, an adverb or an
adjective and a verb ("凭达银行", "好到资本"), a one-word head after a noun, an adjective as the
whole head ("平安银行").
"""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _firms(ents) -> set[str]:
    return {m.name for m in ents.mentions if m.kind == "firm"}


def _no_bank_or_fund(ents) -> bool:
    return not any(n.endswith(("银行", "资本")) for n in _firms(ents))


def test_adverb_verb_head_before_bank_and_particle_is_no_firm(tmp_path):
    ents, _ = run(tmp_path, "芷溪算力的财务总监坦言，公司成立头两年始终很难借到银行的资金，只能靠股东垫款。",
                  language="zh")
    assert _no_bank_or_fund(ents)


def test_adverb_verb_head_before_bank_loan_is_no_firm(tmp_path):
    ents, _ = run(tmp_path, "苇塘数据一位高管透露，同业小厂过去很难争取银行贷款，这回签下框架协议才算破局。",
                  language="zh")
    assert _no_bank_or_fund(ents)


@pytest.mark.parametrize("body", [
    "澜沚云手里这批十年期订单，管理层准备用来换取银行授信。",
    "澜沚云打算凭这批十年期订单去换取银行授信，额度预计在四亿元上下。",
])
def test_serial_verbs_before_bank_credit_are_no_firm(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    assert _no_bank_or_fund(ents)


def test_coined_names_stay(tmp_path):
    ents, _ = run(tmp_path, "舸远资本与平安银行、致远资本共同向翎泽智算提供贷款，另一家基金远航资本跟投。",
                  language="zh")
    assert {"舸远资本", "平安银行", "致远资本", "远航资本"} <= _firms(ents)


# Review probes (names and figures rewritten): a coined head jieba reads as a verb, after a
# verb that takes the name as its object; the suffix is followed by a conjunction, a deal verb, a
# preposition or a break, never by a credit noun.
@pytest.mark.parametrize("body, name", [
    ("岫川智能和蓼汀银行签订15亿元贷款协议，参贷行包括奋进银行。", "奋进银行"),
    ("岫川智能本轮融资的跟投方包括远行资本，金额为2亿元。", "远行资本"),
    ("岫川智能邀请进取资本参与这轮融资，融资额为7亿元。", "进取资本"),
    ("岫川智能感谢攀登银行在这次授信中给予的支持，授信额度为25亿元。", "攀登银行"),
    ("岫川智能感谢畅想银行的支持。", "畅想银行"),
])
def test_verb_named_firm_after_object_verb_stays(tmp_path, body, name):
    ents, _ = run(tmp_path, body, language="zh")
    assert name in _firms(ents)


def test_verb_named_investor_in_list_stays(tmp_path):
    ents, out = run(tmp_path, "岫川智能完成6亿元C轮融资，投资方包括驰骋资本和枫渡创投。", language="zh")
    assert "驰骋资本" in _firms(ents)
    deal = next(f for f in out.frames if f.family == "Investment")
    assert "驰骋资本" in {n for names in named_roles(ents, deal).values() for n in names}


@pytest.mark.parametrize("body, lender", [
    ("蓼汀银行联合翱翔资本向岫川智能提供4亿元贷款。", "翱翔资本"),
    ("据悉，蓼汀银行这次联合守望银行为岫川智能提供9亿元银团贷款。", "守望银行"),
    # two characters: a preposition, an adverb or an adjective and a one-character verb
    ("岫川智能与凭达银行签署一笔13亿元的贷款协议。", "凭达银行"),
    ("沿达银行向岫川智能提供6亿元贷款，期限五年。", "沿达银行"),
    ("较达资本向岫川智能提供6亿元贷款，期限五年。", "较达资本"),
    ("好到资本向岫川智能提供6亿元贷款，期限五年。", "好到资本"),
])
def test_coined_lender_stays(tmp_path, body, lender):
    ents, out = run(tmp_path, body, language="zh")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert loans and any(lender in named_roles(ents, f).get("lender", []) for f in loans)
