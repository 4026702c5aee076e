"""Issue 10, ninth pass: a deal's figures told in the sentence before the sentence of its terms,
which refers back to it (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "应收账款的来源，是双方近日签署的一份三年期算力服务框架协议，预计总金额约6.7亿美元。根据协议，云服务商澜川云将通过两地的数据中心"
    "向大模型公司星川智能提供训练及推理算力。",
    "The contract runs for three years and is worth about $670 million. Under it, Lanchuan Cloud, "
    "a cloud provider, will supply computing capacity to Xingchuan AI, a model developer.",
])
def test_figures_told_before_the_terms_sentence_are_the_deals(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert len(out.frames) == 1
    f = out.frames[0]
    assert f.family == "Cloud"
    assert f.figures["amountUSD"].value == 670_000_000
    assert f.figures["termYears"].value == 3


def test_figures_before_a_sentence_that_does_not_refer_back_stay_put(tmp_path):
    ents, out = run(tmp_path, "Lanchuan Cloud's revenue rose to $670 million last year. Lanchuan "
                    "Cloud, a cloud provider, will supply computing capacity to Xingchuan AI, a "
                    "model developer.")
    assert all("amountUSD" not in f.figures for f in out.frames)
