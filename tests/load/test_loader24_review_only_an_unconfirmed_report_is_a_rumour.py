"""Issue 10, review of 6978102 (twenty-fourth pass): the sentence after a publisher's reported
deal makes it a rumour only when it says the report was not confirmed ("Neither company
confirmed the report", 相关公司未予证实). Another rumour word there -- speculation the deal ends,
earlier rumours of talks, a report that confirms earlier rumours, analysts' guesses about other
deals (猜测更多银行将参与, 此前市场曾有传闻) -- leaves the reported deal a fact (invented sentences
and firms)."""
import pytest

from tests.load.helpers import run


def _statuses(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [f.is_fact for f in out.frames if f.family != "Move"]


_EN = "According to Bloomberg, Calder Cloud signed a $3 billion cloud contract with Norrin Compute. "
_ZH = "据彭博社报道，澄汀云与北岚银行签署了20亿美元贷款协议。"


@pytest.mark.parametrize("body", [
    _EN + "The deal ends months of speculation about the company's plans.",
    _EN + "There had been rumours of talks since the spring.",
    _EN + "The report did not mention rumoured talks with other providers.",
    _ZH + "此前市场曾有传闻称双方在谈判。",
    _ZH + "这一消息证实了此前的传闻。",
    _ZH + "市场猜测更多银行将参与后续融资。",
])
def test_another_rumour_word_after_a_report_leaves_the_deal(tmp_path, body):
    facts = _statuses(tmp_path, body)
    assert facts and all(facts), facts


@pytest.mark.parametrize("body", [
    _EN + "Neither company confirmed the report.",
    _EN + "The report has not been confirmed.",
    _ZH + "相关公司未予证实。",
    _ZH + "双方均未证实这一消息。",
])
def test_a_report_nobody_confirmed_is_still_a_rumour(tmp_path, body):
    facts = _statuses(tmp_path, body)
    assert facts and not any(facts), facts
