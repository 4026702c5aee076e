"""Issue 10, twelfth pass (bindingness): a contract called binding with other words between the cue
and the noun ("a binding, take-or-pay contract", "a definitive, five-year agreement"), a take-or-pay
or non-cancellable deal, a firm order and 照付不议/不可撤销 are binding cues, also in a firmless
sentence saying what the deal is ("It is take-or-pay", "This is a definitive, non-cancellable
agreement"); an irrevocable guarantee of a loan (不可撤销的连带责任担保) is no word on a deal, and its guarantor
(由X提供担保) neither arranges nor lends.
Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run, the_financing

_CLOUD = ("Corvel Cloud, a GPU cloud provider, signed a five-year, $3 billion capacity contract with "
          "Ottersby Labs, an AI lab. ")


@pytest.mark.parametrize("tail", [
    "\"It is a binding, take-or-pay contract, and not a memorandum,\" its finance chief said on Tuesday.",
    "\"This is a definitive, non-cancellable agreement,\" the chief financial officer told analysts.",
    "Deliveries start next year. It is take-or-pay, so the customer is on the hook whatever happens.",
    "Analysts liked it. The reservation is take-or-pay: Ottersby pays whether it uses the capacity or not.",
    "Ottersby Labs described the deal as a firm, non-cancellable commitment.",
])
def test_binding_cue_with_modifiers_or_take_or_pay_marks_the_deal_told_before(tmp_path, tail):
    ents, out = run(tmp_path, _CLOUD + tail)
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert deal.binding is True


@pytest.mark.parametrize("body", [
    "Ottersby Labs, an AI lab, signed a binding, six-year supply agreement with chipmaker Orrel Semiconductor "
    "for $2 billion of chips.",
    "Chipmaker Orrel Semiconductor received a firm order from Ottersby Labs, an AI lab, for $2 billion of "
    "accelerators.",
    "云服务商启衡云与大模型公司墨岩智能签订为期五年的算力服务合同，金额30亿美元。该合同包含照付不议条款，不可撤销。",
    "大模型公司墨岩智能与云服务商启衡云签署了一份30亿美元的算力租用合同，双方表示，这是不可撤销的照付不议合同。",
])
def test_binding_cue_in_the_deals_own_or_next_sentence(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family not in ("Loan", "Facility", "Financing", "Bond")]
    assert deals and all(f.binding is True for f in deals)


@pytest.mark.parametrize("body", [
    "启衡科技获得北岭银行提供的5亿美元贷款，墨岩控股为该笔贷款提供不可撤销的连带责任担保。",
    "北岭银行向启衡科技提供5亿美元贷款，由墨岩控股提供不可撤销担保。",
    "Northridge Bank lent $500 million to Corvel Cloud; its parent Morrow Holdings gave an irrevocable guarantee.",
])
def test_irrevocable_guarantee_of_a_loan_is_no_binding_cue_and_no_lender(tmp_path, body):
    ents, out = run(tmp_path, body)
    loan = the_financing(out)
    assert loan.binding is not True
    assert "Morrow Holdings" not in named_roles(ents, loan).get("lender", [])
    assert "墨岩控股" not in sum(named_roles(ents, loan).values(), [])


def test_take_or_pay_denied_is_no_cue(tmp_path):
    ents, out = run(tmp_path, _CLOUD + "Unlike its rivals' deals, the contract is not take-or-pay.")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert deal.binding is not True


@pytest.mark.parametrize("tail", [
    "According to management, the lease is signed and binding and cannot be broken early.",
    "The lease, the filing says, was executed and binding from the first day.",
    "Bankers said the lease is final and legally binding on both sides.",
])
def test_deal_said_signed_and_binding_is_binding(tmp_path, tail):
    body = ("Orrel Data, a data-centre landlord, has signed a 12-year lease with Ottersby Labs, an AI lab, "
            "covering 200 megawatts. " + tail)
    ents, out = run(tmp_path, body)
    lease = next(f for f in out.frames if f.family == "Lease")
    assert lease.binding is True
