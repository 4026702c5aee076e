"""Issue 10, twenty-fifth pass: a Chinese credit line the subject gets or closes, told by 授信 with
only a kind word before it ("X宣布获得15亿美元循环授信", "X近日敲定一笔6亿美元的银团授信"), was no
financing at all (zh.loan.obtained took 授信额度 and 信用额度 only), so its lenders, told after it,
and what secures it were lost. 授信, 循环授信, 银团授信 and 综合授信 now end the obtained loan, and a
revolving one (循环授信, 循环信贷) is a credit facility. Not read: a credit-line application or a
bank's letter of intent (授信申请, 授信意向), and no amount at all (获得银行授信)."""
import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body,roles", [
    ("数据中心开发商渡桥数据近日宣布获得5亿美元循环授信。",
     {"borrower": ["渡桥数据"]}),
    ("数据中心开发商渡桥数据近日敲定一笔5亿美元的银团授信，由青澜银行牵头安排。",
     {"borrower": ["渡桥数据"], "arranger": ["青澜银行"], "lender": ["青澜银行"]}),
    ("算力云服务商岚栖云日前获得一笔12亿元的综合授信，期限三年。",
     {"borrower": ["岚栖云"]}),
], ids=["revolving", "syndicated", "comprehensive"])
def test_credit_line_obtained_is_a_facility(tmp_path, body, roles):
    ents, out = run(tmp_path, body)
    found = financings(out)
    assert len(found) == 1, found
    assert found[0].kinds == {"CreditFacility"}, found[0].kinds
    assert named_roles(ents, found[0]) == roles


@pytest.mark.parametrize("body", [
    "数据中心开发商渡桥数据近日提交了一笔5亿美元的授信申请。",
    "数据中心开发商渡桥数据近日获得一笔5亿美元的授信意向。",
    "数据中心开发商渡桥数据近日获得银行授信支持。",
], ids=["application", "intent", "no-amount"])
def test_no_credit_line_without_one(tmp_path, body):
    _, out = run(tmp_path, body)
    assert financings(out) == []
