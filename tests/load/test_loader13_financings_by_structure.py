"""Issue 10, thirteenth pass (financings): a financing told in the present tense or as amended
("raises a $4bn term loan", "had amended its revolving credit facility, raising it to $N"), also
after a teller ("told investors in a filing that it had amended …"); two banks told as one list
arranging it ("A and B arrange it", A与B共同牵头) are both arrangers and lenders; "joint lead
arranger"; a financing told as a separate one by its lender only ("a separate $400m term loan from
X") is the borrower's of the financing told just before. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body", [
    "To pay for the new halls, Ashgill Cloud raises a $3 billion syndicated term loan.",
    "In a filing on Monday, Ashgill Cloud, the GPU cloud, said it had amended its revolving "
    "credit facility to raise the commitments to $850 million from $550 million.",
    "Ashgill Cloud said it amends its revolving credit facility, lifting it to $900 million.",
    "Ashgill Cloud obtains a $500 million term loan to build its second campus.",
])
def test_financing_told_in_present_tense_or_amended_has_its_borrower(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = financings(out)
    assert found and all(named_roles(ents, f)["borrower"] == ["Ashgill Cloud"] for f in found)


@pytest.mark.parametrize("body", [
    "Ashgill Cloud raised a $3 billion syndicated term loan. Farrowdale Bank and Pitchcombe Bank arrange it "
    "and lend alongside a group of other banks.",
    "Ashgill Cloud signed a $3 billion term loan. Farrowdale Bank and Pitchcombe Bank jointly arranged the "
    "loan.",
    "云服务商博慕云获得30亿元银团贷款。芬威银行与拉克银行共同牵头。",
])
def test_two_banks_arranging_as_one_list_are_both_arrangers(tmp_path, body):
    ents, out = run(tmp_path, body)
    (f,) = financings(out)
    roles = named_roles(ents, f)
    assert len(roles["arranger"]) == 2 and len(roles["lender"]) == 2


@pytest.mark.parametrize("body", [
    "Ashgill Cloud said it had signed a $900 million revolving credit facility. Farrowdale Bank is "
    "administrative agent and joint lead arranger.",
    "Ashgill Cloud closed a $900 million credit facility. Farrowdale Bank is the co-arranger.",
    "Ashgill Cloud obtained a $900 million term loan. Farrowdale Bank is joint arranger.",
])
def test_joint_lead_arranger_arranges(tmp_path, body):
    ents, out = run(tmp_path, body)
    (f,) = financings(out)
    assert named_roles(ents, f).get("arranger") == ["Farrowdale Bank"]


@pytest.mark.parametrize("body", [
    "Ashgill Cloud said it had signed a $900 million revolving credit facility with Farrowdale Bank. "
    "The same filing describes a separate $400 million term loan from Halden Private Credit, a "
    "direct-lending fund.",
    "Ashgill Cloud took out a $900 million term loan from Farrowdale Bank. Its filing also lists a second "
    "$250 million facility, from Halden Private Credit.",
    "Ashgill Cloud obtained a $900 million credit facility from Farrowdale Bank. There is an additional "
    "$400 million loan from Halden Private Credit, secured by the company's GPUs.",
])
def test_separate_financing_told_by_its_lender_is_the_same_borrowers(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = financings(out)
    assert len(found) == 2
    assert all(named_roles(ents, f)["borrower"] == ["Ashgill Cloud"] for f in found)
    assert {n for f in found for n in named_roles(ents, f)["lender"]} == {"Farrowdale Bank",
                                                                         "Halden Private Credit"}


def test_separate_financing_with_no_financing_before_is_dropped(tmp_path):
    ents, out = run(tmp_path, "Ashgill Cloud, a GPU cloud, opened a campus. Analysts mentioned a "
                              "separate $400 million term loan from Halden Private Credit.")
    assert not financings(out)
