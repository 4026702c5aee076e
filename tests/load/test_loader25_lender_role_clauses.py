"""Issue 10, twenty-fifth pass: a financing's arranger and lenders told in role clauses after
their names were lost when the clause named the financing "the line" or "the deal" ("Y, which
arranged the line and is the sole lender"), put an agent role before the arranger ("names Y as
administrative agent and sole lead arranger"), or said "also" ("Y is also a lender, alongside Z,
a private credit fund"): those forms now mark the arranger (``arranger_after``) and the lenders
(``lender_after``, ``lender_before``). English only: the Chinese role clauses (由Y牵头安排,
Z作为另一家贷款方参与) were already read. Not read: a firm that arranged something else (a
meeting, a visit), a firm "also a customer" or lending nothing."""
import pytest

from tests.load.helpers import financings, named_roles, run


def _roles(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = financings(out)
    assert len(found) == 1, found
    return named_roles(ents, found[0])


@pytest.mark.parametrize("body,arranger,lenders", [
    ("Parlow Cloud has signed a $750 million revolving credit facility with Wexcombe Bank, which "
     "arranged the line and is the sole lender.", ["Wexcombe Bank"], ["Wexcombe Bank"]),
    ("Parlow Cloud closed a $2 billion delayed-draw credit facility. The filing names Wexcombe "
     "Bank as administrative agent and sole lead arranger. Wexcombe is also a lender, alongside "
     "Ostley Credit Partners, a private credit fund.",
     ["Wexcombe Bank"], ["Ostley Credit Partners", "Wexcombe Bank"]),
], ids=["arranged-the-line", "agent-and-arranger"])
def test_role_clauses_name_arranger_and_lenders(tmp_path, body, arranger, lenders):
    roles = _roles(tmp_path, body)
    assert roles.get("arranger") == arranger, roles
    assert roles.get("lender") == lenders, roles


@pytest.mark.parametrize("body", [
    "Parlow Cloud closed a $2 billion delayed-draw credit facility. Wexcombe Advisory, which "
    "arranged the meeting, declined to comment.",
    "Parlow Cloud closed a $2 billion delayed-draw credit facility. Ostley Labs is also a "
    "customer, alongside Kelby AI.",
], ids=["arranged-a-meeting", "also-a-customer"])
def test_no_role_from_other_clauses(tmp_path, body):
    roles = _roles(tmp_path, body)
    assert "arranger" not in roles and "lender" not in roles, roles
