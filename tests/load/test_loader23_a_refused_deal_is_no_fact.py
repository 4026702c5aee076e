"""Issue 10, twenty-third pass: a deal a party refuses ("X declined to lead a $2bn loan for Y",
"X refused to provide …", "X拒绝与Y签署…", "X拒绝向Y提供…") is told but is no fact, like a
denied one (``denied`` in cues.yaml). Only a refusal of a deal verb counts: "declined to
comment" or 拒绝置评 beside a deal leaves it a fact (invented sentences and firms)."""
import pytest

from tests.load.helpers import named_roles, run

_ZH = "云服务商澄汀云和北岚银行都在扩张。"


def _loans(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(f.is_fact, named_roles(ents, f)) for f in out.frames
            if f.family in ("Loan", "Facility", "Financing")]


@pytest.mark.parametrize("body, language", [
    ("Quessel Bank declined to lead a $2 billion loan for Calder Cloud.", None),
    ("Quessel Bank refused to provide a $2 billion loan to Calder Cloud.", None),
    ("Calder Cloud said Quessel Bank had declined to extend a $2 billion loan to it.", None),
    (_ZH + "澄汀云拒绝与北岚银行签署20亿元贷款协议。", "zh"),
    (_ZH + "北岚银行拒绝向澄汀云提供20亿元贷款。", "zh"),
])
def test_a_refused_loan_is_no_fact(tmp_path, body, language):
    loans = _loans(tmp_path, body, language=language)
    assert loans and not any(fact for fact, _ in loans)


@pytest.mark.parametrize("body, language", [
    ("Quessel Bank refused to comment. It led a $2 billion loan for Calder Cloud.", None),
    (_ZH + "北岚银行拒绝置评。北岚银行向澄汀云提供20亿元贷款。", "zh"),
])
def test_a_refusal_to_comment_leaves_the_deal(tmp_path, body, language):
    assert [fact for fact, _ in _loans(tmp_path, body, language=language)] == [True]
