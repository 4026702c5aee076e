"""Issue 10, thirteenth pass, two classes of wrong facts on fresh text (invented text and firm
names):
- a sentence that asks ("Did X also invest in Y?", "X会向Y投资5亿美元吗？", an interviewer's
  "Q: Is it true that …?") tells no deal: its deal is hypothetical, not a fact;
- "X has extended/arranged a $600m loan to its customer/to Y": a loan *to* a party is lent by the
  subject, who is no borrower (a loan "to fund …" or a facility enlarged "to $1.25bn" still is
  the subject's own borrowing)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, language", [
    ("Did Quillon AI also invest in Meridian Grid Compute?", "en"),
    ("So will Caspian Cloud lend $500 million to Stellan AI?", "en"),
    ("问：澜芯半导体会向星衡科技投资5亿美元吗？", "zh"),
    ("**Q: Is it true that Harrow Bank lent Stellan AI $300 million?**", "en"),
])
def test_a_question_tells_no_deal(tmp_path, body, language):
    _, out = run(tmp_path, body, language=language)
    assert out.frames and all(not f.is_fact for f in out.frames)


def test_the_same_deal_told_is_a_fact(tmp_path):
    _, out = run(tmp_path, "Caspian Cloud lent $500 million to Stellan AI.", language="en")
    assert out.frames and all(f.is_fact for f in out.frames)


def _borrowers(ents, out):
    return [sorted(ents.names.get(i, i) for i in f.roles.get("borrower", ()))
            for f in out.frames if f.family in ("Loan", "Facility")]


@pytest.mark.parametrize("body", [
    "Brightline Cloud is a customer. Corvane Semiconductor has extended a $600 million five-year loan "
    "to its customer, secured by the accelerators.",
    "Corvane Semiconductor has extended a $600 million loan to Brightline Cloud.",
    "Corvane Semiconductor arranged a $600 million loan to Brightline Cloud last week.",
])
def test_the_subject_of_a_loan_to_a_party_is_no_borrower(tmp_path, body):
    ents, out = run(tmp_path, body, language="en")
    assert all("Corvane Semiconductor" not in b for b in _borrowers(ents, out)), _borrowers(ents, out)


@pytest.mark.parametrize("body", [
    "Brightline Cloud has secured a $600 million loan to fund its campus.",
    "Brightline Cloud has enlarged its revolving credit facility to $1.25 billion from $750 million.",
])
def test_a_loan_to_fund_or_enlarged_to_an_amount_is_still_borrowed(tmp_path, body):
    ents, out = run(tmp_path, body, language="en")
    assert _borrowers(ents, out) == [["Brightline Cloud"]]
