"""Issue 10, twenty-fourth pass review: 从未 and 不实 deny a deal only as denials -- 从未 with a
dealing after it (从未与Y签署/接触/谈判…), 不实 on its own (消息不实) -- not as a superlative
(从未有过的大额融资, 需求从未如此旺盛) nor inside another word (暂不实施, 不实际): the deal the
sentence tells stays a fact (invented sentences and firms)."""
import pytest

from tests.load.helpers import run

_ZH = "云服务商澄汀云和北岚银行都在扩张。"


def _facts(tmp_path, body):
    ents, out = run(tmp_path, _ZH + body, language="zh")
    return [f.is_fact for f in out.frames]


@pytest.mark.parametrize("body", [
    "北岚银行向澄汀云提供20亿元贷款，这是澄汀云从未有过的大额融资。",
    "澄汀云与北岚银行签署20亿元贷款协议，澄汀云称算力需求从未如此旺盛。",
    "北岚银行向澄汀云提供20亿元贷款，规模创下该行从未有过的纪录。",
    "北岚银行向澄汀云提供20亿元贷款，并表示暂不实施加息。",
])
def test_a_superlative_or_another_word_denies_nothing(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert facts and all(facts), facts


@pytest.mark.parametrize("body", [
    "有消息称北岚银行将向澄汀云提供20亿元贷款，北岚银行回应称从未与澄汀云就贷款进行过接触。",
    "北岚银行向澄汀云提供20亿元贷款的消息不实。",
    "北岚银行向澄汀云提供20亿元贷款一事，北岚银行称从未签署相关协议。",
])
def test_a_denial_still_denies(tmp_path, body):
    facts = _facts(tmp_path, body)
    assert facts and not any(facts), facts
