"""Issue 10, fourteenth pass: the type words of a GPU cloud operator that fresh stories use and
the lexicon lacked: "a/the (listed, Czech, …) GPU cloud", Chinese IDC operators ("IDC运营商X"), and
Chinese role predicates with 第三方/独立 before the role word ("X是国内较早转型的第三方数据中心运营商")
(invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _types(ents, name):
    iri = next(i for i, n in ents.names.items() if n == name)
    return set(ents.types.get(iri, {}))


@pytest.mark.parametrize("body, name", [
    ("Corvel Compute, the Nasdaq-listed GPU cloud, said on Monday that it signed a $2 billion "
     "contract with Ardent Labs.", "Corvel Compute"),
    ("Ardent Labs agreed to buy capacity from Halden Compute, a GPU cloud based in Lisbon.",
     "Halden Compute"),
    ("Shares of Pasko Compute, the Czech GPU cloud, rose 6% after the loan closed.", "Pasko Compute"),
    ("青岚数据（300xxx）12月4日晚间发布公告。青岚数据是国内较早转型的第三方数据中心运营商，去年营收12亿元。",
     "青岚数据"),
    ("云枢科技是一家独立算力服务商，总部位于成都。", "云枢科技"),
    ("IDC运营商泓川数据与大模型公司栖云智能签署了算力服务合同。", "泓川数据"),
])
def test_gpu_cloud_words_type_the_firm_cloud_provider(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    assert "CloudProvider" in _types(ents, name), ents.types


def test_gpu_cloud_capacity_types_no_buyer(tmp_path):
    # "GPU cloud" as a thing bought, not as what a firm is
    ents, _ = run(tmp_path, "Ardent Labs, a model developer, rents GPU cloud capacity from "
                            "Halden Compute under a three-year contract.")
    assert "CloudProvider" not in _types(ents, "Ardent Labs"), ents.types
