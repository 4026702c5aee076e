"""Issue 10, tenth pass (dev11): English deal phrasings the rules did not read, each pinned on
invented paraphrases (invented firms, not copied from any article)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _deals(out, family=None):
    return [f for f in out.frames if family is None or f.family == family]


@pytest.mark.parametrize("body", [
    "Tollan AI, the model developer, and Brisa Cloud, a cloud provider, agree to develop 4.5 "
    "gigawatts of additional data-centre capacity in Texas.",
    "Brisa Cloud and Tollan AI have agreed to build a further 4.5 GW of computing capacity in Ohio. "
    "Tollan AI is a model developer and Brisa Cloud a cloud provider.",
    "Tollan AI and Brisa Cloud will jointly construct 4,500 megawatts of data centre capacity, the "
    "companies said. Brisa Cloud is a cloud provider.",
])
def test_pair_agreeing_to_build_capacity_is_a_cloud_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out, "Cloud")
    assert len(deals) == 1
    assert named_roles(ents, deals[0]) == {"provider": ["Brisa Cloud"], "customer": ["Tollan AI"]}
    assert float(deals[0].figures["capacityGW"].value) == 4.5


@pytest.mark.parametrize("body", [
    "Corvane Labs, the AI lab, signed a five-year capacity reservation with Halvar Compute, the GPU "
    "cloud operator, valued at $4.1 billion.",
    "Halvar Compute, a cloud provider, has struck a $4.1 billion reservation with Corvane Labs, a "
    "model developer, running five years.",
    "Corvane Labs, a model developer, inks a five-year, $4.1 billion capacity reservation with Halvar "
    "Compute, the cloud provider.",
])
def test_capacity_reservation_is_a_deal_noun(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out, "Cloud")
    assert len(deals) == 1
    assert named_roles(ents, deals[0]) == {"provider": ["Halvar Compute"], "customer": ["Corvane Labs"]}
    assert float(deals[0].figures["amountUSD"].value) == 4.1e9


@pytest.mark.parametrize("body", [
    "Kestrin Networks said Brannock Cloud, the cloud provider, had agreed to buy $1.9 billion of its "
    "transceivers over three years.",
    "Brannock Cloud will purchase $1.9 billion of optical components from Kestrin Networks over three "
    "years.",
    "Brannock Cloud, a cloud provider, ordered $1.9 billion of Kestrin Networks transceivers, to be "
    "delivered over three years.",
])
def test_optical_parts_are_supplied_goods(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out)
    assert len(deals) == 1 and deals[0].family in ("Supply", "Compute")
    assert named_roles(ents, deals[0]) == {"supplier": ["Kestrin Networks"], "buyer": ["Brannock Cloud"]}
    assert float(deals[0].figures["amountUSD"].value) == 1.9e9


@pytest.mark.parametrize("tail", [
    "The new deal lifts the total value of its agreements with Tollan to $9.4 billion.",
    "Brisa Cloud said that brought the total value of its Tollan AI contracts to $9.4 billion.",
    "The new order lifts the combined value of the two companies' deals to $9.4 billion.",
])
def test_running_total_in_any_tense_is_no_figure(tmp_path, tail):
    body = ("Brisa Cloud, a cloud provider, signed a contract with Tollan AI, a model developer, worth "
            "up to $3 billion. " + tail)
    ents, out = run(tmp_path, body)
    amounts = {float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures}
    assert amounts == {3e9}


@pytest.mark.parametrize("second", [
    "In May the Brisa Cloud relationship was expanded by $4 billion.",
    "Two months later Brisa Cloud expanded the contract by another $4 billion.",
    "The Brisa Cloud partnership has since grown by about $4 billion.",
])
def test_deal_expanded_by_an_amount_naming_one_party_is_a_new_tranche(tmp_path, second):
    body = ("In March Brisa Cloud, a cloud provider, signed a five-year contract with Tollan AI, a model "
            "developer, worth up to $9 billion. " + second)
    ents, out = run(tmp_path, body)
    amounts = sorted(float(f.figures["amountUSD"].value) for f in _deals(out, "Cloud")
                     if "amountUSD" in f.figures)
    assert amounts == [4e9, 9e9]
    for f in _deals(out, "Cloud"):
        assert named_roles(ents, f) == {"provider": ["Brisa Cloud"], "customer": ["Tollan AI"]}


def _assert_one_brisa_tollan_cloud_deal_of_6_5bn(tmp_path, body):
    """The deal both phrasings below state: Tollan AI buys $6.5bn of cloud capacity from Brisa."""
    ents, out = run(tmp_path, body)
    deals = _deals(out, "Cloud")
    assert len(deals) == 1
    assert named_roles(ents, deals[0]) == {"provider": ["Brisa Cloud"], "customer": ["Tollan AI"]}
    assert float(deals[0].figures["amountUSD"].value) == 6.5e9


@pytest.mark.parametrize("body", [
    "Sept. 25. Brisa Cloud, a cloud provider, signs a further agreement with Tollan AI worth up to "
    "$6.5 billion.",
    "Tollan AI, a model developer, strikes a $6.5 billion contract with Brisa Cloud, the cloud "
    "provider.",
    "Brisa Cloud, the cloud provider, inks a deal with Tollan AI, a model developer, valued at $6.5 "
    "billion.",
])
def test_signing_verbs_in_the_present_tense_state_deals(tmp_path, body):
    _assert_one_brisa_tollan_cloud_deal_of_6_5bn(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Brisa Cloud, a cloud provider, disclosed an expanded agreement under which Tollan AI will buy "
    "up to $6.5 billion of additional compute.",
    "Brisa Cloud signed a contract whereby Tollan AI, a model developer, would purchase $6.5 billion "
    "of computing capacity over four years.",
    "Under a deal announced on Monday, Brisa Cloud has a pact in which Tollan AI has agreed to rent "
    "$6.5 billion of capacity.",
])
def test_deal_under_which_the_other_firm_buys_compute(tmp_path, body):
    _assert_one_brisa_tollan_cloud_deal_of_6_5bn(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Brisa Cloud, a cloud provider, said on Monday it had received an order from Orvane Micro, the "
    "chipmaker, worth at least $6.3 billion.",
    "In September Brisa Cloud, the cloud provider, disclosed an order from the chipmaker Orvane "
    "Micro worth at least $6.3 billion.",
    "Brisa Cloud, a GPU cloud, has won a $6.3 billion capacity order from Orvane Micro, a chipmaker.",
])
def test_order_from_a_firm_makes_it_the_customer(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out)
    assert len(deals) == 1 and deals[0].family == "Cloud"
    assert named_roles(ents, deals[0]) == {"provider": ["Brisa Cloud"], "customer": ["Orvane Micro"]}
    assert float(deals[0].figures["amountUSD"].value) == 6.3e9


@pytest.mark.parametrize("body", [
    "Brisa Cloud, a cloud provider, signs a $38 billion, seven-year agreement. Tollan AI will run on "
    "hundreds of thousands of Orvane Micro chips in Brisa Cloud data centres.",
    "Brisa Cloud, the cloud provider, has struck a seven-year agreement worth $38 billion. Tollan AI, "
    "a model developer, will train its models on Orvane Micro accelerators housed in Brisa Cloud's "
    "data centres.",
    "Brisa Cloud, a cloud provider, landed a $38 billion, seven-year contract on Monday. Tollan AI "
    "will deploy its models on racks of Orvane Micro GPUs hosted in Brisa Cloud's data centers.",
])
def test_compute_in_a_clouds_data_centres_is_bought_from_the_cloud(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = _deals(out)
    assert len(deals) == 1 and deals[0].family == "Cloud"
    assert named_roles(ents, deals[0]) == {"provider": ["Brisa Cloud"], "customer": ["Tollan AI"]}
    assert float(deals[0].figures["amountUSD"].value) == 38e9
    assert float(deals[0].figures["termYears"].value) == 7
