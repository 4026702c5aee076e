"""Issue 10, eighth pass: people, stock moves and metrics told in new words, on the right firm
(invented text and firm names)."""
from __future__ import annotations

from decimal import Decimal

from tests.load.helpers import run


def _posts(ents, out):
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


def _moves(ents, out):
    return {(ents.names.get(m.firm), m.percent) for m in out.moves}


def _metrics(ents, out):
    return {(ents.names.get(m.firm), m.name, m.value) for m in out.metrics}


def test_its_post_after_a_name_is_held_at_the_firm_the_sentence_describes(tmp_path):
    ents, out = run(tmp_path, "Dunmore Systems will lease a campus to Pellow Labs, an AI lab. "
                    "The AI lab's revenue reached $2bn in May, Ivo Tarrant, its chief financial "
                    "officer, told investors.")
    assert ("Ivo Tarrant", "Pellow Labs", "CFO") in _posts(ents, out)


def test_its_post_in_a_sentence_naming_no_firm_is_held_at_the_firm_named_last(tmp_path):
    ents, out = run(tmp_path, "A report said Tessaly Semiconductor wanted to buy Dunmore Cloud; "
                    "Tessaly Semiconductor denied it. \"We sell chips,\" said Ana Ruiz, its "
                    "chief executive.")
    assert ("Ana Ruiz", "Tessaly Semiconductor", "CEO") in _posts(ents, out)


def test_its_post_with_the_firm_in_the_same_sentence(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud's revenue was $610m in June, Lea Vos, its finance "
                    "chief, told analysts.")
    assert ("Lea Vos", "Dunmore Cloud", "CFO") in _posts(ents, out)


def test_founder_who_is_also_its_chief_executive_holds_both_posts(tmp_path):
    ents, out = run(tmp_path, "Capacity will come online soon, according to Owen Marsh, who "
                    "founded Pellow Labs and is its chief executive.")
    posts = _posts(ents, out)
    assert ("Owen Marsh", "Pellow Labs", "Founder") in posts
    assert ("Owen Marsh", "Pellow Labs", "CEO") in posts


def test_they_after_a_share_move_is_the_same_shares(tmp_path):
    ents, out = run(tmp_path, "Tessaly Semiconductor shares were down as much as 3.5% early on. "
                    "They recovered to end the session 1.1% higher.")
    assert ("Tessaly Semiconductor", Decimal("1.1")) in _moves(ents, out)


def test_they_without_a_move_before_is_no_move(tmp_path):
    ents, out = run(tmp_path, "Tessaly Semiconductor signed a lease. They expect revenue to be "
                    "1.1% higher.")
    assert not out.moves


def test_move_verb_in_its_base_form(tmp_path):
    ents, out = run(tmp_path, "Orrin Micro, a rival chip designer, saw its shares slip 3.1%. "
                    "Halden Systems watched its stock climb 2%.")
    moves = _moves(ents, out)
    assert ("Orrin Micro", Decimal("-3.1")) in moves
    assert ("Halden Systems", Decimal("2")) in moves


def test_metric_with_a_parenthetical_adverb_before_its_value(tmp_path):
    ents, out = run(tmp_path, "Halden Systems stock gained 3% in New York. Its gross margin for "
                    "the quarter, however, slipped to 44%.")
    assert ("Halden Systems", "grossMargin", Decimal("44")) in _metrics(ents, out)


def test_metric_in_another_clause_after_a_comma_is_still_no_value(tmp_path):
    ents, out = run(tmp_path, "Halden Systems said its gross margin was stable, and it plans to "
                    "cut 12% of staff.")
    assert not any(m.name == "grossMargin" for m in out.metrics)


def test_the_company_after_a_sentence_naming_the_article_subject_is_that_subject(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud has raised a loan. Dunmore Cloud signed contracts "
                    "with Pellow Labs and Orvo Labs. Orvo Labs has signed only a letter of intent, "
                    "which Dunmore Cloud leaves out of its backlog. Ana Ruiz, the chief executive, "
                    "said she expected the privately held company to post revenue of $1.3bn "
                    "this year.")
    assert ("Ana Ruiz", "Dunmore Cloud", "CEO") in _posts(ents, out)
    assert ("Dunmore Cloud", "revenue", Decimal("1300000000")) in _metrics(ents, out)


def test_the_company_after_a_sentence_about_another_firm_is_that_firm(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud has raised a loan. Dunmore Cloud will serve Pellow "
                    "Labs. Dunmore Cloud is busy. Pellow Labs, for its part, is growing quickly. "
                    "Its chief executive said the company had revenue of $90m last year.")
    assert ("Pellow Labs", "revenue", Decimal("90000000")) in _metrics(ents, out)
