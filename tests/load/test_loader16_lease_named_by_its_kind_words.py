"""Issue 10, sixteenth pass: a bindingness sentence naming no firm that names the deal by its
lease words ("the sale and lease agreement", "the leaseback", "the lease contract", 售后回租合同)
reaches the latest lease told in the six sentences before it, not the deal told nearest to it (a
facility told in the next sentence). Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_SALE = ("Dorran Cloud agreed on Monday to raise $400 million by selling 9,000 of its servers to "
         "Pikeway Capital and leasing the machines back for three years. ")
_FILLER = "Its finance chief called the deal a cheap source of cash. "
_LOAN = "Dorran Cloud also signed a $700 million term loan with Amsgard Bank. "


def _lease_binding(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [f.binding for f in out.frames if f.family == "Lease"]


@pytest.mark.parametrize("body", [
    _SALE + _FILLER + "Under the sale and lease agreement, which is binding, title passes at "
    "closing. " + _LOAN,
    _SALE + _FILLER + "According to the filing, the leaseback cannot be terminated before 2028. " + _LOAN,
    _SALE + _FILLER + "The leaseback contract is now definitive, a filing shows. " + _LOAN,
    _SALE + _FILLER + "Analysts noted that the sale-and-leaseback, unlike the talks with suppliers, is "
    "binding. " + _LOAN,
])
def test_binding_sentence_naming_the_lease_reaches_it(tmp_path, body):
    assert _lease_binding(tmp_path, body) == [True]


def test_zh_binding_sentence_naming_the_leaseback_reaches_it(tmp_path):
    body = ("为补充流动资金，数据中心运营商霁川数据将一批GPU服务器以8亿元出售给融资租赁公司恒舟租赁，再租回使用，租期三年。"
            "公司财务总监称，此举可以盘活存量资产。售后回租合同已正式签署，具有法律约束力。"
            "霁川数据同时与苍梧银行签署了一笔5亿元的经营性贷款。")
    assert _lease_binding(tmp_path, body, language="zh") == [True]


def test_lease_told_out_of_reach_is_not_reached(tmp_path):
    body = _SALE + " ".join(f"Sentence number {i} is about the weather in the valley." for i in
                            range(8)) + " Under the sale and lease agreement, which is binding, title passes at closing."
    assert _lease_binding(tmp_path, body) == [None]
