"""Issue 10, sixteenth pass: a capacity a PAIR of firms is told as each or both having is no deal's
figure. A verb of having (have, own, operate, run, 拥有, 运营) right before a capacity, with only
words of degree between, a word telling the pair (each, both, together, 各自, 均) by it and no deal
noun or verb in the sentence: the pair's deal told next does not take it (rules/held_figures.py).
A capacity one firm or one site has, in a sentence telling a deal, stays the deal's; so does a
capacity a deal covers, and a holding of shares stays a stake. Invented sentences and firms."""
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
    # zh: the pair's holdings, then the rent
    ("铎岚科技与箐川智能目前各自拥有约2.5吉瓦的机房容量。今年秋天，箐川智能决定向铎岚科技租用云算力，"
     "协议金额约30亿美元。", "zh"),
    # zh: 均 tells the pair, the deal told in the next sentence
    ("截至去年底，铎岚科技和箐川智能均已运营超过1吉瓦的智算容量。双方随后商定，由铎岚科技为箐川智能提供云算力，"
     "价款约12亿美元。", "zh"),
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
    # one site's power, in the sentence telling the lease
    ("Ovrel AI signed a ten-year lease with Harnett Compute for a Kansas site that has 450 MW of "
     "power.", None, 0.45),
    # what one firm has set aside under the deal just told
    ("Ovrel AI agreed to rent cloud capacity from Harnett Compute. Ovrel AI has around 1.2 GW set "
     "aside under the deal.", None, 1.2),
    # zh: one data centre's capacity, the centre the deal rents
    ("岚屿智能计划向澄川科技租下其位于内蒙古、拥有约0.7吉瓦容量的一座智算中心。", "zh", 0.7),
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
