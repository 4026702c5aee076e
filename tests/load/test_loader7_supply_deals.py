"""Issue 10, seventh pass: supply deals told by their contract noun, and power bought for data
centres (invented text)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import named_roles, run


def test_zh_purchase_contract_signed_with_a_domestic_chipmaker_is_a_supply_deal(tmp_path):
    ents, out = run(tmp_path, "云厂商雾岛云同期与国产芯片厂商青石科技正式签署GPU服务器采购合同，金额约30亿元，"
                    "约合4.2亿美元。", language="zh")
    deal = next(f for f in out.frames if f.family == "Supply")
    assert named_roles(ents, deal) == {"buyer": ["雾岛云"], "supplier": ["青石科技"]}
    assert deal.figures["amountUSD"].value == Decimal("420000000")


def test_zh_accelerator_maker_role_word_joins_the_firm(tmp_path):
    ents, out = run(tmp_path, "云厂商雾岛云与国产加速卡厂商北极半导体签署了一份供货协议，采购AI加速卡，"
                    "合同金额约70亿元，约合9.8亿美元。", language="zh")
    deal = next(f for f in out.frames if "SupplyAgreement" in f.kinds)
    assert named_roles(ents, deal) == {"buyer": ["雾岛云"], "supplier": ["北极半导体"]}


def test_en_power_purchase_agreement_is_a_supply_deal_of_the_power_producer(tmp_path):
    ents, out = run(tmp_path, "Corvane Cloud has lined up power and money for its Ohio campus, the "
                    "data center company said on Monday, after signing a 15-year power purchase "
                    "agreement with Tallow Energy for 500MW.")
    deal = next(f for f in out.frames if f.family == "Supply")
    assert deal.kinds == {"SupplyAgreement"}
    assert named_roles(ents, deal) == {"buyer": ["Corvane Cloud"], "supplier": ["Tallow Energy"]}
    assert deal.figures["capacityGW"].value == Decimal("0.5")
    assert deal.figures["termYears"].value == 15


def test_en_letter_of_intent_with_a_power_developer_for_megawatts_is_power_supply(tmp_path):
    ents, out = run(tmp_path, "Corvane Cloud, a GPU cloud provider, has signed a letter of intent "
                    "with Mossbank Partners, an Ohio power developer, for 200 megawatts from a "
                    "new solar farm.")
    deal = next(f for f in out.frames if f.parties())
    assert deal.family == "Supply" and "ComputeCommitment" not in deal.kinds
    assert named_roles(ents, deal) == {"buyer": ["Corvane Cloud"], "supplier": ["Mossbank Partners"]}


def test_zh_framework_agreement_to_supply_green_power_is_a_supply_deal(tmp_path):
    ents, out = run(tmp_path, "云厂商雾岛云与新能源企业赤峰能源签署了框架协议，由赤峰能源为其园区供应400兆瓦绿电。",
                    language="zh")
    deal = next(f for f in out.frames if f.family == "Supply")
    assert deal.kinds <= {"SupplyAgreement", "LetterOfIntent"}
    assert named_roles(ents, deal) == {"buyer": ["雾岛云"], "supplier": ["赤峰能源"]}
    assert deal.figures["capacityGW"].value == Decimal("0.4")


def test_en_cloud_deal_with_an_ai_lab_for_megawatts_stays_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "Corvane Cloud, a GPU cloud provider, has signed a letter of intent "
                    "with Quill Labs, an AI lab, for 200 megawatts of capacity.")
    deal = next(f for f in out.frames if f.parties())
    assert deal.family == "Cloud"


def test_en_buying_an_amount_of_rack_systems_from_a_chipmaker_is_a_supply_deal(tmp_path):
    ents, out = run(tmp_path, "Last month Corvane Cloud agreed to buy $2.4 billion of GX200 rack "
                    "systems from Brisa Silicon, the chipmaker, with deliveries through next year.")
    deal = next(f for f in out.frames if f.family == "Supply")
    assert named_roles(ents, deal) == {"buyer": ["Corvane Cloud"], "supplier": ["Brisa Silicon"]}
    assert deal.figures["amountUSD"].value == Decimal("2400000000")
