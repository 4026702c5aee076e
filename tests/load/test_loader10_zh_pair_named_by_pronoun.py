"""Issue 10, tenth pass: "the two companies" (两家公司, 双方) after a sentence that names one of them
by pronoun (它, 该公司) and the other by name (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "芯片厂商赤岭半导体与模型公司墨川智能签署芯片采购协议。但墨川智能自己并没有数据中心。它的算力主要来自云服务商云栈科技。"
    "11月，两家公司签订为期5年、总额96亿美元的云服务合同。",
    "芯片厂商赤岭半导体与模型公司墨川智能签署芯片采购协议。墨川智能缺少机房。该公司的训练算力大多来自云服务商云栈科技。"
    "双方上月签订了一份为期5年、总额96亿美元的合同。",
    "芯片厂商赤岭半导体与模型公司墨川智能签署芯片采购协议。墨川智能不自建机房。它目前依靠云服务商云栈科技提供算力。"
    "两家公司近日签署一份为期5年、总额96亿美元的合同。",
    "芯片厂商赤岭半导体与模型公司墨川智能签署芯片采购协议。墨川智能缺少机房。其训练算力依赖云服务商云栈科技。"
    "据悉，两家公司已签订5年期、总额96亿美元的算力合同。",
])
def test_pair_after_a_pronoun_sentence_is_the_pronoun_firm_and_the_named_one(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    cloud = [f for f in out.frames if f.family == "Cloud"]
    assert len(cloud) == 1
    assert named_roles(ents, cloud[0]) == {"provider": ["云栈科技"], "customer": ["墨川智能"]}
    assert cloud[0].figures["amountUSD"].value == 9_600_000_000
