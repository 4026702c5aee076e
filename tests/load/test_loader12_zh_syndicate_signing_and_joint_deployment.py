"""Issue 10, twelfth pass: a Chinese loan signed with a syndicate its arranger leads (与X牵头、Y参与的
银团签署贷款合同), and a pair that will deploy capacity of chips together (A与B宣布将共同部署N吉瓦…加速器)
(invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_TYPES = "赫川微电子是芯片厂商。澄岳科技是云厂商。"


def _deals(tmp_path, body):
    ents, out = run(tmp_path, _TYPES + body, language="zh")
    return [(f.family, named_roles(ents, f), f.figures) for f in out.frames]


@pytest.mark.parametrize("sentence, lenders", [
    ("澄岳科技同日与北屿银行牵头、南汀银行参与的银团签署了银团贷款合同，贷款金额不超过11.2亿美元，期限五年。",
     ["北屿银行", "南汀银行"]),
    ("澄岳科技与以北屿银行为牵头行的银团签订贷款协议，金额11.2亿美元。", ["北屿银行"]),
    ("为建设二期园区，澄岳科技和北屿银行领衔的银团达成了11.2亿美元项目贷款协议。", ["北屿银行"]),
])
def test_loan_signed_with_a_syndicate_its_arranger_leads(tmp_path, sentence, lenders):
    loans = [(r, fig) for fam, r, fig in _deals(tmp_path, sentence) if fam == "Loan"]
    assert len(loans) == 1, loans
    roles, figures = loans[0]
    assert roles["borrower"] == ["澄岳科技"] and sorted(roles["lender"]) == sorted(lenders)
    assert roles.get("arranger") == ["北屿银行"]
    assert float(figures["amountUSD"].value) == 1.12e9


@pytest.mark.parametrize("sentence", [
    "10月13日，赫川微电子与澄岳科技宣布将共同部署1.5吉瓦由澄岳科技设计的定制加速器。",
    "澄岳科技和赫川微电子计划联合部署1.5吉瓦的加速卡，首批明年交付。",
    "赫川微电子与澄岳科技将携手建设约1.5GW的算力，采用赫川微电子的芯片。",
])
def test_pair_deploying_capacity_together_is_a_compute_supply_by_type(tmp_path, sentence):
    deals = _deals(tmp_path, sentence)
    supplies = [(r, fig) for fam, r, fig in deals if fam == "Compute"]
    assert supplies, deals
    roles, figures = supplies[0]
    assert roles["supplier"] == ["赫川微电子"] and roles["buyer"] == ["澄岳科技"]
    assert float(figures["capacityGW"].value) == 1.5


def test_joint_plans_with_no_capacity_are_no_deal(tmp_path):
    deals = _deals(tmp_path, "赫川微电子与澄岳科技将共同推出新一代加速卡。")
    assert not deals, deals
