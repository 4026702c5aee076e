"""Issue 10, ninth pass (second round): a Chinese name with a weak suffix (能源, 数据, 算力) told
once is a firm when it signs a deal with another ("与海岚新能源签署了一份备忘录"), unless a
describing word opens it (当地能源, 国内数据) (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, name", [
    ("云栈数据是一家数据中心运营商。云栈数据同时与汐岚新能源签署了一份备忘录，后者计划为园区二期供应约0.4吉瓦电力。",
     "汐岚新能源"),
    ("远舟科技此前已和青禾能源签订供电协议，规模300兆瓦。", "青禾能源"),
    ("星桥智能与澜川算力达成合作，租用其算力五年。", "澜川算力"),
])
def test_weak_suffix_name_signing_a_deal_once_is_a_firm(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    assert name in set(ents.names.values())


@pytest.mark.parametrize("body", [
    "该园区与当地能源签署了合作协议。",
    "远舟科技与国内数据签订了框架协议。",
])
def test_described_weak_suffix_word_is_no_firm(tmp_path, body):
    ents, _ = run(tmp_path, body)
    assert not any(n.startswith(("当地", "国内")) for n in ents.names.values())
