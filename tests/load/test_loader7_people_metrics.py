"""Issue 10, seventh pass: people's posts and company metrics the loader missed (invented text)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import run


def _posts(ents, out):
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


def test_two_posts_joined_after_the_name_are_both_held(tmp_path):
    ents, out = run(tmp_path, "Quarrel Systems said it would supply Ostrava Labs. Mira Pellow, "
                    "Quarrel Systems's president and chief executive, called the order large.")
    posts = _posts(ents, out)
    assert ("Mira Pellow", "Quarrel Systems", "President") in posts
    assert ("Mira Pellow", "Quarrel Systems", "CEO") in posts


def test_founded_by_after_a_firm_names_its_founder(tmp_path):
    ents, out = run(tmp_path, "Brantwood Capital, the private-equity firm founded by Ilse "
                    "Marrow, bought a 5% stake in Ostrava Labs. Ostrava Labs, founded by former "
                    "physicist Tomas Reuel, makes models.")
    posts = _posts(ents, out)
    assert ("Ilse Marrow", "Brantwood Capital", "Founder") in posts
    assert ("Tomas Reuel", "Ostrava Labs", "Founder") in posts


def test_founded_by_after_a_clause_break_names_no_founder_of_the_earlier_firm(tmp_path):
    ents, out = run(tmp_path, "Brantwood Capital bought a stake in Ostrava Labs; a fund founded "
                    "by Ilse Marrow joined.")
    assert not any(p.role == "Founder" for p in out.posts)


def test_zh_person_who_founded_the_firm_described_after_is_its_founder(tmp_path):
    ents, out = run(tmp_path, "由林若溪创办的人工智能公司青禾智能正在筹集约20亿美元资金。", language="zh")
    assert ("林若溪", "青禾智能", "Founder") in _posts(ents, out)
