"""Issue 10, twenty-second pass: a letter of intent told as an earlier stage of the deal, in a
sentence that also tells the deal as definitive, no longer makes the deal non-binding
(``rules/earlier_letters.py``; ``earlier_document`` in lexicon/cues.yaml).

Read now: a non-binding cue whose own clause tells it as the paper that came before — a word of
before (此前, 曾…签, earlier, previous, "had signed"), of being replaced, followed or ended (原…协议随之
终止, "replaces", "following a …") — beside a definitive cue in the same sentence: the definitive
cue decides (the deal is binding).
A sentence that tells the letter as replaced or ended ("两家公司春天签的那份意向书已经作废", "该合同取代了
…框架协议", "the memorandum … has been replaced") is no word on the deal told before.
Not done: a sentence with no definitive cue and no word of replacing or ending ("此前双方只签了意向书"
alone leaves the reading as it was), a letter told as the present paper (目前, "still only"), a definitive agreement still to be
signed, and a sentence whose two cues each have their own deal (the nearer cue still decides).
"""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_ZH = "澜渚算力与溯岚智能签署算力服务合同，溯岚智能将在未来三年向澜渚算力采购总额12亿美元的算力服务。"
_EN = ("Pelloran AI agreed to rent accelerator capacity from Tessary Cloud over four years for "
       "roughly $2.2 billion. ")


def _binding(out, family="Cloud"):
    found = {f.binding for f in out.frames if f.family == family and f.merged_into is None}
    assert len(found) == 1, [(f.family, f.binding) for f in out.frames]
    return found.pop()


_DEFINITIVE = ("Pelloran AI signed a definitive agreement to rent accelerator capacity from "
               "Tessary Cloud for about $2.2 billion, following a letter of intent in May.")
_LETTER_NOW = ("Pelloran AI signed a letter of intent to rent accelerator capacity from Tessary Cloud "
               "for about $2.2 billion and expects to sign a definitive agreement later this year.")


@pytest.mark.parametrize("body, language, binding", [
    # an earlier letter beside a definitive cue: the definitive cue decides
    pytest.param(_ZH + "双方此前签署的只是意向书，此次为正式合同。", "zh", True,
                 id="zh_earlier_letter_now_a_formal_contract"),
    pytest.param(_ZH + "今年3月双方曾签署框架协议，本次签署的是正式合同。", "zh", True,
                 id="zh_framework_signed_before_formal_now"),
    pytest.param(_ZH + "公司表示，该合同具有法律约束力，去年签的框架协议同时废止。", "zh", True,
                 id="zh_old_framework_terminated"),
    pytest.param(_EN + "Although the pair had signed a letter of intent in March, the new agreement "
                 "is binding.", None, True, id="en_letter_signed_before_new_agreement_binding"),
    pytest.param(_DEFINITIVE, None, True, id="en_definitive_following_a_letter"),
    # a letter told as replaced or ended: no word on the deal
    pytest.param(_ZH + "两家公司春天签的那份意向书已经作废。", "zh", None,
                 id="zh_letter_ended_in_its_own_sentence"),
    pytest.param(_ZH + "该合同取代了双方5月签订的框架协议。", "zh", None,
                 id="zh_contract_replacing_a_framework"),
    pytest.param(_EN + "The memorandum of understanding the two companies signed in June has been "
                 "replaced.", None, None, id="en_memorandum_replaced_alone_is_no_word_on_the_deal"),
    # no definitive cue, or the letter is the present paper: still non-binding
    pytest.param(_ZH + "此前双方只签了意向书。", "zh", False,
                 id="zh_earlier_letter_alone_keeps_its_reading"),
    pytest.param(_ZH + "双方目前签署的只是意向书，正式合同尚待签署。", "zh", False,
                 id="zh_present_letter_still_non_binding"),
    pytest.param(_LETTER_NOW, None, False, id="en_letter_with_contract_to_come_stays_non_binding"),
])
def test_the_deals_bindingness(tmp_path, body, language, binding):
    _, out = run(tmp_path, body, language=language)
    assert _binding(out) is binding


def test_en_each_cue_its_own_deal(tmp_path):
    body = ("Pelloran AI signed a definitive agreement to rent capacity from Tessary Cloud for about "
            "$2.2 billion, while Orvel Labs signed only a letter of intent with Tessary Cloud for "
            "300 megawatts.")
    _, out = run(tmp_path, body)
    bindings = sorted(str(f.binding) for f in out.frames
                      if f.family == "Cloud" and f.merged_into is None)
    assert bindings == ["False", "True"]


@pytest.mark.parametrize("body", [
    "Pelloran AI and Tessary Cloud signed a non-binding term sheet for the original 200 megawatt "
    "campus, with a definitive contract expected next year.",
    "Pelloran AI and Tessary Cloud signed a letter of intent for 300 megawatts that would be "
    "replaced by a definitive contract once financing closes.",
])
def test_a_letter_still_the_paper_stays_non_binding(tmp_path, body):
    """Review of f37f945: a word of before told after the letter about something else ("for the
    original campus"), or a replacing still to come ("would be replaced"), tells no earlier paper."""
    _, out = run(tmp_path, body)
    assert _binding(out) is False
