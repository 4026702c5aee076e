"""Issue 10, review of 47325e0 (twenty-fourth pass): a refusal ("X declined to join", "Z拒绝参与")
denies only the deal whose own match holds it ("X declined to lead a $2bn loan for Y",
"X拒绝向Y提供…"). A refusal told before or after another deal of the sentence -- by another
firm, or of details after the deal was told -- leaves that deal a fact (invented sentences and
firms)."""
import pytest

from tests.load.helpers import named_roles, run

_ZH = "云服务商澄汀云和北岚银行都在扩张。"


def _deals(tmp_path, body, language=None):
    ents, out = run(tmp_path, body, language=language)
    return [(f.family, f.is_fact, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, language, family, roles", [
    ("Quessel Bank led a $2 billion loan for Calder Cloud after Ostrava Capital declined to "
     "join the syndicate.", None, "Loan", {"lender": ["Quessel Bank"], "borrower": ["Calder Cloud"]}),
    ("After Ostrava Capital declined to lend, Quessel Bank provided a $2 billion loan to Calder "
     "Cloud.", None, "Loan", {"lender": ["Quessel Bank"], "borrower": ["Calder Cloud"]}),
    ("Vantry Partners invested $500 million in Calder Cloud after Ostrava Capital declined to "
     "invest.", None, "Investment", {"investor": ["Vantry Partners"], "investee": ["Calder Cloud"]}),
    ("Calder Cloud signed a $3 billion five-year cloud contract with Norrin Compute but declined "
     "to provide financial details.", None, "Cloud",
     {"provider": ["Calder Cloud"], "customer": ["Norrin Compute"]}),
    (_ZH + "北岚银行向澄汀云提供20亿元贷款，但拒绝提供更多细节。", "zh", "Loan",
     {"lender": ["北岚银行"], "borrower": ["澄汀云"]}),
    (_ZH + "南苇银行拒绝参与后，北岚银行向澄汀云提供20亿元贷款。", "zh", "Loan",
     {"lender": ["北岚银行"], "borrower": ["澄汀云"]}),
    (_ZH + "北岚银行向澄汀云发放20亿元贷款，此前南苇银行拒绝牵头该笔贷款。", "zh", "Loan",
     {"lender": ["北岚银行"], "borrower": ["澄汀云"]}),
])
def test_a_refusal_beside_a_deal_leaves_it_a_fact(tmp_path, body, language, family, roles):
    found = _deals(tmp_path, body, language)
    assert any(fam == family and fact and {r: v for r, v in got.items() if r in roles} == roles
               for fam, fact, got in found), found


@pytest.mark.parametrize("body, language", [
    ("Quessel Bank declined to lead a $2 billion loan for Calder Cloud, the lender said.", None),
    ("Vantry Partners declined to invest $500 million in Calder Cloud.", None),
    ("Vantry Partners refused to buy a 10% stake in Calder Cloud for $500 million.", None),
    (_ZH + "北岚银行拒绝为澄汀云提供20亿元贷款。", "zh"),
    (_ZH + "北岚银行婉拒了向澄汀云发放20亿元贷款的请求。", "zh"),
])
def test_the_refused_deal_itself_is_still_no_fact(tmp_path, body, language):
    found = _deals(tmp_path, body, language)
    assert found and not any(fact for _, fact, _ in found), found
