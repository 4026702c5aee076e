"""Issue 10, ninth pass (second round): "X will build and deploy N GW of accelerators designed by
Y": the maker supplies the designer, a compute commitment in GW (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Over four years Tarvek Semiconductor will build and roll out 2 GW of custom accelerators "
    "designed by Vardenn AI.",
    "Tarvek Semiconductor will manufacture and deploy 2 gigawatts of custom chips designed by Vardenn "
    "AI, a model developer.",
    "Tarvek Semiconductor is to produce 2 GW of accelerators developed by Vardenn AI.",
    "Tarvek Semiconductor plans to deliver 2,000 MW of accelerators that were co-designed by Vardenn AI.",
])
def test_maker_of_chips_a_firm_designed_supplies_the_designer(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family == "Compute"]
    assert len(deals) == 1
    assert {"ComputeCommitment", "SupplyAgreement"} <= deals[0].kinds
    assert named_roles(ents, deals[0]) == {"supplier": ["Tarvek Semiconductor"],
                                           "buyer": ["Vardenn AI"]}
    assert float(deals[0].figures["capacityGW"].value) == 2
