"""Issue 10, eighth pass: financings counted first and told one by one by their lenders, and zh
contracts 'settled' (敲定, 谈妥) rather than signed — invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body", [
    "云服务商星枢云周二股价下跌。同日，公司披露已拿到两笔融资，合计20亿美元。\n\n"
    "第一笔来自私募信贷基金南岭资本，形式为延迟提款信贷额度，规模十二亿美元。第二笔是丰泰银行发放的8亿美元定期贷款。",
    "星枢云科技表示已获得两笔贷款。其一由私募信贷基金南岭资本提供，为12亿美元信贷额度；其二是丰泰银行发放的8亿美元定期贷款。",
])
def test_zh_parts_of_counted_financings_are_the_counting_firms(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    borrowers = {tuple(named_roles(ents, f).get("borrower", [])) for f in financings(out)}
    lenders = sorted(l for f in financings(out) for l in named_roles(ents, f).get("lender", []))
    assert lenders == ["丰泰银行", "南岭资本"]
    assert len(borrowers) == 1 and next(iter(borrowers))[0].startswith("星枢云")


@pytest.mark.parametrize("second", [
    "The second is a $700m loan facility from Oakmere Capital, which manages private credit.",
    "The other one is a $700 million revolving facility provided by Oakmere Capital.",
])
def test_en_the_second_of_two_financings_told_by_its_lender(tmp_path, second):
    ents, out = run(tmp_path, "Brackwater Cloud said on Tuesday that it had signed two financings. "
                    "Ferrand Bank is providing a term loan of $2.4 billion. " + second)
    facility = next(f for f in financings(out) if "Oakmere Capital" in named_roles(ents, f).get("lender", []))
    assert named_roles(ents, facility)["borrower"] == ["Brackwater Cloud"]
    assert facility.figures["amountUSD"].value == 700_000_000


def test_a_lenders_only_part_without_a_count_gets_no_borrower(tmp_path):
    ents, out = run(tmp_path, "Brackwater Cloud, a cloud provider, grew fast. The second is a $700m loan "
                    "facility from Oakmere Capital, which manages private credit.")
    assert not any(named_roles(ents, f).get("borrower") for f in financings(out))


@pytest.mark.parametrize("verb", ["敲定了一份", "谈妥一笔", "签订了一份"])
def test_zh_a_contract_settled_is_signed(tmp_path, verb):
    ents, out = run(tmp_path, f"今年9月，GPU云服务商蓝岭算力与大模型公司墨川智能{verb}算力服务合同，期限四年，总额12亿美元。",
                    language="zh")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"customer": ["墨川智能"], "provider": ["蓝岭算力"]}


@pytest.mark.parametrize("second", [
    "Harwick Bank arranged the loan, a person familiar said.",
    "People familiar with it said Harwick Bank had arranged that loan.",
])
def test_a_bank_told_as_the_only_party_of_a_loan_lends_it(tmp_path, second):
    ents, out = run(tmp_path, "Brackwater Cloud, a cloud provider, has closed a senior secured loan "
                    "of $2.6 billion to pay for chips. " + second)
    loans = financings(out)
    assert not any("Harwick Bank" in named_roles(ents, f).get("borrower", []) for f in loans)
    assert any(named_roles(ents, f).get("borrower") == ["Brackwater Cloud"]
               and "Harwick Bank" in named_roles(ents, f).get("lender", []) for f in loans)
