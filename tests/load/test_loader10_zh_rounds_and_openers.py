"""Issue 10, tenth pass: Chinese deals told after a time or linking opener, and funding rounds
whose investors state no figure of their own (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "算力运营商云屿科技近日完成10亿元人民币B轮融资，约合1.4亿美元。本轮由投资机构青岚资本领投，"
    "北汀创投跟投，老股东澜舟资本超额跟投。",
    "云屿科技宣布完成了总额约1.4亿美元的B+轮融资。本轮由青岚资本、北汀创投联合领投，澜舟资本参投。",
    "Vexon Labs has closed a $140 million Series B. The round was led by Harrow Capital, with "
    "participation from Bellwood Partners and Quarry Ventures.",
])
def test_round_investors_without_own_figures_share_one_stake_at_the_round_size(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = [f for f in out.frames if f.family == "Stake"]
    assert len(stakes) == 1
    assert len(stakes[0].roles["investor"]) == 3
    assert stakes[0].figures["amountUSD"].value == 140_000_000


@pytest.mark.parametrize("body", [
    "墨川科技是一家大模型公司。这家公司上月宣布完成C轮融资，金额5亿美元，由美元基金曜川资本领投。",
    "墨川科技10月宣布获得一轮5亿美元融资，本轮由曜川资本领投。",
])
def test_round_with_one_described_lead_gets_the_round_size(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    stakes = [f for f in out.frames if f.family == "Stake"]
    assert len(stakes) == 1
    assert named_roles(ents, stakes[0])["investee"] == ["墨川科技"]
    assert stakes[0].figures["amountUSD"].value == 500_000_000


def test_round_investors_with_own_amounts_keep_their_own_stakes(tmp_path):
    body = ("人工智能公司深曜科技近日完成一轮12亿美元融资。本轮由云服务商云枢科技领投，老股东启明湾资本跟投。"
            "知情人士透露，云枢科技出资8亿美元；启明湾资本则出资4亿美元。")
    ents, out = run(tmp_path, body, language="zh")
    amounts = sorted(f.figures["amountUSD"].value for f in out.frames if f.family == "Stake")
    assert amounts == [400_000_000, 800_000_000]


@pytest.mark.parametrize("body", [
    "算元科技成立于2022年，目前运营四座智算中心。今年8月，公司与芯片厂商昆岭科技签署采购合同，采购8000张推理卡。",
    "算元科技成立于2022年，目前运营四座智算中心。此外，公司还向芯片厂商昆岭科技采购了8000张推理卡。",
    "算元科技成立于2022年，目前运营四座智算中心。2025年3月，其与芯片厂商昆岭科技签订了一份芯片采购协议。",
])
def test_subject_pronoun_after_a_time_or_linking_opener_is_the_previous_subject(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    supply = [f for f in out.frames if f.family == "Supply"]
    assert len(supply) == 1
    assert named_roles(ents, supply[0]) == {"supplier": ["昆岭科技"], "buyer": ["算元科技"]}


def test_section_heading_between_is_skipped_for_the_pronoun_subject(tmp_path):
    body = ("算元科技是一家算力服务商，在华东运营四座智算中心。\n\n**采购：推理卡**\n\n"
            "同日，公司与芯片厂商昆岭科技签署采购合同，采购8000张推理卡。")
    ents, out = run(tmp_path, body, language="zh")
    supply = [f for f in out.frames if f.family == "Supply"]
    assert len(supply) == 1
    assert named_roles(ents, supply[0])["buyer"] == ["算元科技"]
