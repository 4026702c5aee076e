"""Issue 10, twentieth pass: a lender told as the financing's arranger too ("X, which also arranged
it", 东X银行同时为该笔授信的牵头行) is its arranger (``arranger_after`` in lexicon/cues.yaml).

An adverb of addition between the relative pronoun and the arranging verb ("which also arranged
it", "who also led the loan"), or before the Chinese copula of the arranger's role (同时为、也是、
亦担任), with the financing named before the role noun (该笔授信的牵头行, 此次贷款的牵头行), no
longer hides the role. Not done: a firm that arranges another deal ("which also arranged its bond
sale last year" with no financing of the sentence that firm lends), a borrower, a firm whose role
noun names no arranger (同时为该项目的承建方).
"""
from __future__ import annotations

from tests.load.helpers import financings, named_roles, run


def the_financing(out):
    """The financing frame with a lender (a second, borrower-only reading merges into it)."""
    found = [f for f in financings(out) if f.roles.get("lender")]
    assert len(found) == 1, found
    return found[0]


def test_lender_which_also_arranged_it(tmp_path):
    ents, out = run(tmp_path, "Velmara Compute has signed a $2.2 billion term loan provided by "
                              "Harnfeld Bank, which also arranged it, to pay for GPUs in Utah.")
    roles = named_roles(ents, the_financing(out))
    assert roles.get("arranger") == ["Harnfeld Bank"]
    assert roles.get("borrower") == ["Velmara Compute"]


def test_lender_who_also_led_the_facility(tmp_path):
    ents, out = run(tmp_path, "Quellan Data drew a new $640 million revolving credit facility from "
                              "Dorrance Bank. Dorrance Bank, which also led the facility, holds the "
                              "largest share.")
    roles = named_roles(ents, the_financing(out))
    assert roles.get("arranger") == ["Dorrance Bank"]


def test_chinese_lender_also_the_lead_bank_of_the_facility(tmp_path):
    ents, out = run(tmp_path, "算力服务商澄岭云与嘉禾银行签署授信协议，获得30亿元人民币循环授信额度。"
                              "嘉禾银行同时为该笔授信的牵头行。", language="zh")
    roles = named_roles(ents, the_financing(out))
    assert roles.get("arranger") == ["嘉禾银行"]


def test_chinese_lender_is_also_the_lead_bank(tmp_path):
    ents, out = run(tmp_path, "数据中心运营商泓川科技与鹿溪银行签署贷款协议，获得7亿美元定期贷款。"
                              "鹿溪银行也是此次贷款的牵头行。", language="zh")
    roles = named_roles(ents, the_financing(out))
    assert roles.get("arranger") == ["鹿溪银行"]


def test_builder_role_is_no_arranger(tmp_path):
    ents, out = run(tmp_path, "数据中心运营商霁岭科技与鹿溪银行签署贷款协议，获得5亿美元定期贷款。"
                              "鹿溪银行同时为该项目的承建方。", language="zh")
    assert "arranger" not in named_roles(ents, the_financing(out))


def test_plain_lender_is_no_arranger(tmp_path):
    ents, out = run(tmp_path, "Velmara Compute has signed a $2.2 billion term loan provided by "
                              "Harnfeld Bank, which also advised it on the purchase.")
    assert "arranger" not in named_roles(ents, the_financing(out))


import pytest  # noqa: E402


@pytest.mark.parametrize("body", [
    "汀屿智算获得澄屿银行提供的3亿美元贷款，澄屿银行也是另一笔贷款的牵头行。",
    "汀屿智算获得澄屿银行提供的3亿美元贷款。澄屿银行同时是去年那笔债券的牵头行。",
    "Quarrow Bank lent Tindale Compute $1 billion for five years. Quarrow Bank, which also "
    "arranged a bond for a rival last year, declined to comment.",
])
def test_pin_an_arranger_of_another_deal_is_no_arranger_of_this_one(tmp_path, body):
    """Twenty-first pass, after review: 为…的牵头行 takes only this financing's own noun before
    的; "also arranged a/another …" tells another deal."""
    ents, out = run(tmp_path, body)
    assert all("arranger" not in named_roles(ents, f) for f in out.frames), \
        [named_roles(ents, f) for f in out.frames]
