"""Issue 10, eleventh pass (observations): a well-known executive whose post the reference data
gives (Colette Kress, CFO of Nvidia) keeps that firm when the story names another firm near the
post or names none (the executives are reference people; the other firms are invented)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _posts(ents, out):
    """(person, firm, role); a reference firm the story does not name shows as its IRI's slug."""
    return {(p.person_name, ents.names.get(p.firm) or p.firm.rsplit("/", 1)[-1], p.role)
            for p in out.posts}


@pytest.mark.parametrize("body, person, firm, role", [
    ("Harlow Cloud expanded its Azure-like regions this week. Expect the question to come up "
     "again when CFO Colette Kress speaks at an investor conference.", "Colette Kress", "nvidia", "CFO"),
    ("Harlow Cloud signed a chip order. Chief executive Lisa Su told Harlow Cloud engineers the "
     "parts would ship in spring.", "Lisa Su", "amd", "CEO"),
    ("Harlow Cloud 本周宣布扩容。首席执行官黄仁勋在Harlow Cloud的活动上表示，需求依然强劲。",
     "Jensen Huang", "nvidia", "CEO"),
])
def test_reference_executive_keeps_their_firm(tmp_path, body, person, firm, role):
    ents, out = run(tmp_path, body)
    posts = _posts(ents, out)
    assert any(p in (person, "黄仁勋") and f.lower() == firm and r == role for p, f, r in posts)
    assert not any(f == "Harlow Cloud" and r == role for p, f, r in posts)


def test_unknown_executive_keeps_the_firm_the_text_gives(tmp_path):
    ents, out = run(tmp_path, "Harlow Cloud signed a chip order. Harlow Cloud chief executive "
                              "Ines Marlow said the parts would ship in spring.")
    assert ("Ines Marlow", "Harlow Cloud", "CEO") in _posts(ents, out)
