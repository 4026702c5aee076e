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
    ("于周二发布公告后，青岚集团已把所持的5800万股质押予石渠信托，办理一笔为期十八个月的贷款，"
     "金额4.3亿元（约合6000万美元）。", "青岚集团", "石渠信托", 60_000_000),
    ("嘉禾控股本周把其所持的2750万股流通股质押给北辰证券，所得资金用于补充日常运营，"
     "融资规模1.9亿元（约合2650万美元）。", "嘉禾控股", "北辰证券", 26_500_000),
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
    # the purpose names another borrower or an earlier loan: the holder borrows nothing
    "澄江能科将其持有的3900万股限售股质押给栖霞信托，用于为关联方的银行贷款提供增信。",
    "澄江能科将其持有的3900万股限售股质押给栖霞信托，以满足参股公司的项目贷款需求。",
    "澄江能科将其持有的3900万股限售股质押给栖霞信托，作为其母公司此前借款的补充担保。",
    "澄江能科将其持有的3900万股限售股质押给栖霞信托，以替换此前为客户贷款提供的担保品。",
    "澄江能科将其持有的3900万股限售股质押给栖霞信托，用于为子公司办理贷款提供担保。",
    "澄江能科将其持有的3900万股限售股质押给栖霞信托，用于办理贷款，办理贷款的是其参股公司。",
])
def test_no_share_pledge_loan(tmp_path, body):
    _, loans = _loans(tmp_path, body)
    assert loans == []
