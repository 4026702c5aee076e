"""Issue 10, twenty-third pass: what a firm hands over to its lenders ("X会把和Y的租赁合同连同和Z的购电
合同一起抵押给贷款银行", "X将其持有的…股Y股票质押给Z证券") is a collateral clause (``collateral_clause``
in cues.yaml): the firms named in it are the pledged deals' parties or the pledged shares'
company, no lender of a financing of their own and no stake. The financing told before keeps its
own lender; a sentence whose pledge names no firm is left as it was."""
import pytest

from tests.load.helpers import financings, named_roles, run

_LOAN = ("数据中心开发商澜禾数据和供电方沧渡能源订有一份购电合同。主力租户是模型公司墨棠智能。"
         "澜禾数据本月从衡沙银行借到一笔40亿美元的建设贷款。")


def _lenders(ents, out) -> list[list[str]]:
    return [named_roles(ents, f).get("lender", []) for f in financings(out)]


def test_a_pledged_leases_tenant_is_no_lender(tmp_path):
    ents, out = run(tmp_path, _LOAN + "按照贷款安排，澜禾会把和墨棠的租赁合同连同和沧渡能源的购电合同一起抵押给"
                                      "贷款银行。")
    assert _lenders(ents, out) == [["衡沙银行"]]


def test_shares_pledged_to_a_broker_are_no_stake(tmp_path):
    _, out = run(tmp_path, "芯片厂商岭澈科技周三晚间披露，控股股东岭澈控股办理了股票质押。岭澈控股将其持有的"
                           "1.2亿股岭澈科技股票质押给券商北汀证券，获得融资8亿元人民币。")
    assert not [f for f in out.frames if f.family in ("Stake", "Investment")]


@pytest.mark.parametrize("tail", [
    "消息人士透露，澜禾将与墨棠的租约和与沧渡能源的购电合同都质押给了银团。",
    "澜禾数据表示，这笔贷款以园区土地作抵押。",
], ids=["pledge-to-the-syndicate", "campus-pledged"])
def test_the_loan_keeps_its_own_lender(tmp_path, tail):
    ents, out = run(tmp_path, _LOAN + tail)
    assert _lenders(ents, out) == [["衡沙银行"]]
