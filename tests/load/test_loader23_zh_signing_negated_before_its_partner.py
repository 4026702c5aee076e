"""Issue 10, twenty-third pass: a Chinese signing negated before its partner ("X尚未与Y签署…",
"X未能与Y签署…") states no deal, as "双方尚未签署…" already did: the negation and the verb stand
on either side of the partner's name, which the old ``negated_deal`` cue (two characters at most
between them) did not reach. The signing with no negation stays a fact (invented sentences)."""
import pytest

from tests.load.helpers import named_roles, run

_TYPES = "云服务商澄汀云和北岚银行都在扩张。"


def _loans(tmp_path, body):
    ents, out = run(tmp_path, _TYPES + body, language="zh")
    return [(f.is_fact, named_roles(ents, f)) for f in out.frames
            if f.family in ("Loan", "Facility", "Financing")]


@pytest.mark.parametrize("negation", ["尚未", "未能", "还未", "从未", "并未", "没有", "仍未"])
def test_a_signing_negated_before_its_partner_is_no_deal(tmp_path, negation):
    body = f"澄汀云{negation}与北岚银行签署20亿元贷款协议。"
    assert not [fact for fact, _ in _loans(tmp_path, body) if fact]


@pytest.mark.parametrize("body", [
    "澄汀云与北岚银行签署20亿元贷款协议。",
    "澄汀云上周同北岚银行签署20亿元贷款协议。",
])
def test_the_same_signing_told_plainly_is_a_loan(tmp_path, body):
    assert _loans(tmp_path, body) == [
        (True, {"borrower": ["澄汀云"], "lender": ["北岚银行"]})]
