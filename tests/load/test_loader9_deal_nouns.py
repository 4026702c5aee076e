"""Issue 10, ninth pass: deal verbs used as nouns after a preposition state no deal of their own;
a generic deal with a chipmaker naming goods is its supply; power in GW glued to the number
(invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Brisk Digital hopes to convert the memorandum into a lease after the Tidal Energy contract is "
    "signed, it said.",
    "Brisk Digital said the campus would run under the lease Tidal Energy negotiated for its "
    "capacity.",
    "Brisk Digital wants to turn the memorandum into a purchase of capacity from Tidal Energy "
    "later.",
])
def test_deal_verb_as_noun_after_a_preposition_states_no_deal(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not [f for f in out.frames if f.rule.startswith("trigger.")]


@pytest.mark.parametrize("body", [
    "Pembrey Systems also signed a term sheet with Keswin Semiconductor covering as many as 150 "
    "megawatts of Keswin's inference accelerators.",
    "Pembrey Systems signed an agreement with Keswin Semiconductor, a chip designer, for up to 150 "
    "megawatts of accelerators next year.",
    "Pembrey Systems has struck a deal with chip designer Keswin Semiconductor covering up to 150 "
    "megawatts of its GPUs.",
])
def test_generic_deal_with_a_chipmaker_naming_goods_is_its_supply(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family in ("Supply", "Compute")]
    assert len(deals) == 1
    roles = named_roles(ents, deals[0])
    assert roles["supplier"] == ["Keswin Semiconductor"] and roles["buyer"] == ["Pembrey Systems"]
    assert deals[0].figures["capacityGW"].value * 1000 == 150


def test_power_in_gw_glued_to_its_number_with_a_utility(tmp_path):
    ents, out = run(tmp_path, "Brisk Digital, a data centre developer, has signed a memorandum of "
                    "understanding with Tidal Energy, the regional utility, for up to 1.1GW of "
                    "supply to the site.")
    deals = [f for f in out.frames if f.family == "Supply"]
    assert len(deals) == 1
    assert named_roles(ents, deals[0]) == {"supplier": ["Tidal Energy"], "buyer": ["Brisk Digital"]}
