"""The relation patterns tried on a sentence are filtered by what the sentence can match (a firm
token, Latin letters for English templates, Han characters for Chinese ones) for speed. The
filter must never change what is extracted: these tests pin that down."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.load import pipeline
from kg.load.read import read_article
from kg.load.rules import frames
from kg.load.rules.patterns import patterns, patterns_for

ROOT = Path(__file__).resolve().parents[2]


def test_no_firm_token_tries_no_pattern():
    assert patterns_for("The market rose 3% on Tuesday.") == ()
    assert patterns_for("双方签署了框架协议。") == ()


def test_english_sentence_tries_only_english_patterns():
    chosen = patterns_for("⟦0⟧ signed a $10 billion contract with ⟦1⟧.")
    assert chosen and {p.script for p in chosen} == {"en"}


def test_chinese_sentence_tries_only_chinese_patterns():
    chosen = patterns_for("⟦0⟧与⟦1⟧签署了100亿美元合同。")
    assert chosen and {p.script for p in chosen} == {"zh"}


def test_mixed_sentence_tries_both():
    chosen = patterns_for("⟦0⟧与⟦1⟧签署了GPU supply协议。")
    assert {p.script for p in chosen} == {"en", "zh"}


def test_one_firm_sentence_tries_no_two_party_pattern():
    chosen = patterns_for("⟦0⟧ signed a $10 billion contract with Northwind.")
    assert chosen and all(p.min_slots <= 1 for p in chosen)
    assert any(p.min_slots == 2 for p in patterns_for("⟦0⟧ signed a $10 billion contract with ⟦1⟧."))


def test_slot_count_is_a_lower_bound():
    """Optional slots ({A?}) and slots in one branch of an alternative are not counted."""
    assert all(p.min_slots >= 1 for p in patterns())
    for p in patterns():
        spec = p.regex.pattern
        assert p.min_slots <= spec.count("⟦(?P<")


def test_every_pattern_is_english_or_chinese():
    assert {p.script for p in patterns()} == {"en", "zh"}


@pytest.mark.parametrize("path", sorted(p for p in (ROOT / "articles").glob("*.*") if p.name != "README.md"), ids=lambda p: p.name)
def test_filtered_patterns_extract_what_all_patterns_do(path, monkeypatch):
    article = read_article(path)
    filtered = pipeline.extract_article(article)
    monkeypatch.setattr(frames, "patterns_for", lambda text: patterns())
    assert pipeline.extract_article(article) == filtered


def test_pattern_needing_a_word_the_sentence_lacks_is_not_tried():
    invest = next(p for p in patterns() if p.id == "en.invest.in")
    assert "invest" in invest.needs
    assert invest not in patterns_for("⟦0⟧ signed a $10 billion contract with ⟦1⟧.")
    assert invest in patterns_for("⟦0⟧ said it would INVEST $2 billion in ⟦1⟧.")


def test_required_words_hold_in_lower_case_only_where_case_folding_is_plain():
    """ſ matches s in a case-insensitive regex but is not s in lower case: no word filter there."""
    invest = next(p for p in patterns() if p.id == "en.invest.in")
    assert invest in patterns_for("⟦0⟧ said it would inveſt $2 billion in ⟦1⟧.")
    assert invest.regex.search("⟦0⟧ said it would inveſt $2 billion in ⟦1⟧.")
