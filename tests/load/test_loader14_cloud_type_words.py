"""Issue 10, fourteenth pass: the type words of a GPU cloud operator that fresh stories use and
the lexicon lacked: "a/the (listed, Czech, …) GPU cloud", Chinese IDC operators ("IDC运营商X"), and
Chinese role predicates with 第三方/独立 before the role word ("X是…的第三方智算服务商")
(invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _types(ents, name):
    iri = next(i for i, n in ents.names.items() if n == name)
    return set(ents.types.get(iri, {}))


@pytest.mark.parametrize("body, name", [
    ("Quillan Compute, an NYSE-listed GPU cloud, posted a narrower loss for the quarter.",
     "Quillan Compute"),
    ("Brenmoor Labs leases its chips from Kestrin Compute, a GPU cloud headquartered in Warsaw.",
     "Kestrin Compute"),
    ("The Oslo-based GPU cloud Vardo Compute reported revenue of 310 million dollars.",
     "Vardo Compute"),
    ("磐溪科技是华南老牌的第三方智算服务商，客户以高校为主。", "磐溪科技"),
    ("砾川科技是川渝一带的独立IDC服务商。", "砾川科技"),
    ("公告称，由IDC运营商澄溪数据负责园区的运维。", "澄溪数据"),
])
def test_gpu_cloud_words_type_the_firm_cloud_provider(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    assert "CloudProvider" in _types(ents, name), ents.types


def test_gpu_cloud_capacity_types_no_buyer(tmp_path):
    # "GPU cloud" as a thing bought, not as what a firm is
    ents, _ = run(tmp_path, "Brenmoor Labs, a maker of voice models, buys GPU cloud capacity from "
                            "Kestrin Compute each month.")
    assert "CloudProvider" not in _types(ents, "Brenmoor Labs"), ents.types
