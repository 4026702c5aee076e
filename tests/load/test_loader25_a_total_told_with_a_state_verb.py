"""Issue 10, twenty-fifth pass: a running total of several contracts told with a verb of state
or growth ("whose combined value has grown to as much as $4.2bn", "the value of X's contracts with
Y stands at about $4.2bn", 双方合同总金额已增至42亿美元, 合同合计金额已增至…) is the sum of deals, no
figure of the deal the sentence reads (``running_total`` in lexicon/cues.yaml, read before an
amount by rules/frames.py), as "bringing the total value of its contracts to $N" already was. A
contract's own amount ("signed a $4.2bn contract", "a contract worth $4.2bn") stays."""
import pytest

from tests.load.helpers import run


def _clouds(out):
    return [f for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("body", [
    "Murrow AI has already signed a string of capacity contracts with Harlow Cloud, whose combined "
    "value has grown to as much as $4.2 billion this year.",
    "After the latest expansion, the value of Murrow AI's contracts with Harlow Cloud stands at "
    "about $4.2 billion.",
    "大模型公司曜川智能与数据中心运营商岱海云签署算力服务合同，双方合同总金额已增至42亿美元。",
    "大模型公司曜川智能与数据中心运营商岱海云签署算力服务合同，合同合计金额已增至42亿美元。",
], ids=["en-combined-grown", "en-value-stands-at", "zh-zongjine", "zh-heji"])
def test_a_total_is_no_figure_of_the_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = _clouds(out)
    assert found and all("amountUSD" not in f.figures for f in found)


@pytest.mark.parametrize("body", [
    "Murrow AI signed a $4.2 billion contract with Harlow Cloud.",
    "Murrow AI signed a contract worth $4.2 billion with Harlow Cloud, its largest to date.",
    "大模型公司曜川智能与数据中心运营商岱海云签署算力服务合同，合同金额42亿美元。",
], ids=["en-own", "en-worth", "zh-own"])
def test_a_contracts_own_amount_stays(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert [float(f.figures["amountUSD"].value) for f in _clouds(out)] == [4.2e9]
