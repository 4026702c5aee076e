"""Issue 10, fourteenth pass: a contract named back by its kind with the service word between
("以前述算力服务合同项下的应收账款为该笔授信提供质押担保", 上述智能算力服务合同, 该算力租用合同): the owner's
cloud deal told before secures the financing. A contract of another kind named back (上述租赁合同)
is not that cloud deal. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run

_CLOUD = "华岳科技是一家数据中心运营商。华岳科技与大模型公司星瀚智能签订智能算力服务合同，合同总金额约12亿美元。"


@pytest.mark.parametrize("tail", [
    "华岳科技拟向招远银行申请不超过4.2亿美元的综合授信，期限3年。公司将以前述算力服务合同项下的应收账款为该笔授信提供质押担保。",
    "华岳科技拟向招远银行申请不超过4.2亿美元的综合授信，期限3年。该授信以上述智能算力服务合同项下的应收账款作质押。",
    "华岳科技从招远银行获得一笔4亿美元的贷款，以该算力租用合同作质押。",
    "华岳科技从招远银行获得一笔4亿美元的贷款。这笔贷款以前述算力服务协议的收费权作质押。",
    "华岳科技拟向招远银行申请不超过4.2亿美元的综合授信。公司以上述云服务合同项下的应收账款提供质押担保。",
])
def test_a_cloud_contract_named_back_secures_the_financing(tmp_path, tail):
    ents, out = run(tmp_path, _CLOUD + tail)
    (f,) = financings(out)
    deals = [d for d in f.collateral if not isinstance(d, tuple)]
    assert len(deals) == 1 and deals[0].family == "Cloud"
    assert named_roles(ents, deals[0])["customer"] == ["星瀚智能"]


def test_a_lease_named_back_is_not_the_cloud_deal(tmp_path):
    ents, out = run(tmp_path, _CLOUD + "华岳科技拟向招远银行申请不超过4.2亿美元的综合授信。"
                    "公司以上述租赁合同项下的租金收益权提供质押担保。")
    (f,) = financings(out)
    assert [d for d in f.collateral if not isinstance(d, tuple)] == []
