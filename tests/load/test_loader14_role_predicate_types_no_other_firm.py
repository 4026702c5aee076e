"""Issue 10, fourteenth pass: a role description after a copula is a predicate ("Harrow Bank,
which arranged the loan, is also the largest lender"): it says what its own subject is and refers
to no other firm. It used to be read as an anaphor, resolved to the most recent untyped firm
(the borrower) and typed that firm Financier or Bank, which then cost the borrower its real type
and turned its deals round (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _types(ents, name):
    iri = next(i for i, n in ents.names.items() if n == name)
    return set(ents.types.get(iri, {}))


@pytest.mark.parametrize("body", [
    "Quarry Vale Compute has secured a $1.2 billion construction loan. The financing is led by "
    "Harrow Bank, which arranged the deal and is also the largest lender.",
    "Quarry Vale Compute has closed a $900 million term loan. Pellam Credit Partners, which "
    "structured the package, was the anchor lender.",
    "Quarry Vale Compute drew down a $500 million facility last week. Ostrich Bank remains the "
    "sole lender, a banker said.",
    "Quarry Vale Compute raised $700 million of debt in March, and Corbel Capital has become the "
    "biggest creditor.",
    "Quarry Vale Compute signed a $2 billion loan agreement; Lindqvist Bank is now the agent "
    "bank for the deal.",
])
def test_role_predicate_does_not_type_the_borrower(tmp_path, body):
    ents, _ = run(tmp_path, body)
    assert not _types(ents, "Quarry Vale Compute") & {"Financier", "Bank"}, ents.types


def test_role_anaphor_as_subject_still_types_its_firm(tmp_path):
    # not a predicate: "The lender, a private credit fund, said ..." still means the lender
    ents, out = run(tmp_path, "Quarry Vale Compute has borrowed $400 million from Tamsin Partners. "
                              "The lender said the loan is secured by the company's GPUs.")
    assert "Quarry Vale Compute" in ents.names.values()
    assert not _types(ents, "Quarry Vale Compute") & {"Financier", "Bank"}, ents.types
