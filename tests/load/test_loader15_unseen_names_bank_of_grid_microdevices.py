"""Unseen English firm names (issue 10, fifteenth pass): "Bank of X" is a bank's name (the typed
prefix opens it across "of"), and "… Grid" and "… Microdevices" end a firm's name like "… Power"
and "… Devices". An interview's lede ("We spoke with chief executive X") is about the
interviewee's firm. Invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _names(ents):
    return {ents.names.get(m.iri, m.iri) for m in ents.mentions if m.kind == "firm"}


@pytest.mark.parametrize("body, name", [
    ("Bank of Ilsmere agreed a $250 million term loan to Kestovar Cloud on Monday.", "Bank of Ilsmere"),
    ("Kestovar Cloud's lenders are Hallam Capital and Bank of Ilsmere, the filing shows.",
     "Bank of Ilsmere"),
    ("The revolver was arranged by Bank of Ilsmere, which also holds its largest share.",
     "Bank of Ilsmere"),
    ("Quillmoor Grid will sell 200 megawatts of power to Kestovar Cloud under a draft deal.",
     "Quillmoor Grid"),
    ("Kestovar Cloud will buy 12,000 accelerators from Tessaworth Microdevices next year.",
     "Tessaworth Microdevices"),
    ("Shares of Tessaworth Microdevices rose 4% after the order was announced.",
     "Tessaworth Microdevices"),
])
def test_unseen_name_is_a_firm(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    assert name in _names(ents), _names(ents)


def test_bank_of_name_is_typed_bank(tmp_path):
    ents, _ = run(tmp_path, "Bank of Ilsmere agreed a $250 million term loan to Kestovar Cloud.")
    iri = next(m.iri for m in ents.mentions if ents.names.get(m.iri) == "Bank of Ilsmere")
    assert "Bank" in set(ents.types.get(iri, {})), ents.types.get(iri)


def test_bank_of_name_lends(tmp_path):
    ents, out = run(tmp_path, "Bank of Ilsmere agreed a $250 million term loan to Kestovar Cloud.")
    loans = [named_roles(ents, f) for f in out.frames if f.family in ("Loan", "Facility")]
    assert any(r.get("lender") == ["Bank of Ilsmere"] for r in loans), loans


@pytest.mark.parametrize("body", [
    "Operators worry that the Texas grid cannot keep up with demand.",
    "Grid connections remain the scarcest input for new campuses.",
    "A bank of batteries sits beside the hall.",
])
def test_no_name_from_common_words(tmp_path, body):
    ents, _ = run(tmp_path, body)
    assert _names(ents) == set(), _names(ents)


@pytest.mark.parametrize("lede, person", [
    ("Our reporter met co-founder and chief executive Marit Holm in Columbus.", "Marit Holm"),
    ("We sat down with chief financial officer Anselm Ekdal last week.", "Anselm Ekdal"),
    ("Chief executive Priti Valsan answered our questions by video.", "Priti Valsan"),
    ("The conversation with founder Ottilie Rask has been condensed.", "Ottilie Rask"),
    ("Below, chairman Hugo Lindqvar explains the financing.", "Hugo Lindqvar"),
])
def test_interview_lede_post_is_at_the_interviewees_firm(tmp_path, lede, person):
    body = ("# Brenlow's chief on power and chips\n\n"
            f"Kestovar Cloud builds GPU halls in Ohio. {lede}\n\n"
            "**Who lends to you?**\n\n"
            "Hallam Capital lent us $300 million. Hallam Capital also leases us racks, and "
            "Hallam Capital owns 5% of the business.\n\n"
            "**Any other lenders?**\n\n"
            "Not yet. Hallam Capital is the only one.")
    ents, out = run(tmp_path, body)
    posts = {(p.person_name, ents.names.get(p.firm, p.firm)) for p in out.posts}
    assert any(name == person and firm == "Kestovar Cloud" for name, firm in posts), posts
