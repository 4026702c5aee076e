"""Issue 10, eleventh pass (observations): a firm named as the maker of a product inside a metric
("其英伟达GPU租赁业务收入", "its Nvidia GPU rental revenue") does not own the metric when another
firm or a possessive stands before it; named alone it still does (invented firms; Nvidia and AMD
stand for any chip brand)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metrics(ents, out):
    return {(ents.names.get(m.firm), m.name) for m in out.metrics}


@pytest.mark.parametrize("body, owner, maker", [
    ("据云服务商澄宇云披露，公司二季度英伟达GPU租赁业务收入约为7亿美元。", "澄宇云", "Nvidia"),
    ("Harlow Cloud said that in the quarter its AMD chip rental revenue was about $900 million.",
     "Harlow Cloud", "AMD"),
    ("Harlow Cloud disclosed that, over the summer, Nvidia server leasing revenue came to about "
     "$900 million.", "Harlow Cloud", "Nvidia"),
])
def test_product_maker_inside_a_metric_is_not_its_owner(tmp_path, body, owner, maker):
    ents, out = run(tmp_path, body)
    found = _metrics(ents, out)
    assert (owner, "revenue") in found
    assert (maker, "revenue") not in found


@pytest.mark.parametrize("body, maker", [
    ("英伟达GPU销售收入约90亿美元。", "Nvidia"),
    ("Nvidia chip sales reached $9 billion in the quarter.", "Nvidia"),
])
def test_product_maker_named_alone_keeps_its_metric(tmp_path, body, maker):
    ents, out = run(tmp_path, body)
    assert (maker, "revenue") in _metrics(ents, out)
