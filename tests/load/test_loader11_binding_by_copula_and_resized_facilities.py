"""Issue 10, eleventh pass (bindingness, financings, collateral): a firmless sentence saying what the
deal is ("you find it is a non-binding framework", "这只是一份不具约束力的框架协议") reaches the deal told
before; a facility resized (将其循环信贷额度从6亿美元提高至9亿美元) is the firm's, its old size no figure;
a named supply contract pledged ("receivables under the Master Supply Agreement with X") pledges
no warrant of the same firms, and chips a customer pays for are no pledged asset. Invented text
and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run, the_financing


@pytest.mark.parametrize("body", [
    "Veridian Systems agreed to put up to $4 billion into Sable Reach AI. The press release spoke of a "
    "partnership. Read the footnote and you find it is a non-binding framework; Veridian can walk away.",
    "Veridian Systems agreed to put up to $4 billion into Sable Reach AI. Analysts cheered. In truth it "
    "remains only a non-binding memorandum.",
    "Veridian Systems will invest $4 billion in Sable Reach AI, people said. That is still a letter of "
    "intent, not a definitive agreement.",
    "玄芯科技将向启元智能投资40亿美元。市场反应热烈。但细看公告，这只是一份不具法律约束力的框架协议。",
])
def test_firmless_sentence_saying_what_the_deal_is_marks_it_non_binding(tmp_path, body):
    ents, out = run(tmp_path, body)
    deal = next(f for f in out.frames if f.family == "Investment")
    assert deal.binding is False


@pytest.mark.parametrize("body", [
    "Veridian Systems will invest $4 billion in Sable Reach AI. Analysts cheered. People close to the "
    "talks said this is a binding agreement.",
    "玄芯科技将向启元智能投资40亿美元。市场反应热烈。知情人士称，这是一份具有法律约束力的正式协议。",
])
def test_firmless_sentence_calling_the_deal_binding_marks_it_binding(tmp_path, body):
    ents, out = run(tmp_path, body)
    deal = next(f for f in out.frames if f.family == "Investment")
    assert deal.binding is True


@pytest.mark.parametrize("body", [
    "云杉科技将其循环信贷额度从6亿美元提高至9亿美元。",
    "云杉科技上月把现有的五年期循环贷款规模扩大至9亿美元。",
    "云杉科技公告，公司将银团贷款金额由6亿美元上调至9亿美元。",
])
def test_zh_facility_resized_is_the_firms_at_its_new_size(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = financings(out)
    assert len(found) == 1
    assert named_roles(ents, found[0])["borrower"] == ["云杉科技"]
    assert found[0].figures["amountUSD"].value == 900_000_000


@pytest.mark.parametrize("body", [
    "Halden Cloud upsized its term loan from $600 million to $900 million, it said.",
    "Halden Cloud increased its credit facility to $900 million from $600 million.",
])
def test_old_size_of_a_resized_financing_is_no_figure(tmp_path, body):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    assert f.figures["amountUSD"].value == 900_000_000


_PLEDGE_BASE = ("Vossberg Semiconductor granted Marwood Labs a warrant to buy up to 42 million Vossberg "
                "shares. Vossberg Semiconductor signed a $2 billion credit facility with Sallowfield Bank. ")


@pytest.mark.parametrize("tail", [
    "The banks hold all receivables owed to Vossberg under the Master Supply Agreement with Marwood Labs.",
    "The facility is secured by receivables under the long-term supply agreement with Marwood Labs.",
    "Put simply, the banks now hold a claim on whatever Marwood Labs pays for its chips.",
])
def test_supply_receivables_pledged_do_not_pledge_the_warrant_or_chips(tmp_path, tail):
    ents, out = run(tmp_path, _PLEDGE_BASE + tail)
    f = the_financing(out)
    assert not [c for c in f.collateral if getattr(c, "family", None) == "Warrant"]
    assert not [c for c in f.collateral if isinstance(c, tuple) and c[1] == "GPUFleet"]


def test_warrant_named_as_security_is_still_pledged(tmp_path):
    ents, out = run(tmp_path, _PLEDGE_BASE + "The lenders hold the Marwood warrant as security.")
    f = the_financing(out)
    assert [c for c in f.collateral if getattr(c, "family", None) == "Warrant"]
