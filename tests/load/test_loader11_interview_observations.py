"""Issue 10, eleventh pass (observations): in an interview's answers a metric or a post told
with no firm of its own is the interviewee's firm, not the firm the last answer named (invented
text, firm and person names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_EN = ("# Orlan Labs' chief on chips and cash\n\n"
       "Orlan Labs builds coding models. We spoke to its chief executive, Mira Solt.\n\n"
       "**Where does your compute come from?**\n\n"
       "Mostly from Kestrel Cloud. We have a three-year contract with Kestrel Cloud.\n\n"
       "**How big is the business?**\n\n")


@pytest.mark.parametrize("answer, metric", [
    ("We passed $900 million of annualized revenue in October.", "annualizedRevenue"),
    ("Our revenue for the year will be about $600 million.", "revenue"),
    ("Revenue this year should come in at roughly $600 million, and we are not profitable.",
     "revenue"),
])
def test_metric_in_an_interview_answer_is_the_interviewees(tmp_path, answer, metric):
    ents, out = run(tmp_path, _EN + answer)
    found = {(ents.names.get(m.firm), m.name) for m in out.metrics}
    assert ("Orlan Labs", metric) in found
    assert not any(f == "Kestrel Cloud" for f, _ in found)


_ZH = ("对话岚图智能CFO沈知远：算力账越来越难算\n\n"
       "（本文公司与人物均为虚构。）\n\n"
       "本报记者专访了岚图智能首席财务官沈知远。\n\n"
       "记者：算力主要从哪里来？\n"
       "沈知远：大头是澄宇云，去年和澄宇云签了三年期合同。\n\n"
       "记者：业务规模如何？\n")


@pytest.mark.parametrize("answer, metric", [
    ("沈知远：到9月底，我们的年化收入大约6亿元人民币。", "annualizedRevenue"),
    ("沈知远：全年收入预计在4亿美元左右，明年会更大。", "revenue"),
    ("沈知远：C端产品月活用户2800万左右，增长很快。", "users"),
])
def test_metric_in_a_zh_interview_turn_is_the_interviewees(tmp_path, answer, metric):
    ents, out = run(tmp_path, _ZH + answer)
    found = {(ents.names.get(m.firm), m.name) for m in out.metrics}
    assert ("岚图智能", metric) in found
    assert not any(f == "澄宇云" for f, _ in found)


@pytest.mark.parametrize("answer, person, role", [
    ("沈知远：我们CEO周牧常说，模型公司最怕卡涨价。", "周牧", "CEO"),
    ("沈知远：创始人兼董事长韩遥通过持股平台把部分股份质押给澄宇云，融了3亿美元。", "韩遥", "Chairman"),
    ("沈知远：董事长韩遥也一直这么看。", "韩遥", "Chairman"),
])
def test_post_in_a_zh_interview_turn_is_the_interviewees(tmp_path, answer, person, role):
    ents, out = run(tmp_path, _ZH + answer)
    posts = {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}
    assert (person, "岚图智能", role) in posts
    assert not any(p == person and f == "澄宇云" for p, f, _ in posts)


@pytest.mark.parametrize("sentence", [
    "Orlan Labs said revenue for the full year should come in at roughly $600 million.",
    "Orlan Labs expects that revenue in the fiscal year ending June will be about $600 million.",
    "At Orlan Labs, revenue over the next twelve months is expected to reach $600 million.",
])
def test_metric_with_a_period_then_a_modal_value_verb(tmp_path, sentence):
    ents, out = run(tmp_path, sentence)
    assert ("Orlan Labs", "revenue", 600000000) in {
        (ents.names.get(m.firm), m.name, int(m.value)) for m in out.metrics}
