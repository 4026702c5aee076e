"""Issue 10, twentieth pass: an interview answer's figures belong to the deal its question asks
about (rules/answer_figures.py).

An answer's opening sentence that tells no deal and names no other firm ("Six years, about $2.3bn.",
四年，总额约9亿美元) gives its figures to the deal the question names: by a firm of the deal, by an
amount the deal was told with, or by a definite deal noun (the latest deal before the question that
is no financing, stake or warrant). A figure's own deal noun ("a six-year cloud agreement") narrows
a firm's deals to that kind. Not done: an answer whose opening sentence tells a deal of its own or
names a firm that is no party of the asked deal; a question naming no firm, no deal amount and no
deal noun; a firm with two deals the figures do not tell apart; a figure the deal already has.
"""
from __future__ import annotations

from tests.load.helpers import run


def _deal(ents, out, family):
    found = [f for f in out.frames if f.family == family and f.merged_into is None]
    assert len(found) == 1, [(f.family, f.figures) for f in out.frames]
    return found[0]


def _figures(frame):
    return {k: float(v.value) for k, v in frame.figures.items()}


_LEDE_EN = ("# Talking capacity with Veltmoor Cloud's chief\n\n"
            "Veltmoor Cloud, a GPU cloud operator in Ohio, agreed in May to provide computing capacity "
            "to Quintara AI, the model developer. Its chief executive spoke to us.\n\n")


def test_answer_names_the_figures_of_the_firm_asked_about(tmp_path):
    body = _LEDE_EN + ("**Q: How large is the Quintara deal?**\n\n"
                       "A: Six years and about $2.3 billion in all, paid monthly.\n\n"
                       "**Q: Are you hiring?**\n\nA: Yes, in Columbus.\n")
    ents, out = run(tmp_path, body)
    figs = _figures(_deal(ents, out, "Cloud"))
    assert figs.get("amountUSD") == 2.3e9 and figs.get("termYears") == 6


def test_question_names_the_deal_by_its_amount(tmp_path):
    body = ("# Brisca Compute on its biggest order\n\n"
            "Brisca Compute this month signed a $1.9 billion agreement to provide cloud capacity to "
            "Orlenne Labs. We asked its founder about it.\n\n"
            "**Q: What will $1.9 billion pay for?**\n\n"
            "A: Close to 220 megawatts across two halls in Iowa, switched on over 2026.\n\n"
            "**Q: Any other plans?**\n\nA: Not for now.\n")
    ents, out = run(tmp_path, body)
    assert _figures(_deal(ents, out, "Cloud")).get("capacityGW") == 0.22


def test_chinese_answer_to_a_definite_deal_noun(tmp_path):
    body = ("# 对话渊川算力创始人\n\n"
            "渊川算力是一家GPU云服务商。上月，渊川算力与模型公司枫屿智能签署算力服务合同。本报专访了渊川算力创始人。\n\n"
            "**记者：那份合同规模多大？**\n\n"
            "周牧：四年，总额约65亿元，约合9.1亿美元。\n\n"
            "**记者：明年呢？**\n\n"
            "周牧：继续扩张。\n")
    ents, out = run(tmp_path, body, language="zh")
    figs = _figures(_deal(ents, out, "Cloud"))
    assert figs.get("amountUSD") == 9.1e8 and figs.get("termYears") == 4


def test_kind_of_the_answer_picks_between_a_firms_deals(tmp_path):
    body = ("# Morvath AI on its cloud supplier\n\n"
            "*Morvath AI, a model developer, buys capacity from Teskel Cloud. Its chief spoke to us.*\n\n"
            "**Q: Start with Teskel. What did you agree?**\n\n"
            "A four-year cloud agreement. We pay Teskel $3.3 billion for reserved capacity.\n\n"
            "**Q: And the shareholding?**\n\n"
            "Teskel bought an 8% stake in Morvath for $400 million last year.\n")
    ents, out = run(tmp_path, body)
    assert _figures(_deal(ents, out, "Cloud")).get("termYears") == 4
    assert "termYears" not in _figures(_deal(ents, out, "Stake"))


def test_answer_naming_another_firm_is_left_alone(tmp_path):
    body = _LEDE_EN + ("**Q: How large is the Quintara deal?**\n\n"
                       "A: Our rival Pellmoor Grid signed one of $4 billion last week, so ours looks small.\n\n"
                       "**Q: Are you hiring?**\n\nA: Yes.\n")
    ents, out = run(tmp_path, body)
    assert "amountUSD" not in _figures(_deal(ents, out, "Cloud"))


def test_question_with_no_deal_named_is_left_alone(tmp_path):
    body = _LEDE_EN + ("**Q: How has the year gone?**\n\n"
                       "A: About $2.8 billion of spending so far, mostly on chips.\n\n"
                       "**Q: Are you hiring?**\n\nA: Yes.\n")
    ents, out = run(tmp_path, body)
    assert "amountUSD" not in _figures(_deal(ents, out, "Cloud"))


def test_a_figure_the_deal_has_is_kept(tmp_path):
    body = ("# 对话渊川算力创始人\n\n"
            "上月，渊川算力与模型公司枫屿智能签署一份为期三年的算力服务合同。本报专访了渊川算力创始人。\n\n"
            "**记者：这份合同能延长吗？**\n\n"
            "周牧：可以再续五年。\n\n"
            "**记者：明年呢？**\n\n"
            "周牧：继续扩张。\n")
    ents, out = run(tmp_path, body, language="zh")
    assert _figures(_deal(ents, out, "Cloud")).get("termYears") == 3


def test_two_deals_of_the_firm_asked_about_are_left_alone(tmp_path):
    body = ("# Morvath AI on its cloud supplier\n\n"
            "*Morvath AI, a model developer, buys capacity from Teskel Cloud, and Teskel bought a stake "
            "in Morvath. Its chief spoke to us.*\n\n"
            "**Q: What about Teskel?**\n\n"
            "A: Roughly $700 million, give or take.\n\n"
            "**Q: Are you hiring?**\n\nA: Yes.\n")
    ents, out = run(tmp_path, body)
    for f in out.frames:
        assert "amountUSD" not in f.figures
