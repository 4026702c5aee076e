"""A deal told with the article's site as its other party (issue 10, fifteenth pass;
rules/site_deals.py): power delivered "to the site" is bought by the firm the article is about,
space leased "at the campus" is let by it, when the clause names one other firm and no deal of
the sentence names it. Invented firms and sentences."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.load.helpers import named_roles, run

_OPENING = ("Pellmoor Data is turning a former paper mill into a data-centre campus. Pellmoor Data "
            "expects the first hall to open in 2027, and Pellmoor Data has already raised equity. ")


def _deals(tmp_path, body):
    ents, out = run(tmp_path, _OPENING + body)
    return [(f.family, named_roles(ents, f), {k: v.value for k, v in f.figures.items()})
            for f in out.frames]


@pytest.mark.parametrize("body, gw", [
    ("Pellmoor Data's campus needs far more electricity than the local grid offers. Tallowmere "
     "Energy will sell 600 megawatts for the site under a 20-year PPA.", "0.6"),
    ("Pellmoor Data's site lies in a windy valley. Wind farms run by Tallowmere Power will provide "
     "0.45 gigawatts of electricity to the site under a contract signed in March.", "0.45"),
    ("Backup at Pellmoor Data's campus is the next step. Tallowmere Energy will build and run 350 "
     "megawatts of on-site power under a term sheet agreed in June.", "0.35"),
    ("Most of the load at Pellmoor Data's campus is already covered. The last 250 megawatts of "
     "power for the site will come from Tallowmere Energy, whose supply contract starts in 2029.",
     "0.25"),
    ("A memorandum signed in June has Quarrenby Energy supplying 1.2GW of electricity to the "
     "site once the substation is built.", "1.2"),
])
def test_power_delivered_to_the_site_is_bought_by_its_owner(tmp_path, body, gw):
    found = _deals(tmp_path, body)
    supplies = [(roles, figs) for fam, roles, figs in found if fam == "Supply"]
    assert any(roles.get("buyer") == ["Pellmoor Data"] and figs.get("capacityGW") == Decimal(gw)
               for roles, figs in supplies), found


@pytest.mark.parametrize("body, years", [
    ("Pellmoor Data's campus has its first tenant lined up. According to planning papers, an "
     "eight-year lease at the campus goes to Hollendar AI once the roof is on.", "8"),
    ("A lease at the campus was signed in October by Hollendar AI for ten years.", "10"),
    ("Pellmoor Data's site still lacks a signed tenant. Talks on a 12-year lease at the site are at "
     "an advanced stage with Hollendar AI, people close to them said.", "12"),
    ("Under a letter signed last week, Hollendar AI would take a 15-year lease on the campus.",
     "15"),
    ("Several labs looked at Pellmoor Data's campus. Hollendar AI won out and will occupy 90 "
     "megawatts at the campus under a seven-year lease.", "7"),
])
def test_space_leased_at_the_site_is_let_by_its_owner(tmp_path, body, years):
    found = _deals(tmp_path, body)
    assert any(fam == "Lease" and roles == {"lessor": ["Pellmoor Data"], "lessee": ["Hollendar AI"]}
               and figs.get("termYears") == Decimal(years) for fam, roles, figs in found), found


@pytest.mark.parametrize("body", [
    # a lender secured by the site lets nothing
    "Brackwater Bank agreed a $300 million loan secured by a lease of the site.",
    # two other firms in the clause: which one deals with the site is not told
    "Hollendar AI and Quarrenby Energy signed a memorandum about a lease at the site.",
    # no deal word: a visit is no deal
    "Executives from Hollendar AI toured the site in September.",
    # the site's owner alone
    "Pellmoor Data signed a lease for the site's substation land.",
])
def test_no_site_deal(tmp_path, body):
    found = _deals(tmp_path, body)
    assert not any(f.startswith("en.site.") for f in
                   [fr.rule for fr in run(tmp_path, _OPENING + body)[1].frames]), found


@pytest.mark.parametrize("body", [
    "Pellmoor Data concluded a 15-year lease with Hollendar AI for all 200 megawatts of the campus.",
    "In August Pellmoor Data agreed a lease with Hollendar AI, the Paris lab, covering the first "
    "two halls at the site.",
    "Pellmoor Data has a ten-year lease with Hollendar AI for the whole of the data centre.",
    "A 12-year lease for the campus was signed between Pellmoor Data and Hollendar AI in May.",
    "Pellmoor Data and Hollendar AI concluded a lease of 80 megawatts at the site on Friday.",
])
def test_lease_of_the_site_is_let_by_its_owner(tmp_path, body):
    found = _deals(tmp_path, body)
    leases = [roles for fam, roles, _ in found if fam == "Lease"]
    assert leases and all(r == {"lessor": ["Pellmoor Data"], "lessee": ["Hollendar AI"]}
                          for r in leases), found


def test_owner_leasing_from_another_keeps_the_marker(tmp_path):
    body = "Pellmoor Data leases the land at the site from Hollendar Estates for 30 years."
    found = _deals(tmp_path, body)
    assert not any(fam == "Lease" and roles.get("lessor") == ["Pellmoor Data"]
                   for fam, roles, _ in found), found


def _site_frames(tmp_path, text):
    ents, out = run(tmp_path, text)
    return [(f.rule, named_roles(ents, f)) for f in out.frames if f.rule.startswith("en.site.")]


# Review fix: a facility may be a credit facility; it names no site.
def test_facility_names_no_site(tmp_path):
    body = ("Pellmoor Data drew $120 million on its revolving facility in March, and Hollendar AI "
            "initialled a ten-year lease at the facility soon after.")
    assert _site_frames(tmp_path, _OPENING + body) == []


# Review fix: the site's owner is a firm the article names with a site of its own, not whichever
# firm a headline or a lede names first.
@pytest.mark.parametrize("text", [
    "# Brackwater Partners backs Dunmere grid upgrade\n\nThe county has waited years for new "
    "transmission. Tolvane Energy has signed a 15-year contract to deliver 0.5 gigawatts to the "
    "site, officials said.",
    "Regulators approved the plan on Monday.\n\nBrackwater Partners, which advises the county, "
    "expects demand to rise. Tolvane Energy will supply 300 megawatts to the campus under a "
    "ten-year agreement.",
])
def test_first_firm_without_a_site_owns_none(tmp_path, text):
    assert _site_frames(tmp_path, text) == []
