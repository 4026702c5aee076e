"""Issue 10, tenth pass: people's posts on the right firm, told in new words (invented text, firm
and person names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _posts(ents, out):
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


@pytest.mark.parametrize("body, firm, person, role", [
    ("Tessaly Cloud sells GPU hours to Brenna Labs. Brenna Labs signed a new order with Tessaly "
     "Cloud on Monday. Tessaly Cloud plans more halls. Brenna Labs will pay monthly. "
     "For chief executive Oren Halvik, the order is proof of demand.",
     "Tessaly Cloud", "Oren Halvik", "CEO"),
    ("Marrow Compute reported revenue on Tuesday. Marrow Compute also signed a deal with Quent AI, "
     "a model developer. Quent AI will rent 200 MW. The lease is binding, and chief financial "
     "officer Lina Sorvik told analysts the terms were firm.",
     "Marrow Compute", "Lina Sorvik", "CFO"),
    ("Ardent Systems builds accelerators and Ardent Systems sells them to clouds. Last week Ardent "
     "Systems agreed to supply Pike Labs. Pike Labs is a model developer. We hosted chief "
     "executive Hana Verdal on a call after the release.",
     "Ardent Systems", "Hana Verdal", "CEO"),
    ("云岫算力发布三季报。云岫算力与灵犀模型签署了算力合同。灵犀模型将按月付费。"
     "公司董事长韩立群在业绩会上表示，订单饱满。",
     "云岫算力", "韩立群", "Chairman"),
    ("云岫算力发布三季报。云岫算力与灵犀模型签署了算力合同。灵犀模型将按月付费。"
     "首席财务官郑雨桐表示，公司明年将扩大资本开支。",
     "云岫算力", "郑雨桐", "CFO"),
])
def test_post_in_a_sentence_naming_no_firm_is_held_at_the_article_firm_not_the_last_named(
        tmp_path, body, firm, person, role):
    ents, out = run(tmp_path, body)
    posts = _posts(ents, out)
    assert (person, firm, role) in posts
    assert not any(p == person and f != firm for p, f, _ in posts)


@pytest.mark.parametrize("body, firm, person", [
    ("Veltra Labs is growing fast. Its co-founder and CEO, Mira Holt, said users had doubled.",
     "Veltra Labs", "Mira Holt"),
    ("Cobalt Grid sold capacity to Veltra Labs; Veltra Labs is growing fast. Its CEO Mira Holt "
     "said users had doubled.", "Veltra Labs", "Mira Holt"),
    ("Cobalt Grid leases halls to Veltra Labs. Veltra Labs is growing fast. Their chief executive, "
     "Mira Holt, said users had doubled.", "Veltra Labs", "Mira Holt"),
])
def test_post_after_its_in_a_firmless_sentence_is_the_firm_named_last(tmp_path, body, firm,
                                                                       person):
    ents, out = run(tmp_path, body)
    assert (person, firm, "CEO") in _posts(ents, out)


@pytest.mark.parametrize("body, firm, person, role", [
    ("For Ostrava AI, whose chief executive Paul Renner has spent the year buying compute, "
     "the deal with Kelso Cloud removes an obstacle.", "Ostrava AI", "Paul Renner", "CEO"),
    ("Investors like Ostrava AI, whose finance chief Dana Kolar signed the Kelso Cloud contract "
     "in May.", "Ostrava AI", "Dana Kolar", "CFO"),
    ("Kelso Cloud praised Ostrava AI, whose founder and chief executive Ivo Brandt met the "
     "bankers.", "Ostrava AI", "Ivo Brandt", "CEO"),
])
def test_post_after_whose_is_held_at_the_firm_before_whose(tmp_path, body, firm, person, role):
    ents, out = run(tmp_path, body)
    posts = _posts(ents, out)
    assert (person, firm, role) in posts
    assert not any(p == person and f != firm for p, f, _ in posts)


@pytest.mark.parametrize("body, person", [
    ("Élodie Varenne, the chief executive of Quarry Labs, wants more compute.", "Élodie Varenne"),
    ("Quarry Labs's chief executive, Devan Osei-Tutu, told staff the deal was done.",
     "Devan Osei-Tutu"),
    ("Chief executive Jean-Luc Moreau said Quarry Labs would sign soon.", "Jean-Luc Moreau"),
    ("Quarry Labs chief executive Sean O'Brannagh declined to comment.", "Sean O'Brannagh"),
])
def test_accented_and_hyphenated_names_are_read_whole(tmp_path, body, person):
    ents, out = run(tmp_path, body)
    assert (person, "Quarry Labs", "CEO") in _posts(ents, out)


@pytest.mark.parametrize("body, firm, person", [
    ("Calderwick Data, a data-centre builder in Arizona founded by its chief executive, Ada "
     "Rosquist, plans more sites.", "Calderwick Data", "Ada Rosquist"),
    ("Take Quillon Labs, the chipmaker founded and still run by Rasmus Ekdal, as an example.",
     "Quillon Labs", "Rasmus Ekdal"),
    ("Calderwick Data, a developer founded and led by former banker Ada Rosquist, is growing.",
     "Calderwick Data", "Ada Rosquist"),
])
def test_founder_told_by_a_participle_with_a_post_or_a_second_verb(tmp_path, body, firm, person):
    ents, out = run(tmp_path, body)
    assert (person, "Founder") in {(p, r) for p, f, r in _posts(ents, out)}


@pytest.mark.parametrize("body", [
    "Redcliff Campus LLC, a vehicle set up by the developer Ashmoor Digital and the fund Tarrow "
    "Partners, sold notes.",
    "Redcliff Campus LLC was founded by the investor Ashmoor Capital in 2021.",
    "Redcliff Campus LLC, started by the operator Ashmoor Digital, sold notes.",
])
def test_a_firm_after_founded_by_is_no_founder_person(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert not [p for p in out.posts if p.role == "Founder"]
