"""Issue 10, twelfth pass (bindingness): a warrant takes no bindingness from another sentence unless
that sentence names a warrant ("Kestrel described it as a take-or-pay agreement" is about the
contract, not the warrant granted next); a contract first read where it is pledged ("secured by the
Orrin contract") is the contract a bindingness sentence naming its two firms told earlier.
Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body", [
    "Kestrel Cloud, a GPU cloud provider, agreed to rent $2 billion of capacity to Orrin Labs, an AI lab. "
    "Kestrel described the Orrin deal as a take-or-pay agreement. Kestrel Cloud also granted Orrin Labs "
    "a warrant to buy 5 million Kestrel shares.",
    "Kestrel Cloud, a GPU cloud provider, agreed to rent $2 billion of capacity to Orrin Labs, an AI lab. "
    "Kestrel Cloud granted Orrin Labs a warrant to buy 5 million Kestrel shares. Orrin Labs and Kestrel "
    "Cloud called the capacity contract binding.",
    "云服务商启衡云与大模型公司墨岩智能签订30亿美元算力服务合同。启衡云与墨岩智能表示，该算力合同具有法律约束力。"
    "启衡云同时向墨岩智能授予认股权证，可认购500万股启衡云股票。",
])
def test_warrant_takes_no_binding_cue_from_another_sentence(tmp_path, body):
    ents, out = run(tmp_path, body)
    warrants = [f for f in out.frames if f.family == "Warrant"]
    assert warrants and all(f.binding is None for f in warrants)


@pytest.mark.parametrize("body", [
    "Kestrel Cloud, a GPU cloud provider, granted Orrin Labs, an AI lab, a warrant to buy 5 million "
    "Kestrel shares. Orrin Labs and Kestrel Cloud said the warrant agreement is binding.",
    "云服务商启衡云向大模型公司墨岩智能授予认股权证，可认购500万股启衡云股票。启衡云与墨岩智能表示，认股权证协议已正式签署。",
    "Kestrel Cloud, a GPU cloud provider, granted Orrin Labs, an AI lab, a warrant to buy 5 million "
    "Kestrel shares. Kestrel said the warrant is binding on both sides.",
])
def test_warrant_named_in_the_cue_sentence_takes_it(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert [f for f in out.frames if f.family == "Warrant" and f.binding is True]


@pytest.mark.parametrize("body", [
    "The quarter brought Orrin Labs, an AI lab, to Kestrel Cloud, a GPU cloud provider, as its biggest "
    "customer. Kestrel Cloud and Orrin Labs call their five-year arrangement take-or-pay. Kestrel Cloud "
    "closed a $900 million term loan with Sundbank. The loan is secured by the Orrin contract.",
    "Orrin Labs, an AI lab, became the largest customer of Kestrel Cloud, a GPU cloud provider. Orrin Labs "
    "and Kestrel Cloud said their agreement is binding. Kestrel Cloud signed a $900 million term loan with "
    "Sundbank, which is backed by the Orrin contract.",
    "Kestrel Cloud, a GPU cloud provider, won Orrin Labs, an AI lab, as its anchor customer; Kestrel Cloud "
    "described its Orrin Labs arrangement as a definitive, non-cancellable agreement. Kestrel Cloud then "
    "took out a $900 million loan from Sundbank. Sundbank's collateral includes the Orrin contract.",
])
def test_contract_read_where_pledged_takes_the_cue_told_before(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family == "Cloud"]
    assert deals and all(f.binding is True for f in deals)
