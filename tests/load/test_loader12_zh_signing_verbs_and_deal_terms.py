"""Issue 10, twelfth pass: a Chinese deal signed with a verb in any aspect or as a cleft (签了,
签下, 签的是, 签署的是; 跟 as 与), the goods of a deal told after a comma that opens its terms
(涉及, 约定, 包括, "covering"), and a credit line a borrower and its banks sign as one list
(invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_TYPES = "澄岳科技是一家独立算力云厂商。芯片厂商赫川微电子近来订单饱满。"


def _deals(tmp_path, body, language="zh"):
    ents, out = run(tmp_path, body, language=language)
    return [(f.family, f.kinds, named_roles(ents, f), f.figures) for f in out.frames]


@pytest.mark.parametrize("sentence", [
    "澄岳科技和赫川微电子签的是意向书，涉及约1.2吉瓦的加速卡。",
    "澄岳科技与赫川微电子签署的是一份框架协议，约定未来两年采购1.2吉瓦加速卡。",
    "去年，澄岳科技跟赫川微电子签了一份备忘录，涉及1.2吉瓦的推理加速卡。",
    "赫川微电子和澄岳科技签下意向书，内容包括约1.2吉瓦的加速卡。",
])
def test_chip_deal_signed_in_any_aspect_with_goods_in_its_terms_is_a_supply(tmp_path, sentence):
    deals = _deals(tmp_path, _TYPES + sentence)
    supplies = [(k, r, fig) for fam, k, r, fig in deals if "SupplyAgreement" in k]
    assert supplies, deals
    kinds, roles, figures = supplies[0]
    assert roles == {"supplier": ["赫川微电子"], "buyer": ["澄岳科技"]}
    assert "ComputeCommitment" in kinds and float(figures["capacityGW"].value) == 1.2
    assert not any("CloudServiceAgreement" in k for _, k, _, _ in deals), deals


def test_goods_after_a_comma_that_opens_no_terms_stay_out_of_the_deal(tmp_path):
    # the clause after the comma tells other news, not the deal's terms
    body = _TYPES + "澄岳科技与赫川微电子签署算力服务合同，赫川微电子另将扩产加速卡。"
    deals = _deals(tmp_path, body)
    assert not any("SupplyAgreement" in k for _, k, _, _ in deals), deals


@pytest.mark.parametrize("sentence, lenders", [
    ("澄岳科技上个月和北屿银行牵头的银团签了一份10亿美元、为期三年的循环信用额度。", ["北屿银行"]),
    ("北屿银行和澄岳科技签下一笔10亿美元的信用额度，期限三年。", ["北屿银行"]),
    ("澄岳科技已与北屿银行、南汀银行签订了10亿美元循环信用额度。", ["北屿银行", "南汀银行"]),
    ("澄岳科技同北屿银行签署授信额度10亿美元。", ["北屿银行"]),
])
def test_credit_line_signed_with_banks_is_a_facility_of_the_other_firm(tmp_path, sentence, lenders):
    deals = _deals(tmp_path, _TYPES + sentence)
    facilities = [(r, fig) for fam, k, r, fig in deals if fam == "Facility"]
    assert facilities, deals
    roles, figures = facilities[0]
    assert roles["borrower"] == ["澄岳科技"] and sorted(roles["lender"]) == sorted(lenders)
    assert float(figures["amountUSD"].value) == 1e9


def test_a_bare_three_way_cooperation_is_still_no_deal(tmp_path):
    body = "澄岳科技、赫川微电子与北屿银行宣布达成三方合作。"
    assert _deals(tmp_path, body) == []


def test_goods_after_a_comma_opening_terms_in_english_make_a_supply(tmp_path):
    body = ("Tessan Cloud, a cloud provider, signed a memorandum of understanding with chipmaker "
            "Harrow Foundry, covering 150 MW of accelerators.")
    deals = _deals(tmp_path, body, language="en")
    assert any("SupplyAgreement" in k and r.get("supplier") == ["Harrow Foundry"]
               for _, k, r, _ in deals), deals
