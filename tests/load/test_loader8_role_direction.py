"""Issue 10, eighth pass: role direction — "take out a loan" borrows, and "…, and the chipmaker has
granted it a warrant" (the description is the firm of its type named before, "it" the subject)
— invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_INTRO = "Brindle Cloud, a cloud provider, is expanding. "


@pytest.mark.parametrize("sentence", [
    "Earlier this year the cloud company took out a $4bn revolving credit facility with Marsett Bank.",
    "Brindle Cloud took out a $4 billion term loan from Marsett Bank last week.",
    "Last month Brindle Cloud was taking out a $4bn loan with Marsett Bank, people said.",
])
def test_taking_out_a_loan_borrows(tmp_path, sentence):
    ents, out = run(tmp_path, _INTRO + sentence)
    loan = next(f for f in out.frames if f.family in ("Loan", "Facility"))
    assert named_roles(ents, loan) == {"borrower": ["Brindle Cloud"], "lender": ["Marsett Bank"]}


def test_renting_out_chips_still_leases_them_out(tmp_path):
    ents, out = run(tmp_path, "Brindle Cloud, a cloud provider, rents out 5,000 GPUs to Tobrin AI, "
                    "an AI lab, for three years.")
    lease = next(f for f in out.frames if f.family == "Lease")
    assert named_roles(ents, lease) == {"lessor": ["Brindle Cloud"], "lessee": ["Tobrin AI"]}


@pytest.mark.parametrize("clause", [
    "and the chipmaker has granted it a warrant that lets it acquire up to 30 million Dunlin shares",
    "and the chipmaker issued it a warrant over up to 30 million Dunlin shares",
    "while the chipmaker has issued it warrants for 30 million Dunlin shares",
])
def test_a_coordinated_description_and_object_it_give_the_warrant_the_right_way(tmp_path, clause):
    ents, out = run(tmp_path, "Under a definitive agreement signed this week, Tobrin AI, a model developer, "
                    "is buying 3 gigawatts of accelerators from Dunlin Semiconductor across five years, "
                    + clause + ", Dunlin said.")
    warrant = next(f for f in out.frames if f.family == "Warrant")
    assert named_roles(ents, warrant) == {"issuer": ["Dunlin Semiconductor"], "holder": ["Tobrin AI"]}
