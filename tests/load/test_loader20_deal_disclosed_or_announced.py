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

import pytest

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


@pytest.mark.parametrize("object_phrase", [
    "a possible contract with Brisset Cloud worth up to $1 billion",
    "a draft agreement with Brisset Cloud for public comment",
    "a potential contract with Brisset Cloud in its prospectus",
    "a goal of signing a contract with Brisset Cloud by June",
    "a tender for a five-year contract with Brisset Cloud among the bidders",
    "a proposal for a ten-year contract with Brisset Cloud, which Brisset rejected",
    "an arbitration claim over a contract with Brisset Cloud",
])
def test_pin_an_announced_non_deal_is_no_deal(tmp_path, object_phrase):
    """Twenty-first pass, after review: between the article and the deal's noun only figures,
    term and kind words stand ("a $2bn five-year hosting contract")."""
    assert _deals(tmp_path, f"Tolwyn AI announced {object_phrase}.") == []


@pytest.mark.parametrize("second", [
    "Rival Merrion Cloud lost customers when the company signed a $700 million hosting contract "
    "with Tolwyn AI.",
    "Ellesby Securities upgraded the stock after the company announced a $700 million contract "
    "with Tolwyn AI.",
    "Shares of Sandow Holdings, its largest investor, rose when the company announced a $700 "
    "million contract with Tolwyn AI.",
    "Its chip vendor Farrand Semiconductor raised its forecast after the company signed a $700 "
    "million contract with Tolwyn AI.",
])
def test_pin_the_company_after_a_subordinator_is_not_a_rival_analyst_investor_or_vendor(
        tmp_path, second):
    """Twenty-first pass, after review: the one firm before is "the company" only when it is the
    sentence's subject told by its shares ("X shares jumped when the company …")."""
    found = _deals(tmp_path, "Brisset Cloud has added three data centres this year. " + second)
    assert [roles.get("provider") for family, roles, _ in found if family == "Cloud"] == [
        ["Brisset Cloud"]]


@pytest.mark.parametrize("first", [
    "Shares of Pitlochry Cloud, the Nordic GPU cloud operator, surged 12% after the company "
    "disclosed",
    "Pitlochry Cloud (PTLC) shares rose 3.1% yesterday after the company announced",
    "OSLO, May 6 (Wire) - Shares of Pitlochry Cloud, the Nordic GPU cloud operator, surged 9% on "
    "Tuesday after the company disclosed",
])
def test_pin_the_company_after_a_subordinator_with_a_ticker_or_a_description(tmp_path, first):
    found = _deals(tmp_path, "Analysts kept their rating. " + first + " a five-year contract with "
                             "Ardwick AI.")
    assert any(family == "Cloud" and roles == {"provider": ["Pitlochry Cloud"],
                                               "customer": ["Ardwick AI"]}
               for family, roles, _ in found), found
