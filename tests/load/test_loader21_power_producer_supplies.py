"""Issue 10, twenty-first pass: in a power deal the power producer supplies, whatever the wording.

A power purchase agreement or power supply contract ("X signed a power purchase agreement with
Y", "X inked a power supply deal with Y") is read by the power patterns with the subject as buyer
and the firm after "with" as supplier; a cloud firm's type then made a cloud provider of it. When
exactly one of the two parties is told as a power producer (its name, an apposition, a role word:
see `rules/power.py`), that firm supplies and the other buys, on whichever side of "with" it
stands. With no producer told (or both), the pattern's roles stand.
"""
import pytest

from tests.load.helpers import named_roles, run


def _supplies(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = [f for f in out.frames if "SupplyAgreement" in f.kinds]
    assert len(found) == 1, out.frames
    return named_roles(ents, found[0])


def test_producer_subject_of_a_power_purchase_agreement(tmp_path):
    roles = _supplies(tmp_path, "Hallowmere Energy announced a twelve-year power purchase "
                                "agreement with Vintaro Cloud, which takes 350 MW of wind output "
                                "from 2027.")
    assert roles == {"supplier": ["Hallowmere Energy"], "buyer": ["Vintaro Cloud"]}


def test_producer_subject_of_a_power_supply_contract(tmp_path):
    roles = _supplies(tmp_path, "Brelgate Power has signed a power supply contract with Dunsmoor "
                                "Labs covering 220 megawatts from 2027.")
    assert roles == {"supplier": ["Brelgate Power"], "buyer": ["Dunsmoor Labs"]}


def test_producer_subject_facing_a_cloud_firm(tmp_path):
    roles = _supplies(tmp_path, "In Ohio, Brelgate Power and its partners disclosed a power supply "
                                "agreement with Orrowick Cloud for up to 260 megawatts.")
    assert roles == {"supplier": ["Brelgate Power"], "buyer": ["Orrowick Cloud"]}


def test_producer_after_with_still_supplies(tmp_path):
    roles = _supplies(tmp_path, "Orrowick Compute inked, on Tuesday, a power purchase agreement "
                                "with Brelgate Power; it covers 180 MW over nine years.")
    assert roles == {"supplier": ["Brelgate Power"], "buyer": ["Orrowick Compute"]}


def test_no_producer_told_keeps_the_patterns_roles(tmp_path):
    roles = _supplies(tmp_path, "Dunsmoor Labs announced a nine-year power purchase agreement "
                                "with Pellridge Holdings, which sells it 180 MW of wind output "
                                "from 2028.")
    assert roles == {"buyer": ["Dunsmoor Labs"], "supplier": ["Pellridge Holdings"]}


def test_two_producers_keep_the_patterns_roles(tmp_path):
    roles = _supplies(tmp_path, "Brelgate Power agreed a power purchase agreement with Hallowmere "
                                "Energy for 140 megawatts of wind output.")
    assert roles == {"buyer": ["Brelgate Power"], "supplier": ["Hallowmere Energy"]}


def test_zh_power_purchase_agreement_by_its_noun(tmp_path):
    roles = _supplies(tmp_path, "Vintaro Cloud周二与Brelgate Power签订购电协议，为期十二年，"
                                "合计0.8吉瓦。")
    assert roles == {"supplier": ["Brelgate Power"], "buyer": ["Vintaro Cloud"]}


def test_zh_power_purchase_agreement_buyer_first(tmp_path):
    roles = _supplies(tmp_path, "Orrowick Compute周四与电力企业Hallowmere Energy签订了为期八年的"
                                "购售电协议，规模450兆瓦。")
    assert roles == {"supplier": ["Hallowmere Energy"], "buyer": ["Orrowick Compute"]}


def test_zh_talks_on_a_power_purchase_agreement_are_no_deal(tmp_path):
    ents, out = run(tmp_path, "Vintaro Cloud表示，正与Brelgate Power洽谈购电协议，尚未签约。")
    assert not [f for f in out.frames if "SupplyAgreement" in f.kinds]


# Review probes (twenty-second pass).
def test_an_apposition_overrides_an_energy_name(tmp_path):
    """A firm named "… Energy …" that an apposition tells is something else buys, as the
    pattern says."""
    roles = _supplies(tmp_path, "Tallis Energy Systems, a bitcoin miner, signed a power purchase "
                                "agreement with Marrow Holdings for 300 MW of solar output.")
    assert roles == {"buyer": ["Tallis Energy Systems"], "supplier": ["Marrow Holdings"]}


@pytest.mark.parametrize("body", [
    "澜洲科技计划与北溟电力签订购电协议，为期十年。",
    "澜洲科技曾希望与北溟电力签订购电协议，但谈判已经破裂。",
])
def test_zh_planned_or_wished_power_purchase_is_no_deal(tmp_path, body):
    _, out = run(tmp_path, body)
    assert not [f for f in out.frames if f.is_fact]


def test_zh_power_sale_agreement_does_not_make_the_subject_a_buyer(tmp_path):
    ents, out = run(tmp_path, "Orrowick Compute周二与Brelgate Power签订售电协议，Orrowick Compute将把"
                              "多余的200兆瓦电力卖给Brelgate Power。")
    assert not [f for f in out.frames if f.is_fact and named_roles(ents, f).get("buyer")
                == ["Orrowick Compute"]]
