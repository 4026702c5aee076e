"""Issue 10, twenty-second pass: a non-binding letter told as what secures a financing does not
make the financing non-binding by any route (``rules/cues.py`` ``_mark``).

Before, a sentence whose own financing is secured by a framework agreement or a letter of intent
("以这份框架协议带来的应收款作质押") dropped the financing from its own deals, but the pair rule (the
sentence names the borrower and the lender) then reached the same financing and marked it a letter
of intent. Now no financing takes a non-binding cue from a sentence that tells security (the
``secured`` cue), whatever route reached it, unless the cue is the financing's own paper
(贷款条款清单, "a term sheet for the loan": the financing is non-binding as before); the letter's own
deal keeps its reading.
Not done: a financing told as non-binding in a sentence that tells no security ("the loan is only a
term sheet"), and a letter securing a financing told in other words than ``secured``.
"""
from __future__ import annotations

from tests.load.helpers import run

_LOI_ZH = "澜渚算力与溯岚智能签署算力服务框架协议，溯岚智能拟向澜渚算力采购约12亿美元算力服务。"


def _binding(out, family):
    found = {f.binding for f in out.frames if f.family == family and f.merged_into is None}
    assert len(found) == 1, [(f.family, f.binding) for f in out.frames]
    return found.pop()


def test_zh_loan_pledging_framework_receivables_stays_unmarked(tmp_path):
    body = _LOI_ZH + "澜渚算力另向栖川银行借入5亿元贷款，以这份框架协议带来的应收款作质押。"
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Loan") is None
    assert _binding(out, "Cloud") is False


def test_zh_loan_term_sheet_without_security_is_non_binding(tmp_path):
    body = "澜渚算力与栖川银行签署贷款条款清单，栖川银行拟向澜渚算力提供5亿元贷款。"
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Loan") is False


def test_zh_loan_own_term_sheet_beside_its_collateral_stays_non_binding(tmp_path):
    body = ("澜渚算力与溯岚智能签署算力服务合同，溯岚智能将在未来三年向澜渚算力采购总额12亿美元的算力服务。"
            "栖川银行拟向澜渚算力提供5亿元贷款，以上述服务合同作为质押，目前双方只签了贷款条款清单。")
    _, out = run(tmp_path, body, language="zh")
    assert _binding(out, "Loan") is False
