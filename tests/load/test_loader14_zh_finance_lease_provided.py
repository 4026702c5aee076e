"""Issue 10, fourteenth pass: a finance lease one firm provides another (X为Y提供…融资租赁) is a
lease from X to Y, not a financing: 融资租赁 begins with 融资, so the financing template read it
as X lending to Y (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import frames_by_family, named_roles, run


#: both firms, named first after a role word (a weak-suffix name is trusted there)
_INTRO = "据悉，算力云服务商岫云算力正筹建第二期机房，融资租赁公司沛川租赁参与其中。"


@pytest.mark.parametrize("body", [
    "沛川租赁打算为岫云算力提供上限2.5亿美元、为期四年的设备融资租赁。",
    "按照双方的初步设想，沛川租赁可为岫云算力提供约15亿元融资租赁服务。",
    "该协议约定，沛川租赁为岫云算力提供一笔6亿元的算力服务器融资租赁。",
    "沛川租赁拟采取售后回租的形式，为岫云算力提供不超过9亿元的融资租赁。",
    "另外，沛川租赁同意为岫云算力提供14亿元融资租赁，资金将用于购置训练卡。",
])
def test_finance_lease_provided_is_a_lease(tmp_path, body):
    ents, out = run(tmp_path, _INTRO + body)
    found = frames_by_family(out)
    assert "Lease" in found, found
    roles = named_roles(ents, found["Lease"][0])
    assert roles["lessee"] == ["岫云算力"], roles
    assert "Financing" not in found, found


def test_financing_provided_is_still_a_financing(tmp_path):
    ents, out = run(tmp_path, _INTRO + "沛川资本将为岫云算力提供最多2.5亿美元的融资，期限四年。")
    assert "Financing" in frames_by_family(out) or "Loan" in frames_by_family(out), out.frames
