"""Issue 10, thirteenth pass, two classes from fresh Chinese copy (invented text and firm names):
- a role word followed by a verb ("一家国内大模型公司签署AI服务器采购框架协议") names no firm: the
  verb opens no name (`zh_name_not_first_words`), so "签署AI" is no firm — and no pronoun later
  resolves to it;
- 该公司/这家公司 in a clause a firm of the same sentence tells, one clause between allowed
  ("X还披露，为保障上述订单的备货，该公司已获得…"), is that firm — not the firm of the sentence
  before (the same rule the bare 公司 already had)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _firms(ents):
    return {ents.names.get(m.iri, m.iri) for m in ents.mentions if m.kind == "firm"}


@pytest.mark.parametrize("body", [
    "星澜科技披露，公司与一家国内大模型公司签署AI服务器采购框架协议，涉及约4亿美元。",
    "青穹科技表示，公司近日与一家芯片厂商达成GPU供货协议。",
    "据悉，另一家云服务商采购AI芯片的计划仍在推进。",
])
def test_a_verb_after_a_role_word_opens_no_name(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    assert not any(n.startswith(("签署", "达成", "采购")) for n in _firms(ents)), _firms(ents)


@pytest.mark.parametrize("body", [
    "大模型公司星衡智能是买方。同日，星澜科技还披露，为保障上述订单的备货，该公司已获得华岳银行提供的3亿美元贷款。",
    "大模型公司星衡智能是买方。星澜科技在公告中表示，为筹措资金，该公司已向华岳银行借入3亿美元贷款。",
    "大模型公司星衡智能是买方。星澜科技透露，受订单推动，这家公司已从华岳银行获得3亿美元授信。",
])
def test_the_company_a_firm_tells_of_is_that_firm(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    (f,) = [f for f in out.frames if f.family in ("Loan", "Facility")]
    assert [ents.names.get(i, i) for i in f.roles["borrower"]] == ["星澜科技"]


def test_a_firm_named_in_the_told_clause_stays_the_borrower(tmp_path):
    ents, out = run(tmp_path, "星衡智能是买方。星澜科技表示，星衡智能已向华岳银行借入3亿美元贷款，该公司计划明年还款。",
                    language="zh")
    (f,) = [f for f in out.frames if f.family == "Loan"]
    assert [ents.names.get(i, i) for i in f.roles["borrower"]] == ["星衡智能"]
