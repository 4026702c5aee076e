"""Phrasings of the third dev set, as general mechanisms: figures and bindingness in a sentence of
their own, pacts under which one side pays the other, nominal deals, titles before names."""
from __future__ import annotations

from tests.load.helpers import frames_by_family, named_roles, run


def test_figure_in_the_following_sentence_joins_the_deal(tmp_path):
    ents, out = run(tmp_path, "Tarrow Cloud inked a pact under which OpenAI will pay it for access "
                    "to 1.2 gigawatts of computing capacity over six years. The contract is worth "
                    "about $22 billion. The agreement is binding.", language="en")
    cloud = frames_by_family(out)["Cloud"][0]
    assert named_roles(ents, cloud) == {"provider": ["Tarrow Cloud"], "customer": ["OpenAI"]}
    assert float(cloud.figures["amountUSD"].value) == 22e9
    assert float(cloud.figures["capacityGW"].value) == 1.2
    assert cloud.binding is True


def test_same_pair_sentence_completes_figures(tmp_path):
    ents, out = run(tmp_path, "Lattice Reasoning signed a four-year agreement with Oracle for cloud "
                    "computing capacity. Under the agreement, Lattice Reasoning will pay Oracle "
                    "roughly $6 billion.", language="en")
    cloud = frames_by_family(out)["Cloud"][0]
    assert float(cloud.figures["amountUSD"].value) == 6e9


def test_neither_agreement_reaches_both_deals(tmp_path):
    ents, out = run(tmp_path, "Meridale AI agreed to acquire 2 gigawatts of Nvidia systems. "
                    "Meridale AI also signed a $9 billion, five-year cloud contract with "
                    "Quarrystone Networks, a GPU cloud provider. Neither agreement is legally "
                    "binding yet.", language="en")
    assert len(out.frames) == 2 and all(f.binding is False for f in out.frames)


def test_zh_service_provision_and_contract_value(tmp_path):
    ents, out = run(tmp_path, "云服务商川穹云计算宣布，将向大模型公司月隐智能提供总额48亿美元的算力服务。"
                    "该合同为具有法律约束力的正式合同。", language="zh")
    cloud = frames_by_family(out)["Cloud"][0]
    assert named_roles(ents, cloud) == {"provider": ["川穹云计算"], "customer": ["月隐智能"]}
    assert cloud.binding is True


def test_joint_title_before_a_chinese_name(tmp_path):
    ents, out = run(tmp_path, "星澈智能联合创始人兼首席执行官林若溪表示，公司将扩大训练规模。", language="zh")
    assert {(p.person_name, p.role) for p in out.posts} == {("林若溪", "CEO"), ("林若溪", "Founder")}


def test_descriptive_capitals_are_no_firm(tmp_path):
    ents, _ = run(tmp_path, "Nvidia invested in Lattice Reasoning, a San Francisco AI lab.",
                  language="en")
    assert "San Francisco AI" not in ents.names.values()
