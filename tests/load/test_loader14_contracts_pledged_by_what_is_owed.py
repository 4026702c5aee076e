"""Issue 10, fourteenth pass: a customer contract pledged by what its counterparty owes ("以其对X的
应收账款作质押", "将其对X的租金收益权质押给银团", "the receivables owed by X", "the rent X pays", "X's
monthly payments"), and a pledged contract whose phrase names no kind: its kind is read from the
latest earlier sentence naming the counterparty with a contract ("Its site is leased to X under a
colocation contract" … "backed by the X contract"), else from the owner's type, else from the
counterparty's (a model developer buys compute). A firm that only pays something else ("X pays
interest on its own bonds") pledges nothing; no pledged contract is made up beside a deal the
counterparty already has with the financing's parties. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import financings, named_roles, run


def _pledged(ents, out):
    (f,) = financings(out)
    return [(d.family, named_roles(ents, d)) for d in f.collateral if not isinstance(d, tuple)]


@pytest.mark.parametrize("body,family,taker", [
    ("凌岫智算是一家云服务商。深澜模型是一家大模型公司。凌岫智算向沐恩银行借入18亿元人民币（约合2.5亿美元）"
     "贷款，质押物为其对深澜模型的应收账款。", "Cloud", "深澜模型"),
    ("朔川数据是一家数据中心运营商。朔川数据从岱衡银行获得9亿美元贷款，增信措施包括把其对溪禾科技的租金"
     "收益权质押给贷款行。", "Lease", "溪禾科技"),
    ("Ferrow Compute took a $700 million loan from Quenby Bank. The loan is secured by the "
     "receivables owed by Ostwind AI, the model developer.", "Cloud", "Ostwind AI"),
    ("Ferrow Compute, a data-centre developer, took a $700 million loan from Quenby Bank. The loan "
     "is backed by the rent Ostwind AI pays for the Ohio campus.", "Lease", "Ostwind AI"),
    ("Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank, secured by "
     "Ostwind AI's monthly payments.", "Cloud", "Ostwind AI"),
    ("Dunmere Data operates server halls. Its Reno site is leased in full to Brantley Labs, a model "
     "developer, under a twelve-year colocation contract. Dunmere later signed a $420 million term "
     "loan with Penhallow Bank, backed by the Brantley contract.", "Lease", "Brantley Labs"),
    ("砚池科技是一家公司。今年5月，公司和大模型公司极昼智能订立了一份三年期算力服务合同。随后砚池科技从岱衡银行"
     "获得3.1亿美元贷款，质押的是上述合同项下对极昼智能的应收款。", "Cloud", "极昼智能"),
])
def test_a_contract_pledged_by_what_its_counterparty_owes(tmp_path, body, family, taker):
    ents, out = run(tmp_path, body)
    pledged = _pledged(ents, out)
    assert len(pledged) == 1
    fam, roles = pledged[0]
    assert fam == family
    assert roles["customer" if family == "Cloud" else "lessee"] == [taker]


@pytest.mark.parametrize("body", [
    "Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank. Ostwind AI pays "
    "interest on its own bonds, which are secured by its GPUs.",
    "Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank, secured by its "
    "GPUs. Ostwind AI's payments to its suppliers rose.",
])
def test_a_firm_paying_something_else_pledges_nothing(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert _pledged(ents, out) == []
