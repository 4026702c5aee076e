"""Issue 10, twenty-third pass: Chinese syndicated loans told in wording the lexicon lacked, each
a deal missed outright before (invented sentences and firms):

- signed with a syndicate its arranger leads, the loan named with its amount and no 协议/合同
  ("与以A为牵头行的银团签署N建设贷款", zh.loan.sign.syndicate and .list);
- a syndicate told by the lenders that form it ("与A、B及另外三家银行组成的银团签署N循环信贷协议",
  zh.loan.sign.syndicate.formed; the borrower is the topic when the subject is 公司);
- a credit arrangement the borrower closed, led by an arranger ("完成一笔N的信贷安排，由A牵头安排",
  zh.loan.led.by.told now takes 信贷安排/信贷额度/授信额度/循环信贷 and 牵头安排);
- participants told as a list after 参贷方还包括 (cues.yaml ``lender_before``);
- 循环信贷 (revolving credit) is a credit facility (``facility_words``).

Not a loan of the subject: a letter of intent or a term sheet (贷款意向书, 贷款条款清单), a credit the
subject is still seeking, a syndicate that turned a loan down; a denied, rumoured or supposed
signing is read but is no fact."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_TYPES = "蓝岫数据是数据中心运营商。澄汀云是GPU云厂商。"


def _financings(tmp_path, body):
    ents, out = run(tmp_path, _TYPES + body, language="zh")
    return [(f.family, f.is_fact, named_roles(ents, f), f.figures) for f in out.frames
            if f.family in ("Loan", "Facility", "Financing")]


@pytest.mark.parametrize("body, family, borrower, lenders, amount", [
    ("蓝岫数据与以北岚银行为牵头行的银团签署30亿美元建设贷款，参贷方还包括西屿银行和私募信贷机构青岩信贷基金。",
     "Loan", "蓝岫数据", ["北岚银行", "西屿银行", "青岩信贷基金"], 3e9),
    ("蓝岫数据上月同以北岚银行为牵头行的银团签下一笔12亿美元的项目贷款。",
     "Loan", "蓝岫数据", ["北岚银行"], 1.2e9),
    ("澄汀云本周完成一笔8亿美元的延迟提款信贷安排，由北岚银行牵头安排，青岩资本也参与出资。",
     "Facility", "澄汀云", ["北岚银行", "青岩资本"], 8e8),
    ("澄汀云上月敲定一笔20亿美元的循环信贷额度，由北岚银行牵头安排。",
     "Facility", "澄汀云", ["北岚银行"], 2e9),
    ("澄汀云表示，公司已与北岚银行、西屿银行及另外三家银行组成的银团签署20亿美元循环信贷协议，期限三年，"
     "由北岚银行担任牵头行。", "Facility", "澄汀云", ["北岚银行", "西屿银行"], 2e9),
])
def test_a_syndicated_loan_in_other_words_is_read(tmp_path, body, family, borrower, lenders, amount):
    found = _financings(tmp_path, body)
    assert len(found) == 1, found
    fam, fact, roles, figures = found[0]
    assert fam == family and fact
    assert roles["borrower"] == [borrower] and sorted(roles["lender"]) == sorted(lenders)
    assert roles.get("arranger") == ["北岚银行"]
    assert float(figures["amountUSD"].value) == amount


@pytest.mark.parametrize("body", [
    "蓝岫数据与以北岚银行为牵头行的银团签署30亿美元贷款意向书。",
    "蓝岫数据与以北岚银行为牵头行的银团签署30亿美元贷款条款清单。",
    "澄汀云正在寻求一笔8亿美元的信贷安排，由北岚银行牵头安排。",
    "北岚银行与西屿银行组成的银团拒绝了蓝岫数据的贷款申请。",
])
def test_no_loan_of_the_subject(tmp_path, body):
    assert not _financings(tmp_path, body)


@pytest.mark.parametrize("body", [
    "蓝岫数据否认与以北岚银行为牵头行的银团签署了30亿美元建设贷款。",
    "市场传闻蓝岫数据已与以北岚银行为牵头行的银团签署30亿美元建设贷款，公司未予置评。",
    "如果蓝岫数据与以北岚银行为牵头行的银团签署30亿美元建设贷款，其杠杆率将升至五倍。",
])
def test_a_denied_rumoured_or_supposed_signing_is_no_fact(tmp_path, body):
    assert all(not fact for _, fact, _, _ in _financings(tmp_path, body))
