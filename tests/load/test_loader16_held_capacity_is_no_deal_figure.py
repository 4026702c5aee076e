"""Issue 10, sixteenth pass: a capacity a firm or a pair merely HAS is no deal's figure. A verb of
having (have, own, operate, run, 拥有, 具备, 运营) right before a capacity, with only words of degree
between, tells what the firms own; neither the deal of the same sentence nor the pair's deal told
next takes it (rules/held_figures.py). A capacity a deal covers, a holding of shares and a stake's
percentage stay. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _deals(tmp_path, body, language=None):
    ents, out = run(tmp_path, body, **({"language": language} if language else {}))
    return [(f.family, {r: sorted(ents.names.get(i, i) for i in v) for r, v in f.roles.items()},
             {k: float(v.value) for k, v in f.figures.items()}) for f in out.frames]


@pytest.mark.parametrize("body, language", [
    # the pair's capacity told the sentence before their deal, "each operate"
    ("Quenby Compute and Lorvat AI each operate roughly 3 gigawatts of compute capacity "
     "across the Midwest. Lorvat AI agreed on Friday to rent GPU servers from Quenby Compute in a "
     "deal valued at $6 billion.", None),
    # "together own", the deal told by the two companies' contract
    ("Between them, Quenby Compute and Lorvat AI already own a combined 900 MW of "
     "capacity on powered land. Lorvat AI then committed to buy cloud capacity from Quenby Compute.",
     None),
    # a relative clause inside the deal's own sentence
    ("Quenby Compute, which runs about 1.8 GW of facilities in three states, will provide cloud "
     "computing to Lorvat AI under a multiyear contract.", None),
    # zh: the pair's holdings, then the rent
    ("铎岚科技与箐川智能目前各自拥有约2.5吉瓦的机房容量。今年秋天，箐川智能决定向铎岚科技租用云算力，"
     "协议金额约30亿美元。", "zh"),
    # zh: an attributive "拥有…的X" before the signing verb
    ("已运营近1.6吉瓦数据中心的铎岚科技，周三宣布将向箐川智能提供云算力服务，合同期五年。", "zh"),
])
def test_capacity_a_firm_has_is_no_deal_figure(tmp_path, body, language):
    deals = _deals(tmp_path, body, language)
    assert deals, "the deal itself is still read"
    assert all("capacityGW" not in figures for _, _, figures in deals), deals


@pytest.mark.parametrize("body, language, value", [
    # a capacity the deal covers (the verb is the deal's)
    ("Lorvat AI is buying 1.4 gigawatts of cloud capacity from Quenby Compute.",
     None, 1.4),
    # the capacity after "covering", in a sentence that says the firm has a site
    ("Quenby Compute, which has a campus in Ohio, will supply 700 megawatts of cloud "
     "capacity to Lorvat AI.", None, 0.7),
    # the verb of having told as what will be under the deal (a modal before it)
    ("Under a cloud contract signed in May, Quenby Compute will provide Lorvat AI with servers and "
     "will operate 600 megawatts for it in Ohio.", None, 0.6),
    ("铎岚科技将向箐川智能提供云算力服务，并将运营约0.9吉瓦的专属集群。", "zh", 0.9),
    # zh: 采购 is the deal's verb
    ("箐川智能计划分三年向铎岚科技采购合共1.1吉瓦的云算力。", "zh", 1.1),
])
def test_capacity_a_deal_covers_stays(tmp_path, body, language, value):
    deals = _deals(tmp_path, body, language)
    assert any(figures.get("capacityGW") == value for _, _, figures in deals), deals


def test_shares_a_firm_owns_stay_a_stake(tmp_path):
    deals = _deals(tmp_path, "Quenby Compute holds a 5% stake in Lorvat AI priced near $900 million.")
    stakes = [figures for family, _, figures in deals if family == "Stake"]
    assert stakes and stakes[0].get("stakePercent") == 5.0, deals
