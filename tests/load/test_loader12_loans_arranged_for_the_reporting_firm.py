"""Issue 10, twelfth pass (financings): a loan the reporting firm's bank arranges, underwrites or
provides with no borrower of its own ("X said Y had arranged a $N term loan, with Y and Z, a
private credit fund, as lenders") is the reporting firm's; a bank that arranges a loan for another
firm is never also read as a borrower of it (no self-lent financing). Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run, the_financing


@pytest.mark.parametrize("body, lenders", [
    ("Brisk Grid Ltd announced that Ellory Bank has arranged a $700 million term loan, with Ellory and "
     "Nantes Capital, a private credit fund, as lenders.", ["Ellory Bank", "Nantes Capital"]),
    ("Brisk Grid Ltd, the Irish data-centre builder, disclosed on Monday that Ellory Bank will underwrite "
     "a $700 million bridge loan.", ["Ellory Bank"]),
    ("Brisk Grid Ltd confirmed that its banks, led by Ellory Bank, have provided a $700 million revolving "
     "credit facility.", ["Ellory Bank"]),
    ("Brisk Grid Ltd said Ellory Bank had arranged a $700 million delayed-draw term loan.", ["Ellory Bank"]),
])
def test_loan_arranged_by_a_bank_is_the_reporting_firms(tmp_path, body, lenders):
    ents, out = run(tmp_path, body)
    f = the_financing(out)
    roles = named_roles(ents, f)
    assert roles["borrower"] == ["Brisk Grid"]
    assert sorted(roles["lender"]) == sorted(lenders)
    assert roles.get("arranger") == ["Ellory Bank"]
    assert f.figures["amountUSD"].value == 700_000_000


@pytest.mark.parametrize("body", [
    "Ellory Bank arranged a $700 million term loan for Brisk Grid Ltd.",
    "Ellory Bank is arranging a $700 million construction loan for Brisk Grid Ltd and will hold part of it.",
    "Ellory Bank, which leads the syndicate, arranged a $700 million loan to Brisk Grid Ltd.",
])
def test_bank_arranging_a_loan_is_no_borrower_of_it(tmp_path, body):
    ents, out = run(tmp_path, body)
    for f in financings(out):
        roles = named_roles(ents, f)
        assert "Ellory Bank" not in roles.get("borrower", [])
    assert any(named_roles(ents, f).get("borrower") == ["Brisk Grid"] for f in financings(out))


def test_loan_arranged_for_a_named_firm_stays_that_firms(tmp_path):
    ents, out = run(tmp_path, "Brisk Grid Ltd said Ellory Bank had arranged a $700 million loan for "
                              "Quarry AI Inc.")
    f = the_financing(out)
    assert named_roles(ents, f)["borrower"] == ["Quarry AI"]
