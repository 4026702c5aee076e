"""Issue 10, fourteenth pass: a customer contract pledged by what its counterparty owes ("以其对X的
应收账款作质押", "将其对X的租金收益权质押给银团", "the receivables owed by X", "the rent X pays", "X's
monthly payments"), and a pledged contract whose phrase names no kind: its kind is read from the
latest earlier sentence naming the counterparty with a contract ("The campus is let to X under a
colocation agreement" … "secured by the X agreement"), else from the owner's type, else from the
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
    ("凌岫智算是一家云服务商。深澜模型是一家大模型公司。凌岫智算同时获得恒川银行人民币25亿元（约合3.5亿美元）"
     "流动资金贷款，以其对深澜模型的应收账款作质押。", "Cloud", "深澜模型"),
    ("朔川数据是一家数据中心运营商。朔川数据获得华澄银行提供的12亿美元贷款。担保方面，朔川数据以园区土地使用权"
     "作抵押，并将其对云岚科技的租金收益权质押给银团。", "Lease", "云岚科技"),
    ("Ferrow Compute took a $700 million loan from Quenby Bank. The loan is secured by the "
     "receivables owed by Ostwind AI, the model developer.", "Cloud", "Ostwind AI"),
    ("Ferrow Compute, a data-centre developer, took a $700 million loan from Quenby Bank. The loan "
     "is backed by the rent Ostwind AI pays for the Ohio campus.", "Lease", "Ostwind AI"),
    ("Ferrow Compute, a cloud provider, took a $700 million loan from Quenby Bank, secured by "
     "Ostwind AI's monthly payments.", "Cloud", "Ostwind AI"),
    ("Caldera Compute runs data centres. The campus is fully let to Parallax Models, an AI lab, "
     "under a ten-year colocation agreement. Caldera also entered into a $750 million revolving "
     "credit facility with First Cascadia Bank. Borrowings are secured by a pledge of the "
     "receivables under the Parallax agreement.", "Lease", "Parallax Models"),
    ("云迹科技是一家公司。7月，公司与大模型公司极昼智能签署算力服务合同，服务期五年。云迹科技向华澄银行借入"
     "4.2亿美元贷款，以与极昼智能所签合同项下的应收账款作质押。", "Cloud", "极昼智能"),
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
