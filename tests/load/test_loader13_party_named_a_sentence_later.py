"""Issue 10, thirteenth pass (English deals): a deal party told first by an indefinite
description and named in the next sentence ("… said an AI developer would buy 1.5 GW. The buyer
is X", "The customer, people familiar with the matter said, was X", "The lender is X") is that
firm; a definite description that introduces a name ("the Belgian telecoms group Orvia") is no
anaphor. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body, family, roles", [
    ("Shares of Quillon Semiconductor surged 14% after the chip designer said an "
     "artificial-intelligence developer would buy 1.5 gigawatts of its inference accelerators. The "
     "buyer is Arbor Intelligence, the model developer behind a coding assistant.",
     "Compute", {"buyer": ["Arbor Intelligence"], "supplier": ["Quillon Semiconductor"]}),
    ("Tessaly Cloud Inc. said a Japanese carrier had agreed to rent 500 MW of its capacity for $2 "
     "billion. The customer, people familiar with the matter said, was Hoshino Telecom Corp.",
     "Cloud", {"customer": ["Hoshino Telecom"], "provider": ["Tessaly Cloud"]}),
    ("Halvard Compute Inc. said on Monday that it had borrowed $1.2 billion from a Norwegian bank. "
     "The lender is Fjord Credit Bank.",
     "Loan", {"lender": ["Fjord Credit Bank"], "borrower": ["Halvard Compute"]}),
])
def test_party_told_by_indefinite_description_is_the_firm_named_next(tmp_path, body, family, roles):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family == family]
    assert len(deals) == 1 and named_roles(ents, deals[0]) == roles


@pytest.mark.parametrize("body", [
    "Halvard Compute Inc. said on Monday that it had borrowed $1.2 billion from a Norwegian bank. "
    "The bank declined to comment. Fjord Credit Bank is based in Oslo.",
    "Halvard Compute Inc. said on Monday that it had borrowed $1.2 billion from a Norwegian bank. "
    "The terms are confidential, and Fjord Credit Bank would not comment.",
])
def test_firm_named_next_without_a_role_sentence_is_no_party(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not any("Fjord Credit Bank" in sum(named_roles(ents, f).values(), [])
                   for f in out.frames)


@pytest.mark.parametrize("body", [
    "Skyreach Data runs three campuses. Skyreach Data is the data-centre arm of the Belgian telecoms "
    "group Orvia Holdings, which signed a loan with Quay Bank.",
    "Skyreach Data runs three campuses. Skyreach Data is owned by the Belgian telecoms group Orvia "
    "Holdings.",
    "Skyreach Data runs three campuses. It belongs to the Belgian telecoms group Orvia Holdings.",
])
def test_definite_description_before_a_name_is_no_anaphor(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not any("Skyreach Data" in sum(named_roles(ents, f).values(), []) and
                   "Orvia Holdings" in sum(named_roles(ents, f).values(), []) for f in out.frames)
