"""Issue 10, second pass: bindingness and collateral told across sentences (invented text)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def test_loan_secured_by_a_letter_and_formally_signed_is_binding(tmp_path):
    ents, out = run(tmp_path, "大模型公司青禾智能与云厂商松岭云签署算力采购意向书，拟向松岭云采购1吉瓦算力。"
                    "青禾智能已从云杉银行获得一笔约20亿美元的贷款，贷款以这份意向书作为抵押，"
                    "贷款合同已正式签署。", language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert loan.binding is True
    assert deal.binding is False
    assert deal in loan.collateral


def test_both_financings_backed_by_chips_and_a_lease(tmp_path):
    ents, out = run(tmp_path, "Corbel, a GPU leasing company, has secured a $1bn term loan from "
                    "Ashby Bank and a $400m credit facility from Vale Credit Partners. Both "
                    "financings are backed by the 9,000 GPUs Corbel owns and by its lease with "
                    "Mirelle AI.", language="en")
    financings = [f for f in out.frames if f.family in ("Loan", "Facility")]
    lease = next(f for f in out.frames if f.family == "Lease")
    assert len(financings) == 2
    for f in financings:
        assert lease in f.collateral
        assert any(isinstance(c, tuple) and c[1] == "GPUFleet" for c in f.collateral)


def test_memorandum_with_a_firm_for_megawatts_is_a_compute_deal(tmp_path):
    ents, out = run(tmp_path, "Corbel, a GPU leasing company, rents chips to Mirelle AI, an AI "
                    "developer. Mirelle also has a memorandum of understanding with Corbel for a "
                    "further 150 megawatts, which is not binding.", language="en")
    deal = next(f for f in out.frames if "ComputeCommitment" in f.kinds)
    assert named_roles(ents, deal) == {"provider": ["Corbel"], "customer": ["Mirelle AI"]}
    assert deal.binding is False and float(deal.figures["capacityGW"].value) == 0.15
