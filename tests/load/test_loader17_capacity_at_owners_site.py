"""Issue 10, seventeenth pass: capacity at a site told as another firm's possessive.

"X signed a four-year agreement for capacity at Y's Nevada campus", "X has a contract to rent
compute in Y's two data centres": the firm whose site it is provides the capacity, the subject
buys it (a cloud service agreement; the subject may be told in a relative clause, "…, which
signed …"). Not read: a lease of the site itself with no capacity word ("a lease for Y's
campus"), power or other goods at the site, and a site with no owner's possessive.
"""
from tests.load.helpers import named_roles, run

INTRO = "Bexmoor Cloud, a GPU cloud operator, reported record bookings on Tuesday. "


def _clouds(ents, out):
    return [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]


def test_agreement_for_capacity_at_the_owners_campus(tmp_path):
    ents, out = run(tmp_path, INTRO + "Sundrake Networks signed a four-year agreement for capacity "
                                      "at Bexmoor Cloud's Nevada campus valued at $1.9 billion.")
    assert _clouds(ents, out) == [{"customer": ["Sundrake Networks"],
                                   "provider": ["Bexmoor Cloud"]}]


def test_buyer_told_in_a_relative_clause(tmp_path):
    ents, out = run(tmp_path, INTRO + "The biggest order came from Sundrake Networks, which signed "
                                      "a four-year agreement for capacity at Bexmoor Cloud's Nevada "
                                      "campus valued at $1.9 billion.")
    assert _clouds(ents, out) == [{"customer": ["Sundrake Networks"],
                                   "provider": ["Bexmoor Cloud"]}]


def test_contract_to_rent_compute_in_the_owners_halls(tmp_path):
    ents, out = run(tmp_path, INTRO + "Under the terms, Sundrake Networks holds a six-year contract "
                                      "to rent compute in Bexmoor Cloud's two Reno halls.")
    assert _clouds(ents, out) == [{"customer": ["Sundrake Networks"],
                                   "provider": ["Bexmoor Cloud"]}]


def test_lease_of_the_site_itself(tmp_path):
    ents, out = run(tmp_path, INTRO + "Sundrake Networks signed a lease for Bexmoor Cloud's "
                                      "Nevada campus.")
    assert _clouds(ents, out) == []


def test_power_at_the_site_is_no_capacity(tmp_path):
    ents, out = run(tmp_path, INTRO + "Sundrake Networks signed a four-year agreement for power at "
                                      "Bexmoor Cloud's Nevada campus.")
    assert _clouds(ents, out) == []
