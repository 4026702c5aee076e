"""Issue 10, ninth pass: a warrant's exercise condition is no hypothetical deal; a warrant given by
'a deal that gives X the right to buy Y shares'; 'its accelerators' in a clause a chipmaker tells;
a lease with a landlord; a name run ends at a post word (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    "Tarvek Semiconductor has granted Vardenn AI a warrant for up to 30 million shares (roughly 6% "
    "of the company if fully exercised).",
    "Tarvek Semiconductor has granted Vardenn AI a warrant for up to 30 million shares, which would "
    "be about 6% of the company if exercised in full.",
    "启衡半导体向凌川智能授予认股权证，可认购最多3000万股，若全部行权约占启衡半导体股份的6%。",
])
def test_exercise_condition_of_a_warrant_does_not_make_it_hypothetical(tmp_path, body):
    ents, out = run(tmp_path, body)
    warrants = [f for f in out.frames if f.family == "Warrant"]
    assert len(warrants) == 1 and warrants[0].is_fact


@pytest.mark.parametrize("body", [
    "Holmvik Semiconductor stock rose 11% on a chip pact with Quillby Cloud, a deal that also gives "
    "Quillby Cloud the right to buy up to 35 million Holmvik Semiconductor shares.",
    "Holmvik Semiconductor signed a supply agreement with Quillby Cloud, an agreement which gives "
    "Quillby Cloud warrants over 35 million Holmvik Semiconductor shares.",
])
def test_deal_that_gives_a_firm_the_right_to_buy_shares_is_a_warrant_of_their_issuer(tmp_path, body):
    ents, out = run(tmp_path, body)
    warrants = [f for f in out.frames if f.family == "Warrant"]
    assert len(warrants) == 1
    assert named_roles(ents, warrants[0]) == {"issuer": ["Holmvik Semiconductor"],
                                              "holder": ["Quillby Cloud"]}


@pytest.mark.parametrize("body", [
    "Holmvik Semiconductor, a chipmaker, said on Friday that Quillby Cloud will deploy 1.5 gigawatts "
    "of its accelerators by 2030.",
    "Holmvik Semiconductor said on Monday that Quillby Cloud would buy 1.5 gigawatts of its new GPUs.",
])
def test_its_goods_in_a_clause_a_chipmaker_tells_are_the_chipmakers(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family in ("Compute", "Supply")]
    assert len(deals) == 1
    roles = named_roles(ents, deals[0])
    assert roles["supplier"] == ["Holmvik Semiconductor"] and roles["buyer"] == ["Quillby Cloud"]


@pytest.mark.parametrize("body", [
    "Quillby Cloud will lease 250 megawatts of capacity for ten years from data center landlord "
    "Pendlebury Realty, under an agreement signed last week.",
    "Quillby Cloud signed a lease with Pendlebury Realty, a data centre landlord, for 250 megawatts of "
    "capacity at its Idaho campus.",
])
def test_capacity_leased_from_a_landlord_is_a_lease(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert [f.family for f in out.frames] == ["Lease"]
    assert named_roles(ents, out.frames[0]) == {"lessor": ["Pendlebury Realty"],
                                                "lessee": ["Quillby Cloud"]}


def test_a_name_found_by_context_ends_at_a_post_word(tmp_path):
    ents, out = run(tmp_path, "Holmvik Micro rose 11% in early trading. \"This is our biggest order,\" "
                    "Holmvik CEO Edda Lorne said on a call. Holmvik stock ended the day up.")
    assert "Holmvik Micro" in ents.names.values()
    assert not any("CEO" in n for n in ents.names.values())
