"""Issue 10, nineteenth pass: a supply told as "deploy N GW of [X's] chips" whose goods' noun
phrase names a firm, or whose deployer follows a subordinating conjunction.

- A firm named inside the goods' noun phrase, as their designer ("Y-designed processors") or as
  their brand after the maker's possessive, keeps the phrase whole (``goods_mod_en`` in
  relations.yaml), so the deploy and together templates still read the supply and its capacity.
- Of the firms a deploy template could take as its subject, one right after "after", "once",
  "when", "because" or "since" is the nearest subject of its own clause ("Z rose after Y agreed
  to deploy …": Y deploys, not Z; rules/frames.py, ``subject_subordinator`` in cues.yaml), unless
  the subordinator sits in an aside still open on the earlier subject ("X, which grew after Y
  invested, agreed to deploy …": X deploys; ``open_aside``, twentieth pass after review).
Left alone: a firm deploying with no chip firm named, and a firm told only before the clause.
Invented sentences and firms.
"""
from __future__ import annotations

from tests.load.helpers import named_roles, run

LEAD = "Harnsel Systems, the chipmaker, reported record sales on Tuesday.\n\n"


def _supplies(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(named_roles(ents, f), {k: float(v.value) for k, v in f.figures.items()})
            for f in out.frames if "SupplyAgreement" in f.kinds]


def test_a_designer_named_inside_the_goods(tmp_path):
    found = _supplies(tmp_path, LEAD + "Tolmara AI and Harnsel Systems plan to deploy 3.5 "
                      "gigawatts of Tolmara-designed processors over four years, starting in 2028.")
    assert ({"buyer": ["Tolmara AI"], "supplier": ["Harnsel Systems"]}, {"capacityGW": 3.5}) \
        in [(r, {k: v for k, v in f.items() if k == "capacityGW"}) for r, f in found], found


def test_the_deployer_after_a_conjunction(tmp_path):
    found = _supplies(tmp_path, LEAD + "Vellacor Cloud, a rival renter of GPUs, lost ground "
                      "because Dunmere Labs will now deploy 4.5 gigawatts of Harnsel Systems's "
                      "accelerators in its own halls.")
    roles = [r for r, _ in found]
    assert {"buyer": ["Dunmere Labs"], "supplier": ["Harnsel Systems"]} in roles, found
    assert not any("Vellacor Cloud" in sum(r.values(), []) for r in roles), found


def test_no_chip_firm_named_no_supply(tmp_path):
    found = _supplies(tmp_path, LEAD + "Vellacor Cloud slipped 2.3% once Dunmere Labs agreed to "
                      "deploy 4.5 gigawatts of accelerators in Nevada.")
    assert found == [], found


import pytest  # noqa: E402


@pytest.mark.parametrize("body, family, roles", [
    ("Tolmara AI, which grew quickly after Quenby Cloud invested in it, agreed to deploy 2 "
     "gigawatts of Harnsel Systems's accelerators.", "Compute",
     {"buyer": ["Tolmara AI"], "supplier": ["Harnsel Systems"]}),
    ("Tolmara AI, whose founders left after Quenby Labs was sold, agreed to buy 1 gigawatt of "
     "Harnsel Systems's chips.", "Compute", {"buyer": ["Tolmara AI"], "supplier": ["Harnsel Systems"]}),
    ("Pellory Capital, which sold its stake after Quenby Labs went public, invested $200 million "
     "in Tolmara AI.", "Stake", {"investor": ["Pellory Capital"], "investee": ["Tolmara AI"]}),
])
def test_pin_a_subordinator_inside_an_aside_keeps_the_subject(tmp_path, body, family, roles):
    """Twentieth pass, after review: the firm after "after" in a relative clause on the subject is
    not the deal's subject; the deal with the figure stays the subject's."""
    ents, out = run(tmp_path, body)
    sized = [named_roles(ents, f) for f in out.frames
             if f.family == family and f.is_fact and f.figures]
    assert sized == [roles], sized
