"""Issue 10, nineteenth pass: a further deal of one pair told by its place in a sequence, in a
sentence that tells no deal of its own, is another tranche of that pair's deal with its own
amount (``deal_increment`` in lexicon/cues.yaml, ``rules/extract._increment``): an amount added
("a later expansion added $800 million to the contract"), more of the same bought ("said it would
rent additional computing capacity for up to $650 million"), an ordinal standing for the deal ("The
first contract, priced at …", "A second, …", 第二份合同, 再签…). One amount told twice
(a timeline's heading run into its entry) is one amount; a running total in the same sentence is
none. "The contract" points at the latest deal that is no financing and no holding. A sentence
that names one firm and reads as going on about another pair's deal (合同金额 after a stake of
other firms) falls back to that firm's own deal.

Not read: an amount added to a market value or a result ("the rally added $9 billion to its
market value"), an ordinal that qualifies a thing ("The first phase costs …"), 再加上 (plus), and a
firm named in the sentence that is no party of any deal told. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    found = {}
    for f in out.frames:
        if f.is_fact and "amountUSD" in f.figures:
            key = (f.family, tuple(sorted(ents.names.get(i, i) for i in f.parties())))
            found.setdefault(key, set()).add(float(f.figures["amountUSD"].value))
    return found


def _pair_amounts(found, a, b):
    return set().union(*[v for (family, firms), v in found.items()
                         if family not in ("Stake", "Warrant") and set(firms) == {a, b}] or [set()])


@pytest.mark.parametrize("body, pair, amounts, language", [
    ("Stormhold Cloud agreed a $2.1 billion compute contract with Tharrow AI in 2024. An "
     "amendment signed in June added $800 million to that contract, according to a filing.",
     ("Stormhold Cloud", "Tharrow AI"), {2.1e9, 8e8}, None),
    ("Tharrow AI signed a $2.1 billion cloud contract with Stormhold Cloud in January. By autumn "
     "the lab had ordered additional GPU capacity worth $650 million from Stormhold Cloud.",
     ("Stormhold Cloud", "Tharrow AI"), {2.1e9, 6.5e8}, None),
    ("Stormhold Cloud serves Tharrow AI under two cloud contracts. Under the first contract, "
     "priced at $1.4 billion, capacity came online in February. The second contract, for up to "
     "$2.2 billion, was agreed in August; together they are worth $3.6 billion.",
     ("Stormhold Cloud", "Tharrow AI"), {1.4e9, 2.2e9}, None),
    ("云服务商驰原科技与岚峰智能签署一份价值12亿美元的算力服务合同。8月，第二份合同签订，金额约5亿美元。",
     ("驰原科技", "岚峰智能"), {1.2e9, 5e8}, "zh"),
    ("云服务商驰原科技与岚峰智能签署一份价值12亿美元的算力服务合同。今年11月，双方再签一份扩容订单，总值7亿美元。",
     ("驰原科技", "岚峰智能"), {1.2e9, 7e8}, "zh"),
    ("云服务商驰原科技与岚峰智能签署一份价值12亿美元的算力服务合同。与此同时，焕川资本入股驰原科技，持股5%，"
     "出资2亿美元。岚峰智能随后追加合同金额3亿美元。", ("驰原科技", "岚峰智能"), {1.2e9, 3e8}, "zh"),
])
def test_a_further_deal_in_a_sequence_is_a_tranche(tmp_path, body, pair, amounts, language):
    found = _amounts(tmp_path, body, language=language)
    assert _pair_amounts(found, *pair) == amounts, found


@pytest.mark.parametrize("body, pair, amounts, language", [
    ("Tharrow AI signed a $2.1 billion cloud contract with Stormhold Cloud. The rally added "
     "roughly $9 billion to Stormhold Cloud's market value.",
     ("Stormhold Cloud", "Tharrow AI"), {2.1e9}, None),
    ("Tharrow AI signed a $2.1 billion cloud contract with Stormhold Cloud. The first phase "
     "costs $300 million, the company said.", ("Stormhold Cloud", "Tharrow AI"), {2.1e9}, None),
    ("Tharrow AI signed a $2.1 billion cloud contract with Stormhold Cloud. Separately, Orvex "
     "Cloud agreed to buy additional capacity for $400 million.",
     ("Stormhold Cloud", "Tharrow AI"), {2.1e9}, None),
    ("云服务商驰原科技与岚峰智能签署一份价值12亿美元的算力服务合同。再加上此前的贷款，公司负债约20亿美元。",
     ("驰原科技", "岚峰智能"), {1.2e9}, "zh"),
])
def test_no_tranche_from_other_amounts(tmp_path, body, pair, amounts, language):
    found = _amounts(tmp_path, body, language=language)
    assert _pair_amounts(found, *pair) == amounts, found


_TOLD = "Tharrow AI signed a $2.1 billion cloud contract with Stormhold Cloud. "
_TOLD_ZH = "云服务商驰原科技与岚峰智能签署一份价值12亿美元的算力服务合同。"


@pytest.mark.parametrize("after", [
    "The news added $9 billion to Stormhold Cloud's value in a single session.",
    "The deal added about $2 billion to Stormhold Cloud's order book.",
    "Stormhold Cloud's spending added $1.2 billion to its capital budget for the year.",
    "Interest costs added $150 million to the bill last year.",
    "Tharrow AI also plans to rent more capacity elsewhere, spending up to $500 million.",
    "Tharrow AI has no plans to buy additional capacity worth $1 billion, its finance chief said.",
    "Tharrow AI may take more compute later, possibly worth $900 million, analysts said.",
    "Other customers rented more capacity in the quarter, paying $700 million in total.",
    "The second, a $400 million bond, matures in 2029.",
    "The second deal, with an unnamed hyperscaler, is worth up to $900 million.",
])
def test_pin_no_tranche_from_a_value_a_plan_a_denial_or_another_party(tmp_path, after):
    """Twentieth pass, after review: an amount added to something that is not the deal, a further
    deal only planned, hedged or denied, a deal with someone else, and an ordinal standing for
    another instrument give no further tranche."""
    found = _amounts(tmp_path, _TOLD + after)
    assert _pair_amounts(found, "Stormhold Cloud", "Tharrow AI") == {2.1e9}, found


@pytest.mark.parametrize("after", [
    "驰原科技表示将再加大投入，今年资本开支约20亿美元。",
    "驰原科技股价再加速上涨，市值增加30亿美元。",
    "分析师预计双方明年可能再签约，规模或达10亿美元。",
    "第二份合同的买方为另一家海外客户，金额约5亿美元。",
])
def test_pin_no_zh_tranche_from_a_forecast_a_rally_or_another_buyer(tmp_path, after):
    found = _amounts(tmp_path, _TOLD_ZH + after, language="zh")
    assert _pair_amounts(found, "驰原科技", "岚峰智能") == {1.2e9}, found
