"""Issue 10, twentieth pass: a deal told as disclosed, announced or unveiled, and "the company"
right after a subordinator.

- "X disclosed (announced, unveiled) a <deal> with Y …" is read like "X signed a <deal> with Y"
  (``en.cloud.agreement.with`` in relations.yaml), roles by the firms' types and the goods; only
  with the deal's own noun phrase right after the verb ("a", "an", "its"), never a partnership, a
  plan, talks or a bid, nor a clause the verb reports ("announced that talks on a contract …").
- "the company" right after a subordinator ("X shares jumped when the company announced …") is
  the one firm named before it in its sentence (``clause_opening_subordinate`` in core.yaml,
  ``slots._subordinate_opening``), not a firm of an earlier sentence; with two firms named before
  it, it is read as before.
Invented sentences and firms.
"""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def _deals(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(f.family, named_roles(ents, f), {k: float(v.value) for k, v in f.figures.items()})
            for f in out.frames]


def test_unveiled_agreement_with(tmp_path):
    found = _deals(tmp_path, "In its annual report, Tennick Labs unveiled a five-year agreement with "
                   "Cadwallon Cloud, its largest.")
    assert ("Cloud", {"provider": ["Cadwallon Cloud"], "customer": ["Tennick Labs"]},
            {"termYears": 5.0}) in found, found


def test_announced_letter_of_intent(tmp_path):
    found = _deals(tmp_path, "Kelbrook AI announced a letter of intent with Yarrowby Cloud last week, "
                   "reserving 90 megawatts of hosted capacity.")
    assert any(roles == {"provider": ["Yarrowby Cloud"], "customer": ["Kelbrook AI"]}
               for _, roles, _ in found), found


def test_utility_disclosing_a_memorandum(tmp_path):
    found = _deals(tmp_path, "Montaury Power, a utility, disclosed a memorandum of understanding "
                   "with Leckford Compute to deliver 350 megawatts of electricity to a campus in Ohio.")
    assert any(family == "Supply" and roles == {"supplier": ["Montaury Power"],
                                                "buyer": ["Leckford Compute"]}
               for family, roles, _ in found), found


def test_the_company_after_a_subordinator(tmp_path):
    found = _deals(tmp_path, "Analysts at Restormel Partners kept their rating. Fennimore Cloud shares "
                   "jumped 8% when the company announced a $2.2 billion hosting contract with Brannock AI.")
    assert any(roles == {"provider": ["Fennimore Cloud"], "customer": ["Brannock AI"]}
               for _, roles, _ in found), found
    assert not any("Restormel Partners" in sum(roles.values(), []) for _, roles, _ in found), found


def test_talks_reported_no_deal(tmp_path):
    assert _deals(tmp_path, "Tennick Labs announced on Monday that talks on a contract with "
                  "Cadwallon Cloud had ended.") == []


def test_a_plan_no_deal(tmp_path):
    assert _deals(tmp_path, "Tennick Labs announced a plan to sign a contract with Cadwallon Cloud.") == []


def test_a_partnership_no_deal(tmp_path):
    assert _deals(tmp_path, "Tennick Labs unveiled a research partnership with Cadwallon Cloud.") == []


def test_the_company_after_two_firms(tmp_path):
    found = _deals(tmp_path, "Fennimore Cloud and Quillane Cloud rose after the company announced a "
                   "$2.2 billion hosting contract with Brannock AI.")
    assert not any(roles.get("provider") == ["Fennimore Cloud"] for _, roles, _ in found), found
