"""Issue 10, fourteenth pass: a finance lease one firm provides another (X为Y提供…融资租赁) is a
lease from X to Y, not a financing: 融资租赁 begins with 融资, so the financing template read it
as X lending to Y (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import frames_by_family, named_roles, run


#: both firms, named first after a role word (a weak-suffix name is trusted there)
_INTRO = "算力云服务商云栈算力近日披露了新园区的资金安排，融资租赁公司恒远租赁参与其中。"


@pytest.mark.parametrize("body", [
    "恒远租赁将为云栈算力提供最多3亿美元的设备融资租赁，期限五年。",
    "双方签署备忘录，探讨由恒远租赁为云栈算力的新园区提供约20亿元的融资租赁服务。",
    "根据协议，恒远租赁将为云栈算力提供一笔5亿元的GPU服务器融资租赁。",
    "公告显示，恒远租赁拟为云栈算力提供总额不超过8亿元的售后回租式融资租赁。",
    "此外，恒远租赁同意为云栈算力提供12亿元的融资租赁，用于采购加速卡。",
])
def test_finance_lease_provided_is_a_lease(tmp_path, body):
    ents, out = run(tmp_path, _INTRO + body)
    found = frames_by_family(out)
    assert "Lease" in found, found
    roles = named_roles(ents, found["Lease"][0])
    assert roles["lessee"] == ["云栈算力"], roles
    assert "Financing" not in found, found


def test_financing_provided_is_still_a_financing(tmp_path):
    ents, out = run(tmp_path, _INTRO + "恒远资本将为云栈算力提供最多3亿美元的融资，期限五年。")
    assert "Financing" in frames_by_family(out) or "Loan" in frames_by_family(out), out.frames
