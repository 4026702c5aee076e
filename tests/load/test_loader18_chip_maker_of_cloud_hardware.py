"""Issue 10, eighteenth pass: the maker of a cloud deal's chips is no party of a chip deal.

Two parts of one class, a chipmaker named only as the brand of the goods:
- the model names before the goods may be listed the English way ("X KX40 and KX50 chips",
  "X KX70, KX80 or KX90 graphics processors"; `brand` in relations.yaml), so a cloud firm that
  will supply or offer them gets no supply deal with their maker;
- a chip deal whose supplier is named only as the goods' maker and whose buyer is, in the same
  sentence or the one before, the customer of a cloud deal ("Y will use … Z KX40 chips" after Y's
  cloud contract), or a party of one heading a relative clause over the goods (X部署的…芯片;
  `deployed_by_zh`), is the hardware of that cloud deal and is dropped (rules/cloud_hardware.py).
Left alone: a maker that supplies its own chips to a named buyer or sells them to one, and a cloud
provider that buys chips itself next to its cloud contract. Invented sentences and firms.
"""
from __future__ import annotations

import pytest

from tests.load.helpers import run

LEAD = "Kelderan Micro, the chipmaker, reported higher sales on Monday.\n\n"
LEAD_ZH = "澈川半导体是一家芯片公司。\n\n"


def _parties(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [sorted(ents.names.get(i, i) for i in f.parties()) for f in out.frames]


@pytest.mark.parametrize("body, maker", [
    (LEAD + "Varnholt Cloud signed a five-year, $4 billion contract with Ulvika AI. Over the term, "
     "Varnholt Cloud is to supply about 80,000 Kelderan Micro KX40 and KX50 chips, with delivery "
     "from next spring.", "Kelderan Micro"),
    (LEAD + "Tolvane Compute will offer Kelderan Micro KX70, KX80 or KX90 graphics processors in "
     "its new region, it said.", "Kelderan Micro"),
    (LEAD + "Ulvika AI signed a six-year, $7 billion cloud contract with Varnholt Cloud. Under it, "
     "Ulvika AI will use tens of thousands of Kelderan Micro KX40 and KX50 chips that Varnholt "
     "Cloud deploys.", "Kelderan Micro"),
    (LEAD_ZH + "岚峤科技向鹤汀云计算采购60亿元的云服务，期限五年。根据协议，岚峤科技将使用鹤汀云计算部署的数万颗"
     "澈川半导体KX40和KX50芯片。", "澈川半导体"),
    (LEAD_ZH + "岚峤科技向鹤汀云计算租用50亿元的算力，期限三年，将使用数万颗澈川半导体KX40和KX50芯片。", "澈川半导体"),
])
def test_the_maker_of_the_hardware_is_no_party(tmp_path, body, maker):
    found = _parties(tmp_path, body)
    assert not any(maker in p for p in found), found


@pytest.mark.parametrize("body, pair", [
    (LEAD + "Kelderan Micro will supply 2 gigawatts of its KX40 and KX50 chips to Saxmund AI over "
     "four years.", ["Kelderan Micro", "Saxmund AI"]),
    (LEAD + "Separately, Pellwick Labs agreed to buy $900 million of KX40 and KX50 processors from "
     "Kelderan Micro.", ["Kelderan Micro", "Pellwick Labs"]),
    (LEAD + "Ulvika AI signed a six-year, $7 billion cloud contract with Varnholt Cloud. To serve "
     "it, Varnholt Cloud ordered $1.3 billion of KX40 processors from Kelderan Micro.",
     ["Kelderan Micro", "Varnholt Cloud"]),
])
def test_a_makers_own_deal_stays(tmp_path, body, pair):
    assert pair in _parties(tmp_path, body)
