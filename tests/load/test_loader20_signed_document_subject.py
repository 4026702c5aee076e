"""Issue 10, twentieth pass: the signed document as a sentence's subject.

A clause whose subject is what was signed ("What the pair actually initialled is …", "the
document signed was …", "The paper they inked last month is …", 双方签下的只是…) and whose
complement is a bindingness cue (only words of degree, an article and up to two adjectives in
between) tells the status of the deals the story announced: the deal told last before it (up to
twelve sentences back, no financing unless the sentence names one, no warrant, no rumoured or
denied deal) and that pair's deals told in the two sentences before that one. Before, such a
firmless sentence reached nothing unless the deal was told in the sentence just before.

Left alone: a sentence naming a firm (other rules read it), a cue that is not the complement ("is a
contract that replaces an earlier letter of intent"), a document signed off by someone else, a
deal told only after the sentence, a financing told before a sentence that names none, a negated
kind ("is not a term sheet"), a clause that does not open with the subject ("Whether what …").
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_DEALS = ("Quorvane Systems agreed to supply Tessilon AI with 3 gigawatts of accelerators over "
          "five years. Quorvane also said it would invest up to $900 million in Tessilon. ")
_GAP = ("Tessilon trains large language models for insurers. Its founders left a search company "
        "in 2021. The company employs about 400 people. ")


def _bindings(tmp_path, body, **kw):
    _, out = run(tmp_path, body, **kw)
    return {f.family: f.binding for f in out.frames}


@pytest.mark.parametrize("body", [
    _DEALS + _GAP + "What the pair actually initialled last week is only a term sheet.",
    _DEALS + _GAP + "Regulators were told something narrower: the document signed was a "
    "memorandum of understanding.",
    _DEALS + "Investors cheered. The paper they inked, people close to the deal say, is a "
    "non-binding framework agreement.",
    _DEALS + _GAP + "The shares rose 4%, but what has been signed so far is merely a letter of "
    "intent.",
])
def test_signed_document_tells_the_announced_deals(tmp_path, body):
    found = _bindings(tmp_path, body)
    assert found.get("Investment") is False
    assert found.get("Supply", found.get("Compute")) is False


def test_zh_signed_document_reaches_back(tmp_path):
    body = ("岑曜科技宣布将向澜衡智能供应2吉瓦加速卡，期限四年。岑曜科技同时承诺向澜衡智能投资6亿美元。"
            "澜衡智能成立于2020年。公司总部位于杭州。员工约五百人。"
            "不过，本次签订的仅为框架协议。")
    found = _bindings(tmp_path, body, language="zh")
    assert found.get("Investment") is False
    assert found.get("Compute", found.get("Supply")) is False


@pytest.mark.parametrize("body", [
    # the cue is not the complement: the deal is a contract replacing a letter
    _DEALS + _GAP + "What was signed is a contract that replaces an earlier letter of intent.",
    # someone else signed off on a document
    _DEALS + _GAP + "What the auditors signed off on is a term sheet for another client.",
    # the clause does not open with the subject: a question
    _DEALS + _GAP + "Whether what was signed is a term sheet remains unclear.",
    # a negated kind
    _DEALS + _GAP + "What the two sides signed is not a memorandum of understanding.",
    # the deals are told only after the sentence
    "What was signed is a term sheet. " + _DEALS,
])
def test_no_signed_document_status(tmp_path, body):
    found = _bindings(tmp_path, body)
    assert found.get("Investment") is None


def test_financing_told_before_needs_a_financing_word(tmp_path):
    body = ("Oskelund Bank lent Vornhal Compute $500 million for five years. "
            "Vornhal builds data centres in Ohio. What was signed is a term sheet.")
    found = _bindings(tmp_path, body)
    assert all(v is None for v in found.values()), found


_ZH_DEALS = "岑曜科技宣布将向澜衡智能供应2吉瓦加速卡，期限四年。澜衡智能成立于2020年。"


@pytest.mark.parametrize("body", [
    _DEALS + _GAP + "What neither side has signed is a binding contract.",
    _DEALS + _GAP + "What remains to be signed is the definitive agreement.",
    _DEALS + _GAP + "What still needs to be signed is a definitive contract.",
    _DEALS + _GAP + "What they hope to have signed by May is a binding contract.",
    _DEALS + _GAP + "What the competing bidders signed was a letter of intent.",
    _DEALS + _GAP + "What other accelerator buyers have signed are letters of intent.",
])
def test_pin_a_signed_document_of_another_subject_or_still_to_sign_tells_nothing(tmp_path, body):
    """Twenty-first pass, after review: the subject is the pair only, and the paper is signed."""
    found = _bindings(tmp_path, body)
    assert found.get("Investment") is None
    assert found.get("Supply", found.get("Compute")) is None


@pytest.mark.parametrize("tail", ["同行多数公司签署的均为框架协议。", "公司此前与其他客户签署的都是框架协议。",
                                  "下一步将签署的为正式合同。"])
def test_pin_zh_a_signed_document_of_others_or_to_come_tells_nothing(tmp_path, tail):
    found = _bindings(tmp_path, _ZH_DEALS + tail, language="zh")
    assert found.get("Compute", found.get("Supply")) is None
