"""Issue 10, sixteenth pass: "the two sides" of the financing just told.
A bindingness sentence that names no firm and refers to the deal's two parties only (双方, 两家公司,
"the two sides", "both parties", "the parties") is about the two-party deal told in the sentence
before (or the one before that) — a financing too, not only the letter-like deals told further
back; never a deal told after it, never a deal of three or more parties. Invented sentences and
firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, run

_LEASE = "大模型公司澄溪智能与算力服务商栖梧算力签署一份租赁协议，租期十年。"


def _financing_binding(tmp_path, body, **kw):
    _, out = run(tmp_path, body, **kw)
    return [f.binding for f in financings(out)]


@pytest.mark.parametrize("body", [
    _LEASE + "随后，苍岭银行正与栖梧算力洽谈一笔8亿元的循环授信额度。据悉，双方眼下手里只有一份意向书。",
    _LEASE + "另外，苍岭银行拟向栖梧算力提供一笔8亿元的项目贷款。条款清单之外，两家公司尚未签署其他文件。",
])
def test_zh_both_sides_of_the_financing_just_told(tmp_path, body):
    assert _financing_binding(tmp_path, body, language="zh") == [False]


@pytest.mark.parametrize("body", [
    "Ferrow Labs, a model developer, signed a letter of intent to rent racks from Ulmer Cloud. "
    "Separately, Kelso Bank agreed to lend Ulmer Cloud $300 million under a revolving credit "
    "facility. So far the two sides have signed only a term sheet.",
    "Ferrow Labs, a model developer, signed a letter of intent to rent racks from Ulmer Cloud. "
    "Kelso Bank will provide Ulmer Cloud with a $300 million term loan, people said. Both parties "
    "describe the paperwork as a non-binding term sheet.",
    "Ferrow Labs, a model developer, signed a letter of intent to rent racks from Ulmer Cloud. "
    "Separately, Kelso Bank agreed to lend Ulmer Cloud $300 million under a revolving credit "
    "facility. The parties have agreed on a term sheet, which is not binding.",
])
def test_both_sides_of_the_financing_just_told(tmp_path, body):
    assert _financing_binding(tmp_path, body) == [False]


@pytest.mark.parametrize("body", [
    # the sentence names a firm: it says which deal
    _LEASE + "随后，苍岭银行正与栖梧算力洽谈一笔8亿元的循环授信额度。栖梧算力与澄溪智能双方手里只有一份意向书。",
    # the financing is told after the sentence
    "双方手里只有一份意向书。苍岭银行向算力服务商栖梧算力提供一笔8亿元的项目贷款。",
])
def test_no_pair_just_told_no_binding(tmp_path, body):
    assert _financing_binding(tmp_path, body, language="zh") == [None]
