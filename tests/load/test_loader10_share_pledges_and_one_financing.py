"""Issue 10, tenth pass (financings): a holder pledging shares for a loan told with the money it
raised after other words (办理股票质押式回购交易，融资N; 融了N; 借款N) and in English ("X pledged
11.2 million Y shares to Z and to W", "pledged part of its stake in Y to Z"); two templates of one
sentence over the same borrower and lenders are one financing (a loan agreement and a credit line),
while tranches with an amount each stay apart. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _loans(out):
    return [f for f in out.frames if f.family in ("Loan", "Facility", "Financing")]


@pytest.mark.parametrize("body,amount", [
    ("控股股东北岭控股将其持有的2800万股公司股份质押给东岳证券，办理股票质押式回购交易，融资3亿美元。", 300_000_000),
    ("创始人通过持股平台北岭控股，把所持青禾科技部分股份质押给东岳证券，融了2亿美元，用于参与增资。", 200_000_000),
    ("北岭控股以所持青禾科技12%的股权质押予东岳证券，借款1.5亿美元。", 150_000_000),
])
def test_zh_share_pledge_told_with_money_raised(tmp_path, body, amount):
    ents, out = run(tmp_path, body)
    loans = _loans(out)
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"borrower": ["北岭控股"], "lender": ["东岳证券"]}
    assert loans[0].figures["amountUSD"].value == amount
    assert any(isinstance(c, tuple) and c[1] == "Asset" for c in loans[0].collateral)


@pytest.mark.parametrize("body,lenders", [
    ("A filing shows that his holding company, Marrow Holdings Ltd, pledged 8.5 million Ferrow AI shares to "
     "Quillan Bank and to the investment bank Doverly Partners.", ["Doverly Partners", "Quillan Bank"]),
    ("The founder's vehicle, Marrow Holdings, pledged 5 million shares of Ferrow AI to Quillan Bank for a "
     "$300 million loan.", ["Quillan Bank"]),
    ("Marrow Holdings has pledged part of its stake in Ferrow AI to the lender Quillan Bank, raising "
     "$400 million.", ["Quillan Bank"]),
])
def test_en_share_pledge_to_lenders(tmp_path, body, lenders):
    ents, out = run(tmp_path, body)
    loans = _loans(out)
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"borrower": ["Marrow Holdings"], "lender": lenders}
    assert any(isinstance(c, tuple) and c[1] == "Asset" for c in loans[0].collateral)
    assert not [f for f in out.frames if "Ferrow AI" in named_roles(ents, f).get("investee", [])]


@pytest.mark.parametrize("body", [
    "青岩云科技是一家云服务商。公司同期与北辰银行、东岳银行签订12亿美元延迟提款定期贷款协议，北辰银行为牵头安排行。"
    "据公告，该笔授信以公司新购置的GPU集群作抵押。",
    "青岩云科技是一家云服务商。青岩云科技与北辰银行、东岳银行签订了一份12亿美元的定期贷款协议，由北辰银行牵头。"
    "这笔贷款以其GPU服务器作抵押。",
    "青岩云科技是一家云服务商。上月，青岩云科技和北辰银行、东岳银行签订12亿美元贷款协议，北辰银行担任牵头行。"
    "贷款以公司数据中心作抵押。",
])
def test_loan_agreement_and_credit_line_of_one_sentence_are_one_financing(tmp_path, body):
    ents, out = run(tmp_path, body)
    loans = _loans(out)
    assert len(loans) == 1
    roles = named_roles(ents, loans[0])
    assert roles["borrower"] == ["青岩云科技"] and roles["lender"] == ["东岳银行", "北辰银行"]
    assert roles["arranger"] == ["北辰银行"]
    assert loans[0].figures["amountUSD"].value == 1_200_000_000
    assert loans[0].collateral


@pytest.mark.parametrize("body,lenders", [
    ("青岩科技与北辰银行签订12亿美元定期贷款协议。", ["北辰银行"]),
    ("青岩科技与北辰银行签订定期贷款协议，金额12亿美元。", ["北辰银行"]),
    ("青岩科技与北辰银行、东岳银行签订了12亿美元的贷款合同。", ["东岳银行", "北辰银行"]),
])
def test_zh_loan_agreement_signed_by_a_borrower_bank_list(tmp_path, body, lenders):
    ents, out = run(tmp_path, body)
    loans = _loans(out)
    assert len(loans) == 1
    assert named_roles(ents, loans[0]) == {"borrower": ["青岩科技"], "lender": lenders}
    assert loans[0].figures["amountUSD"].value == 1_200_000_000


def test_zh_lenders_signed_with_are_no_borrower(tmp_path):
    ents, out = run(tmp_path, "青岩科技已与北辰银行、东岭资本签署35亿美元银团贷款协议。东岭资本是一家私募信贷基金。")
    loans = _loans(out)
    assert len(loans) == 1
    assert named_roles(ents, loans[0])["borrower"] == ["青岩科技"]
