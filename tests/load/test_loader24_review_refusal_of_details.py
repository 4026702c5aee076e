"""Issue 10, review of 47325e0 (twenty-fourth pass): a refusal of details, a comment or something
else that is no deal ("declined to provide a breakdown / the terms / further details", "refused
to back down", "refused to extend the deadline"; 婉拒提供具体利率, 拒绝提供更多细节, 拒绝就…置评,
拒绝透露…) refuses no deal: the deal its sentence tells stays a fact. A refusal of the deal itself
("refused to provide a $2bn loan", 拒绝向Y提供…贷款) still makes it none (invented sentences)."""
import pytest

from tests.load.helpers import run

_ZH = "云服务商澄汀云和北岚银行都在扩张。"


def _facts(tmp_path, body, language=None):
    ents, out = run(tmp_path, body, language=language)
    return [f.is_fact for f in out.frames]


@pytest.mark.parametrize("body, language", [
    ("Norrin Compute, which declined to provide a breakdown, signed a $3 billion cloud contract "
     "with Calder Cloud.", None),
    ("Quessel Bank declined to provide the terms of the $2 billion loan it arranged for Calder "
     "Cloud.", None),
    ("Quessel Bank declined to provide further details on the $2 billion loan it made to Calder "
     "Cloud.", None),
    ("Quessel Bank refused to provide any figures but said it lent Calder Cloud $2 billion.", None),
    ("Quessel Bank refused to extend the deadline but provided a $2 billion loan to Calder Cloud.",
     None),
    ("Vantry Partners refused to back down and invested $500 million in Calder Cloud.", None),
    ("Vantry Partners, which refused to join the board, invested $500 million in Calder Cloud.",
     None),
    (_ZH + "北岚银行婉拒提供具体利率，但确认已向澄汀云发放20亿元贷款。", "zh"),
    (_ZH + "北岚银行拒绝就向澄汀云提供20亿元贷款一事置评。", "zh"),
    (_ZH + "北岚银行拒绝对向澄汀云提供20亿元贷款一事发表评论。", "zh"),
    (_ZH + "北岚银行拒绝透露向澄汀云提供贷款的利率，该笔贷款金额为20亿元。", "zh"),
    (_ZH + "北岚银行拒绝提供更多细节，仅表示已向澄汀云提供20亿元贷款。", "zh"),
])
def test_a_refusal_of_details_leaves_the_deal_a_fact(tmp_path, body, language):
    facts = _facts(tmp_path, body, language)
    assert facts and all(facts), facts


@pytest.mark.parametrize("body, language", [
    ("Quessel Bank refused to provide a $2 billion loan to Calder Cloud.", None),
    ("Quessel Bank declined to provide financing of $2 billion to Calder Cloud.", None),
    ("Quessel Bank declined to provide Calder Cloud with a $2 billion loan.", None),
    ("Quessel Bank declined to extend its $2 billion loan to Calder Cloud.", None),
    (_ZH + "北岚银行拒绝了向澄汀云提供20亿元贷款的申请。", "zh"),
    (_ZH + "北岚银行拒绝为澄汀云提供20亿元贷款。", "zh"),
])
def test_a_refusal_of_the_deal_itself_is_still_no_fact(tmp_path, body, language):
    facts = _facts(tmp_path, body, language)
    assert facts and not any(facts), facts
