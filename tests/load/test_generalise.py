"""Mechanisms added for the phrasings of bench/extraction/dev2 (each tested on invented text)."""
import datetime as dt

from bench.extraction import _role
from kg.load.rules.extract import extract
from kg.load.read import ArticleSource


def _run(text: str, language: str = "en"):
    return extract(ArticleSource("t", text, None, None, dt.date(2025, 10, 1), language, None, "t"))


def _name(ents, iri):
    return ents.names.get(iri, iri)


def test_scorer_normalises_chair_on_both_sides():
    assert _role("Chair") == _role("Chairman") == "Chair"
    assert _role("CEO") == "CEO"


def test_move_without_share_word():
    ents, _, out = _run("Nvidia closed up 3.2% on Thursday, while AMD fell as much as 2.4%.")
    moves = {(_name(ents, m.firm), float(m.percent)) for m in out.moves}
    assert moves == {("Nvidia", 3.2), ("AMD", -2.4)}


def test_move_without_share_word_zh():
    ents, _, out = _run("赤霄微电子当日收涨12%。", "zh")
    assert [(m.percent) for m in out.moves] == [12]


def test_revenue_growth_is_no_move():
    _, _, out = _run("Orbis AI's revenue rose 150% to $600 million.")
    assert not out.moves


def test_loan_secured_by_earlier_letter_of_intent():
    ents, _, out = _run(
        "Kestrel Compute signed a non-binding letter of intent with Anthropic in May to provide "
        "up to 400 megawatts of computing capacity.\n\nOn Tuesday Kestrel said it had obtained a "
        "$1.8 billion loan from Fairholm Bank. The loan is secured by the letter of intent it "
        "signed with Anthropic in May, the company said.")
    loans = [f for f in out.frames if f.family == "Loan"]
    assert loans and all(f.binding is None for f in loans)
    assert any(getattr(c, "family", None) == "Cloud" for f in loans for c in f.collateral)


def test_firm_in_collateral_clause_is_no_party_zh():
    ents, _, out = _run("云峤科技以OpenAI意向书作抵押获澄江银行15亿美元贷款。", "zh")
    borrowers = {_name(ents, i) for f in out.frames for i in f.roles.get("borrower", [])}
    assert "OpenAI" not in borrowers


def test_bindingness_in_its_own_sentence_zh():
    ents, _, out = _run("云栈科技表示，将向英伟达采购约8亿美元的GPU。双方尚未签署正式合同。", "zh")
    assert [f.binding for f in out.frames] == [False]


def test_descriptive_firm_types():
    ents, _, _ = _run("Halvard Systems, an Austin-based maker of AI accelerators, said so.")
    assert any("ChipMaker" in t for t in ents.types.values())
    ents, _, _ = _run("专注于AI芯片设计的墨岩半导体周三宣布了该消息。", "zh")
    assert any("ChipMaker" in t for t in ents.types.values())


def test_relative_clause_post():
    ents, _, out = _run("Priya Raman, who runs Corvane Labs, said the chips would help.")
    assert [(p.person_name, _name(ents, p.firm), p.role) for p in out.posts] == \
        [("Priya Raman", "Corvane Labs", "CEO")]
