"""Issue 10, tenth pass: a facility drawn over time is a `CreditFacility` alone even when the text
calls it a loan ("a delayed-draw term loan", "a revolving loan", 循环贷款), as the ontology defines
dg:CreditFacility and as 38 of the 41 gold facilities were annotated; a plain term loan stays a
`Loan`. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, run


@pytest.mark.parametrize("body", [
    "Quorra Cloud, a GPU cloud operator, added a $2.0 billion delayed-draw term loan from Pembury Bank.",
    "Pembury Bank extended a $2.0 billion delayed draw term loan to Quorra Cloud, a GPU cloud operator.",
    "Quorra Cloud, a GPU cloud operator, signed a $2.0 billion revolving loan with Pembury Bank.",
    "云服务商青岚算力从澄湖银行获得20亿美元循环贷款。",
])
def test_a_loan_drawn_over_time_is_a_credit_facility_alone(tmp_path, body):
    _, out = run(tmp_path, body)
    found = financings(out)
    assert found and all(f.kinds == {"CreditFacility"} for f in found)


@pytest.mark.parametrize("body", [
    "Quorra Cloud, a GPU cloud operator, took out a $2.0 billion term loan from Pembury Bank.",
    "云服务商青岚算力从澄湖银行获得20亿美元贷款。",
])
def test_a_plain_loan_stays_a_loan(tmp_path, body):
    _, out = run(tmp_path, body)
    found = financings(out)
    assert len(found) == 1
    assert "Loan" in found[0].kinds and "CreditFacility" not in found[0].kinds


@pytest.mark.parametrize("body", [
    "云服务商青岚算力以GPU为抵押，从澄湖银行获得15亿美元授信。",
    "澄湖银行向云服务商青岚算力提供15亿美元授信额度。",
    "Quorra Cloud, a GPU cloud operator, obtained a $1.5 billion credit facility from Pembury Bank.",
])
def test_a_credit_line_is_a_credit_facility_not_a_loan(tmp_path, body):
    _, out = run(tmp_path, body)
    found = financings(out)
    assert found and all(f.kinds == {"CreditFacility"} for f in found)
