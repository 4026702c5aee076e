"""Issue 10, twenty-third pass: a verb of security tells what is pledged, not what is bought,
rented or supplied. What secures a financing ("…, secured by the GPUs installed there",
"secured on the servers") and what a lender takes as security ("took as security the chips and
X's contract with Y", "took the accelerators as collateral") give no deal from the trigger verbs
(``pledge_verb`` in relations.yaml ``triggers``, rules/triggers.py). "X secured 20,000 GPUs from
Y" and "X has secured an order … from Y" are still deals."""
import pytest

from tests.load.helpers import run

_GOODS = ("Cloud", "Supply", "Compute", "Lease")


def _goods_deals(ents, out):
    return [f for f in out.frames if f.family in _GOODS]


@pytest.mark.parametrize("body", [
    "Vexmoor Cloud said Orrinvale Capital, a private credit manager, had agreed to provide a $1.2 "
    "billion loan to its Nevada data-centre subsidiary, secured by the GPUs installed there.",
    "As its lender, Tarnwick Bank took as security the racks in the hall and the servers that "
    "Pellion AI rents there.",
    "Tarnwick Bank took the accelerators as collateral, along with the contract of Pellion AI.",
    "Pellion AI said Tarnwick Bank would provide a $700 million facility to its data-centre arm, "
    "secured on the accelerators installed there.",
], ids=["secured-by", "took-as-security", "took-as-collateral", "secured-on"])
def test_what_secures_a_financing_is_no_deal_of_its_own(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not _goods_deals(ents, out)


@pytest.mark.parametrize("body, family", [
    ("Vexmoor Cloud secured 20,000 GPUs from Pellion AI.", "Supply"),
    ("Vexmoor Cloud has secured a $2 billion order for GPU capacity from Pellion AI.", "Cloud"),
], ids=["secured-goods", "secured-order"])
def test_goods_secured_from_a_seller_are_still_a_deal(tmp_path, body, family):
    ents, out = run(tmp_path, body)
    assert [f.family for f in _goods_deals(ents, out)] == [family]
