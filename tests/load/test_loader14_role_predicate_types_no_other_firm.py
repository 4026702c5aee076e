"""Issue 10, fourteenth pass: a role description after a copula is a predicate ("X, which led
the talks, is now the anchor lender"): it says what its own subject is and refers to no other
firm. It used to be read as an anaphor, resolved to the most recent untyped firm (the borrower)
and typed that firm Financier or Bank, which then cost the borrower its real type and turned its
deals round. A role description as the subject ("The lender said …") is still an anaphor and
means the lender (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _types(ents, name):
    iri = next(i for i, n in ents.names.items() if n == name)
    return set(ents.types.get(iri, {}))


@pytest.mark.parametrize("body", [
    "Tolvern Compute agreed an $850 million construction loan in April. Among the banks, Kessing "
    "Bank, which also acted as bookrunner, was the biggest lender.",
    "Tolvern Compute refinanced its debt with a $1.3bn term facility; Marrow Creek Capital, which "
    "led the talks, is now the anchor lender, people familiar said.",
    "Tolvern Compute took a $420 million loan last quarter. According to a filing, Pendle Bank "
    "remained the only lender.",
    "Tolvern Compute signed for a $2.6 billion facility in June; Brisco Bank is also the agent "
    "bank for the syndicate.",
    "Tolvern Compute obtained 640 million dollars in debt. Thistlecombe Bank, having underwritten the "
    "package, was effectively the lead lender.",
])
def test_role_predicate_does_not_type_the_borrower(tmp_path, body):
    ents, _ = run(tmp_path, body)
    assert not _types(ents, "Tolvern Compute") & {"Financier", "Bank"}, ents.types


def test_role_anaphor_as_subject_still_types_its_firm(tmp_path):
    # not a predicate: "The lender said …" is the subject and still means the lender
    ents, _ = run(tmp_path, "Tolvern Compute, a cloud provider, borrowed $310 million from Ibsley "
                            "Holdings in May. The lender said the money is backed by the "
                            "borrower's chips.")
    assert _types(ents, "Ibsley Holdings") & {"Financier", "Bank"}, ents.types
    assert not _types(ents, "Tolvern Compute") & {"Financier", "Bank"}, ents.types
