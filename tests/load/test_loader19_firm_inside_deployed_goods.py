"""Issue 10, nineteenth pass: a supply told as "deploy N GW of [X's] chips" whose goods' noun
phrase names a firm, or whose deployer follows a subordinating conjunction.

- A firm named inside the goods' noun phrase, as their designer ("Y-designed processors") or as
  their brand after the maker's possessive, keeps the phrase whole (``goods_mod_en`` in
  relations.yaml), so the deploy and together templates still read the supply and its capacity.
- Of the firms a deploy template could take as its subject, one right after "after", "once",
  "when", "because" or "since" is the nearest subject of its own clause ("Z rose after Y agreed
  to deploy …": Y deploys, not Z; rules/frames.py, ``_CLAUSE_START``).
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
    found = _supplies(tmp_path, LEAD + "Harnsel Systems and Tolmara AI said on Friday they would "
                      "deploy 3.5 gigawatts of Tolmara-designed processors from 2028 onwards.")
    assert ({"buyer": ["Tolmara AI"], "supplier": ["Harnsel Systems"]}, {"capacityGW": 3.5}) \
        in [(r, {k: v for k, v in f.items() if k == "capacityGW"}) for r, f in found], found


def test_the_deployer_after_a_conjunction(tmp_path):
    found = _supplies(tmp_path, LEAD + "Vellacor Cloud slipped 2.3% once Dunmere Labs agreed to "
                      "deploy 4.5 gigawatts of Harnsel Systems's accelerators.")
    roles = [r for r, _ in found]
    assert {"buyer": ["Dunmere Labs"], "supplier": ["Harnsel Systems"]} in roles, found
    assert not any("Vellacor Cloud" in sum(r.values(), []) for r in roles), found


def test_no_chip_firm_named_no_supply(tmp_path):
    found = _supplies(tmp_path, LEAD + "Vellacor Cloud slipped 2.3% once Dunmere Labs agreed to "
                      "deploy 4.5 gigawatts of accelerators in Nevada.")
    assert found == [], found
