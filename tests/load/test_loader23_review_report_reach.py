"""Review of 912fb83 (issue 10, twenty-third pass): an unnamed report makes a rumour only of what
it claims. A report filed with a regulator or an exchange, or the company's own ("a report by the
company said …"), is a filing, not hearsay; a report told in a leading clause ("After a report
said …, X announced …") or set against a contrast ("有外媒报道称…，但X宣布…") does not reach the
deal told after the clause (rules/cues.py ``unnamed_report_at``, ``unnamed_report_reach``)."""
import pytest

from tests.load.helpers import facts, run


@pytest.mark.parametrize("body", [
    "A report filed with the stock exchange said Castor Labs had borrowed $500 million from "
    "Halbrook Bank.",
    "A report submitted to the securities regulator said Castor Labs had invested $1 billion "
    "in Dornwell Robotics.",
    "A report published by the company on Tuesday said Castor Labs had invested $1 billion in "
    "Dornwell Robotics.",
    "Following a report that demand for chips was slowing, Castor Labs said on Monday it had "
    "signed a $2 billion cloud contract with Dornwell Cloud.",
    "After a report said its shares were overvalued, Castor Labs announced it had invested "
    "$1 billion in Dornwell Robotics.",
    "Despite a report that the market was cooling, Castor Labs invested $1 billion in "
    "Dornwell Robotics.",
    "有外媒报道称市场降温，但衡屿资本周一宣布已向澄北科技投资10亿美元。",
], ids=["exchange", "regulator", "by-company", "following", "after", "despite", "zh-but"])
def test_a_deal_the_unnamed_report_does_not_claim_stays_a_fact(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert facts(out)


@pytest.mark.parametrize("body", [
    "Shares of Dornwell Robotics rose after a report said Castor Labs would invest $1 billion "
    "in the company.",
    "After a report said Castor Labs was about to invest $1 billion in Dornwell Robotics, "
    "shares of Dornwell Robotics rose 5%.",
    "A separate report said Castor Labs was preparing to invest $1 billion in Dornwell Robotics.",
    "有外媒报道称，衡屿资本将向澄北科技投资10亿美元，但双方均未回应。",
], ids=["after-end", "after-lead", "separate", "zh-but-after"])
def test_what_the_unnamed_report_claims_stays_a_rumour(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert out.frames and not facts(out)
