"""Issue 10, eighteenth pass: a Chinese share-pledge loan whose shares are told by their count
("把所持的X 1.2亿股质押给Z", "3300万股无限售流通股", 限售股) or whose loan is told by its purpose
("质押给Z，用于办理一笔…贷款"). The pledgee lends, the holder borrows, the shares are the
collateral (an Asset). Rule ``zh.loan.share.pledge`` (lexicon/relations.yaml) and the Asset
words (lexicon/cues.yaml, asset_words). A holding, a transfer of shares, and a pledge that
secures another firm's debt give no loan. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _loans(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return ents, [f for f in financings(out) if f.is_fact]


@pytest.mark.parametrize("body, borrower, lender, amount", [
    ("沐云集团公告，已将其持有的汀兰数据1.2亿股质押给东川信托，换取一笔3年期贷款，"
     "金额为人民币9亿元（约合1.26亿美元）。", "沐云集团", "东川信托", 126_000_000),
    ("大股东宛平控股把所持公司4600万股限售股质押予墨溪证券，借得资金2.5亿元（约合3500万美元）。",
     "宛平控股", "墨溪证券", 35_000_000),
    ("汀兰数据披露，控股股东沐云集团将持有的7200万股公司股份质押给东川信托，"
     "用于办理为期两年的流动资金贷款，金额人民币5亿元（约合7000万美元）。",
     "沐云集团", "东川信托", 70_000_000),
    ("据交易所信息，宛平控股已将其所持3300万股无限售流通股质押于墨溪证券，"
     "用于一笔3亿元（约合4200万美元）的股票质押式融资。", "宛平控股", "墨溪证券", 42_000_000),
])
def test_share_pledge_is_a_loan(tmp_path, body, borrower, lender, amount):
    ents, loans = _loans(tmp_path, body)
    assert len(loans) == 1, loans
    loan = loans[0]
    roles = named_roles(ents, loan)
    assert roles["borrower"] == [borrower] and roles["lender"] == [lender]
    assert float(loan.figures["amountUSD"].value) == amount
    assert any(isinstance(c, tuple) and c[1] == "Asset" for c in loan.collateral)


@pytest.mark.parametrize("body", [
    "沐云集团持有汀兰数据1.2亿股，占其总股本的9%。",
    "沐云集团将其持有的汀兰数据1.2亿股转让给东川信托，转让价款为9亿元（约合1.26亿美元）。",
    "宛平控股将其持有的1.2亿股质押给东川信托，用于为汀兰数据发行的债券提供担保。",
    "宛平控股解除了此前质押给墨溪证券的4600万股，相关资金已提前归还。",
])
def test_no_share_pledge_loan(tmp_path, body):
    _, loans = _loans(tmp_path, body)
    assert loans == []
