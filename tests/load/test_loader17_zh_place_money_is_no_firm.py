"""Issue 10, seventeenth pass: a place before a money noun (资本, 基金) may tell where money comes
from rather than name a firm. A place and a kind of fund ("某地主权基金") is a description in any
sentence; a bare place's capital ("某地资本") is no firm when no deal governs it (it only comes in,
is brought in, or is one of many), and stays a party named so when a deal word follows it or a
link joins it to a firm's name. Any other word in the head keeps the name, and banks are named
by their places (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _firms_and_deals(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    firms = {m.name for m in ents.mentions if m.kind == "firm"}
    return firms, [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, phrase", [
    # a place and a kind of fund: a description, with a deal verb or in apposition to the name
    ("澄屿智能周二公告，新加坡主权基金同意向其注资6亿美元。", "新加坡主权基金"),
    ("为澄屿智能提供这笔贷款的，是北欧主权基金岫川基金。", "北欧主权基金"),
    # a bare place's capital that no deal governs, or one of many
    ("自去年起，北欧资本持续加码算力，澄屿智能的估值也水涨船高。", "北欧资本"),
    ("澄屿智能引进硅谷资本以后，估值翻了一倍有余。", "硅谷资本"),
    ("另有一些欧洲资本也将认购澄屿智能的新股。", "欧洲资本"),
])
def test_place_and_money_noun_is_no_firm(tmp_path, body, phrase):
    firms, deals = _firms_and_deals(tmp_path, body)
    assert not any(phrase.endswith(f) and len(f) > 2 for f in firms) and phrase not in firms, firms
    assert not any(phrase in str(roles) for _, roles in deals), deals


@pytest.mark.parametrize("body, firm", [
    ("澄屿智能从杭州银行和北欧蔚衡资本两处借入贷款，共计4亿元。", "北欧蔚衡资本"),
    ("澄屿智能从杭州银行和北欧蔚衡资本两处借入贷款，共计4亿元。", "杭州银行"),
    ("为澄屿智能提供这笔贷款的，是北欧主权基金岫川基金。", "岫川基金"),
])
def test_coined_names_and_place_banks_stay_firms(tmp_path, body, firm):
    firms, _ = _firms_and_deals(tmp_path, body)
    assert firm in firms, firms


# A bare place's capital that a deal word governs is the party: it takes the role, and the other
# firm of the sentence does not.
@pytest.mark.parametrize("body, family, role, party", [
    ("岫川基金在公告中提到，北欧资本拟认购澄屿智能9%的股权。", "Stake", "investor", "北欧资本"),
    ("待澄屿智能和岫川基金的交易交割，中东资本还会认购澄屿智能9%的股权。", "Stake", "investor", "中东资本"),
    ("岫川基金透露，澄屿智能已获欧洲资本提供的7亿元贷款。", "Loan", "lender", "欧洲资本"),
    ("新加坡国际资本同澄屿智能签订协议后，新加坡国际资本将认购澄屿智能11%的股份。",
     "Stake", "investor", "新加坡国际资本"),
    ("北欧资本已和澄屿智能签约，依约北欧资本会认购澄屿智能11%的股权。", "Stake", "investor", "北欧资本"),
    ("澄屿智能表示，欧洲资本已向其发放了3亿元的贷款。", "Loan", "lender", "欧洲资本"),
    ("欧洲资本将认购澄屿智能12%的股权，至于岫川基金，只认购2%。", "Stake", "investor", "欧洲资本"),
])
def test_place_capital_governed_by_a_deal_is_the_party(tmp_path, body, family, role, party):
    _, deals = _firms_and_deals(tmp_path, body)
    assert any(fam == family and roles.get(role) == [party] for fam, roles in deals), deals


@pytest.mark.parametrize("body, other", [
    ("澄屿智能拿到了岫川基金以及北欧资本的贷款，两笔共6亿元。", "岫川基金"),
    ("澄屿智能拿到了杭州银行以及中东资本的贷款，两笔共6亿元。", "杭州银行"),
])
def test_place_capital_joined_to_a_lender_is_a_lender(tmp_path, body, other):
    _, deals = _firms_and_deals(tmp_path, body)
    lenders = [roles.get("lender") or [] for fam, roles in deals if fam == "Loan"]
    place = body.split("以及")[1][:4]
    assert any(place in ls and other in ls for ls in lenders), deals
