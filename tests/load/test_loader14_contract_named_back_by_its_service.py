"""Issue 10, fourteenth pass: a contract named back by its kind with the service word between
("以前述算力服务合同的应收账款提供质押", 上述智能算力服务合同, 该算力租用合同): the owner's
cloud deal told before secures the financing. A contract of another kind named back (上述租赁合同)
is not that cloud deal. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run

_CLOUD = "蕲山科技是一家数据中心运营商。蕲山科技同大模型公司芷汀智能订立了智能算力服务合同，总价约9亿美元。"


@pytest.mark.parametrize("tail", [
    "蕲山科技准备向濠江银行申请一笔最高3.6亿美元、期限两年的授信额度，并以前述算力服务合同的应收账款提供质押。",
    "濠江银行拟向蕲山科技授予不超过3.6亿美元的综合授信，上述智能算力服务合同项下的应收账款将为此提供质押担保。",
    "蕲山科技取得濠江银行3亿美元贷款，以该算力租用合同设定质押。",
    "蕲山科技从濠江银行借入3亿美元。前述算力服务协议的收费权已被质押给濠江银行。",
    "蕲山科技向濠江银行申请了3.2亿美元贷款，以该算力服务合同的应收账款为这笔贷款提供质押。",
])
def test_a_cloud_contract_named_back_secures_the_financing(tmp_path, tail):
    ents, out = run(tmp_path, _CLOUD + tail)
    (f,) = financings(out)
    deals = [d for d in f.collateral if not isinstance(d, tuple)]
    assert len(deals) == 1 and deals[0].family == "Cloud"
    assert named_roles(ents, deals[0])["customer"] == ["芷汀智能"]


def test_a_lease_named_back_is_not_the_cloud_deal(tmp_path):
    ents, out = run(tmp_path, _CLOUD + "蕲山科技拟向濠江银行申请不超过3.6亿美元的授信，"
                    "以上述租赁合同的租金收益权作质押。")
    (f,) = financings(out)
    assert [d for d in f.collateral if not isinstance(d, tuple)] == []
