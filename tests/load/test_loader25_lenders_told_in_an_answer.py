"""Issue 10, twenty-fifth pass: the lenders of a financing are often told in an interview answer
("Q: Who is lending you the money? / A: X arranged it and is the largest lender", "记者：这笔贷款的
基本情况？ / CFO：……由X担任牵头安排行，Y作为另一家贷款方参与"), several sentences after the
introduction told the financing: the answer to a question about a financing or its lending reaches
back as far as a sentence that names the loan (rules/answer_reach.py). A lender is also told by the
part it took, sized by any words ("Y, a private credit fund, took a big piece as well", "with Y
taking a sizable portion"; ``lender_after``), and in Chinese with a future (Y也将参与放款).
Near phrasings that must not fire: an answer to a question about something else, a share of
something other than the financing ("took a big piece of our capacity")."""
import pytest

from tests.load.helpers import financings, named_roles, run

_EN_INTRO = ("Parlow Cloud this week closed a $3.2 billion delayed-draw credit facility. Its chief "
             "executive spoke to us about the loan and its customers. The talk was edited.\n\n")
_ZH_INTRO = "渡桥数据宣布为其园区完成25亿美元建设贷款的签约。记者专访了渡桥数据财务总监。以下为访谈节选。\n\n"


def _lenders(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = financings(out)
    assert len(found) == 1, found
    return named_roles(ents, found[0])


@pytest.mark.parametrize("body,arranger,lenders", [
    (_EN_INTRO + "**Q: Who is lending you the money?**\n\nA: Wexcombe Bank arranged it and is the "
     "largest lender. Ostley Credit Partners, a private credit fund, took a big piece as well.",
     ["Wexcombe Bank"], ["Ostley Credit Partners", "Wexcombe Bank"]),
    (_ZH_INTRO + "记者：先说说这笔贷款的基本情况？\n\n财务总监：这是一笔25亿美元的项目建设贷款，期限5年，"
     "青澜银行担任牵头安排行，岳松信贷基金作为另一家贷款方参与。",
     ["青澜银行"], ["岳松信贷基金", "青澜银行"]),
    ("In May, Tarrow Digital closed a $1.9 billion construction loan led by Ellery Bank, which "
     "arranged the deal, with private credit fund Moss Lane Capital taking a sizable portion.",
     ["Ellery Bank"], ["Ellery Bank", "Moss Lane Capital"]),
    ("数据中心开发商渡桥数据近日获得一笔18亿美元的建设贷款，由青澜银行牵头，私募信贷基金岳松资本也将参与放款。",
     ["青澜银行"], ["岳松资本", "青澜银行"]),
], ids=["en-answer", "zh-answer", "en-portion", "zh-future"])
def test_lenders_told_later_join_the_financing(tmp_path, body, arranger, lenders):
    roles = _lenders(tmp_path, body)
    assert roles.get("arranger") == arranger, roles
    assert roles.get("lender") == lenders, roles


@pytest.mark.parametrize("body", [
    _EN_INTRO + "**Q: Who are your biggest customers?**\n\nA: Wexcombe Labs took a big piece of our "
    "capacity. Ostley AI, a model lab, took the rest.",
    _ZH_INTRO + "记者：园区的电力从哪里来？\n\n财务总监：青澜电力是主要供电方，岳松能源作为另一家供应方参与。"
    "我们还在和岳松银行谈，它可能作为另一家贷款方参与。",
    "Tarrow Digital closed a $1.9 billion construction loan led by Ellery Bank. Moss Lane Capital "
    "took a larger share of the market.",
], ids=["en-other-question", "zh-other-question", "en-share-of-else"])
def test_no_lender_from_other_answers(tmp_path, body):
    roles = _lenders(tmp_path, body)
    assert roles.get("lender", []) in ([], ["Ellery Bank"]), roles
