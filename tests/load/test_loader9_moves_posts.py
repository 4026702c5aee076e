"""Issue 10, ninth pass: stock moves and posts around the deals (invented text, both languages)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _moves(ents, out) -> set[tuple[str, float, bool]]:
    return {(ents.names[m.firm], float(m.percent), m.intraday) for m in out.moves}


@pytest.mark.parametrize("sentence, close, peak", [
    ("Ferrow Cloud closed up 12.5%, after trading as much as 19% higher intraday.", 12.5, 19.0),
    ("Ferrow Cloud ended 4% higher, having jumped as much as 9% at one point.", 4.0, 9.0),
    ("Ferrow Cloud fell 6.1%, after sliding as much as 11% lower intraday.", -6.1, -11.0),
])
def test_intraday_extreme_after_a_bare_close_is_the_same_firms(tmp_path, sentence, close, peak):
    ents, out = run(tmp_path, "Ferrow Cloud, a cloud provider, signed a lease with Marl Labs. " + sentence)
    assert _moves(ents, out) == {("Ferrow Cloud", close, False), ("Ferrow Cloud", peak, True)}


@pytest.mark.parametrize("second", [
    "They fell another 3.4% on Thursday as investors weighed a Qasrin investment.",
    "They dropped 3.4% on Thursday after Qasrin Capital's offer was reported.",
])
def test_they_after_a_sentence_naming_a_firms_shares_is_those_shares(tmp_path, second):
    text = ("Qasrin Capital, a sovereign fund, may invest in Marrow Compute. Marrow Compute's shares "
            f"have been under pressure since the summer. {second}")
    ents, out = run(tmp_path, text)
    assert {(f, p) for f, p, _ in _moves(ents, out)} == {("Marrow Compute", -3.4)}


def _posts(ents, out) -> set[tuple[str, str, str]]:
    return {(p.person_name, ents.names[p.firm], p.role) for p in out.posts}


@pytest.mark.parametrize("text", [
    "澜屿科技首席财务官胡海宁（Helen Hu）表示，合作将带来数十亿美元收入。",
    "澜屿科技首席财务官胡海宁(Helen Hu)表示，合作将带来数十亿美元收入。",
])
def test_latin_name_glossed_after_a_chinese_one_is_the_persons_name(tmp_path, text):
    ents, out = run(tmp_path, text, language="zh")
    assert _posts(ents, out) == {("Helen Hu", "澜屿科技", "CFO")}


@pytest.mark.parametrize("closing", [
    "Signing for the company was Ilse Kestrup, Chief Financial Officer.",
    "Ilse Kestrup, chief financial officer, put her name to the filing on Monday.",
])
def test_post_closing_a_firmless_sentence_is_at_the_firm_the_text_is_about(tmp_path, closing):
    ents, out = run(tmp_path, "Orwell Systems, a cloud provider, borrowed $2bn from Fenn Bank. " + closing)
    assert ("Ilse Kestrup", "Orwell Systems", "CFO") in _posts(ents, out)


def test_post_closing_a_sentence_naming_a_firm_is_not_forced(tmp_path):
    ents, out = run(tmp_path, "Orwell Systems, a cloud provider, borrowed $2bn. The loan came from "
                              "Fenn Bank, said Ilse Kestrup, chief financial officer.")
    assert ("Ilse Kestrup", "Orwell Systems", "CFO") not in _posts(ents, out)


@pytest.mark.parametrize("sentence", [
    "推动甲岭科技股价上涨的是其财报：剩余履约义务达到455亿美元，同比激增359%。",
    "甲岭科技股价走高，因其订单积压环比增长42%。",
])
def test_growth_rate_of_a_figure_is_no_stock_move(tmp_path, sentence):
    ents, out = run(tmp_path, sentence, language="zh")
    assert not {p for _, p, _ in _moves(ents, out) if p in (359.0, 42.0)}


@pytest.mark.parametrize("text", [
    "澜屿科技晚间公告称，公司与丰岳银行签署授信协议。公司董事长周启明在投资者交流中表示，算力租赁将是主要增长来源。",
    "澜屿科技发布公告，拟向丰岳银行申请授信。公司董事长周启明表示，业务进展顺利。",
])
def test_post_of_a_bare_company_in_an_announcement_is_the_announcers(tmp_path, text):
    ents, out = run(tmp_path, text, language="zh")
    assert ("周启明", "澜屿科技", "Chairman") in _posts(ents, out)


def test_post_of_a_bare_company_before_another_firm_is_the_firm_talked_about(tmp_path):
    text = ("模型公司墨岚智能近日完成融资。公司创始人苏明远表示，远溪资本已向墨岚智能独家投资3亿美元。")
    ents, out = run(tmp_path, text, language="zh")
    assert ("苏明远", "远溪资本", "Founder") not in _posts(ents, out)
