"""Issue 10, twenty-fifth pass: bindingness told away from the financing, in a sentence that
names it by its kind ("我们已经签署了全部最终贷款文件，这是有法律约束力的正式协议", "与X的借款合同已经
正式签署，是具有约束力的最终协议", "It is a signed, definitive credit agreement"), was lost: the
kind words now take 贷款文件, "credit agreement" and "loan documents" (rules/cues.py
``_KIND_WORDS``), a sentence naming the lender as well reaches three times as far back (the firm
says which deal), and an interview speaker's name opening the sentence ("蒋若溪：…") is blanked
before the cues are read: a name is no cue (若 in it asks nothing; interviews.person_speaker).
Not read as binding: documents still to sign, a condition (若…), another firm's contract."""
import pytest

from tests.load.helpers import run

_LOAN = "数据中心开发商渡桥数据近日获得一笔20亿美元的建设贷款，由青澜银行牵头。"
_FILLER = "园区一期将于明年投产。当地政府给予了电价支持。"


def _loan_binding(tmp_path, body):
    ents, out = run(tmp_path, body)
    loans = [f for f in out.frames if f.family in ("Loan", "Facility")]
    assert len(loans) == 1, loans
    return loans[0].binding


@pytest.mark.parametrize("body", [
    _LOAN + _FILLER + "\n\n我们已经签署了全部最终贷款文件，这是有法律约束力的正式协议，首批提款预计在下个月。",
    _LOAN + _FILLER * 5 + "\n\n问：协议是否已全部落定？\n\n蒋若溪：与青澜银行的借款合同已经正式签署，是具有约束力的最终协议。",
    ("Parlow Cloud closed a $3.2 billion credit facility arranged by Wexcombe Bank. The campus "
     "opens next year. Power comes from a nearby wind farm. Wexcombe Bank said the credit "
     "agreement is signed and binding."),
], ids=["zh-loan-documents", "zh-speaker-name", "en-credit-agreement"])
def test_binding_of_the_named_financing(tmp_path, body):
    assert _loan_binding(tmp_path, body) is True


@pytest.mark.parametrize("body", [
    _LOAN + _FILLER + "\n\n我们还没有签署最终贷款文件，预计下月完成。",
    _LOAN + _FILLER + "\n\n若青澜银行完成审批，双方将签署有约束力的最终贷款文件。",
    _LOAN + _FILLER * 5 + "\n\n蒋若溪：与岳松银行的借款合同是否签署，目前还不确定。",
], ids=["not-yet", "condition", "other-lender"])
def test_no_binding_without_a_signed_paper(tmp_path, body):
    assert _loan_binding(tmp_path, body) is not True
