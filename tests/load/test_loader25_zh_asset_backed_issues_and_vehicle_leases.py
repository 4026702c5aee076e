"""Issue 10, twenty-fifth pass: Chinese asset-backed paper and the vehicles that issue it.

An asset-backed security (资产支持证券, 资产支持票据, ABS) is a bond its issuer sells: "X发行…资产支持
证券" and "X以其…租赁应收款为基础资产，发行ABS" are bond issues of X (``bond_zh``,
``zh.bond.issue.backed``; a firm inside the assets clause is no party), buyers that "合计认购" take part
(``zh.bond.subscribe``). A numbered vehicle after a role word ("特殊目的载体岚川一号") is a firm
(``zh_weak``: 一号, 二号, 三号), and goods a firm holds or buys, then lets in a clause of their own
("X持有一批GPU，并将其整体出租给Y", "X向Z采购…GPU，再将其整体出租给Y") are let by X
(``zh.lease.them.to``), the purchase's figures staying the purchase's (the lease is told from
将其 on: ``(?P<told>…)`` in rules/frames.py). A seller marked by 向/从, or a chipmaker naming the
goods (英伟达GPU), lets nothing. A plan still being drawn up (还在筹划发行…) is no issue yet
(``hypothetical``). The English side is test_loader25_named_vehicle_buys_and_leases.
"""
import pytest

from tests.load.helpers import facts, named_roles, run


def _roles(ents, frames, family):
    return [named_roles(ents, f) for f in frames if f.family == family]


@pytest.mark.parametrize("body,issuer", [
    ("本周最受关注的是数据中心开发商岚川数据发行的资产支持证券，规模20亿元，约合2.8亿美元。", "岚川数据"),
    ("融资租赁公司青川租赁以其向云服务商霁川科技出租GPU服务器形成的租赁应收款为基础资产，发行ABS人民币15亿元。",
     "青川租赁"),
], ids=["abs-issued", "assets-first"])
def test_asset_backed_securities_are_a_bond_issue(tmp_path, body, issuer):
    ents, out = run(tmp_path, body)
    assert [r.get("issuer") for r in _roles(ents, facts(out), "Bond")] == [[issuer]]


def test_buyers_taking_it_together_hold_it(tmp_path):
    ents, out = run(tmp_path, "本周最受关注的是数据中心开发商岚川数据发行的资产支持证券，规模20亿元，约合2.8亿美元。"
                              "据簿记信息，恒江资管、北岭保险合计认购了大部分份额。")
    bonds = _roles(ents, facts(out), "Bond")
    assert bonds and sorted(bonds[0].get("holder", [])) == ["北岭保险", "恒江资管"]


def test_a_bond_still_being_planned_is_no_issue(tmp_path):
    ents, out = run(tmp_path, "数据中心开发商岚川数据还在筹划发行资产支持证券，但规模和时间表尚未确定。")
    assert not _roles(ents, facts(out), "Bond")


@pytest.mark.parametrize("body,lessor", [
    ("算力服务商岑溪算力持有一批GPU，并将其整体出租给大模型公司洛川智能，租期4年。", "岑溪算力"),
    ("算力服务商岚川智算设立的特殊目的载体岚川一号本周完成设立。岚川一号持有一批GPU，并将其整体出租给大模型公司"
     "穆川智能，租期同样为4年。", "岚川一号"),
], ids=["holds-then-lets", "numbered-vehicle"])
def test_goods_let_in_a_clause_of_their_own(tmp_path, body, lessor):
    ents, out = run(tmp_path, body)
    leases = [f for f in out.frames if f.family == "Lease"]
    assert [named_roles(ents, f) for f in leases] == [{"lessor": [lessor], "lessee":
                                                       [named_roles(ents, leases[0])["lessee"][0]]}]
    assert leases[0].figures["termYears"].value == 4


def test_the_purchase_keeps_its_figure_and_its_seller_lets_nothing(tmp_path):
    ents, out = run(tmp_path, "算力服务商岑溪算力向芯片公司衡江半导体采购了价值10亿美元的GPU，再将其整体出租给"
                              "大模型公司洛川智能，租期4年。")
    leases = [f for f in out.frames if f.family == "Lease"]
    assert [named_roles(ents, f) for f in leases] == [{"lessor": ["岑溪算力"], "lessee": ["洛川智能"]}]
    assert "amountUSD" not in leases[0].figures
    supplies = [f for f in out.frames if f.family == "Supply"]
    assert supplies and supplies[0].figures["amountUSD"].value == 1_000_000_000


@pytest.mark.parametrize("body", [
    "该载体将用募集资金购买英伟达GPU，再把这批芯片出租给大模型公司洛川智能使用，租期五年。",
    "算力服务商岑溪算力向芯片公司衡江半导体采购了一批GPU，并将其部署在自有机房。",
    "大模型公司洛川智能从芯片公司衡江半导体采购GPU，并将其交给云服务商岑溪算力托管。",
], ids=["maker-of-the-goods", "deployed-not-let", "handed-for-hosting"])
def test_no_lease_by_the_seller_or_without_letting(tmp_path, body):
    ents, out = run(tmp_path, body)
    lessors = {n for r in _roles(ents, out.frames, "Lease") for n in r.get("lessor", [])}
    assert not lessors & {"英伟达", "Nvidia", "衡江半导体"}
    if "出租" not in body:
        assert not _roles(ents, out.frames, "Lease")
