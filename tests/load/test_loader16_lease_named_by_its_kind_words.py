"""Issue 10, sixteenth pass: a bindingness sentence naming no firm that names the deal by its
lease words ("the sale-and-leaseback", "the leaseback", "the leaseback contract", 回租协议,
售后回租) reaches the latest lease told in the six sentences before it, not the deal told
nearest to it (here a server purchase told in between). Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_BUILDING = ("Ravelstone Data sold its Dallas data centre to Quenby Property Trust for $260 million "
             "and will lease the building back for fifteen years. ")
_SERVERS = "With part of the cash, Ravelstone ordered 3,000 GPU servers from Marlholt Systems. "


def _lease_binding(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [f.binding for f in out.frames if f.family == "Lease"]


@pytest.mark.parametrize("body", [
    _BUILDING + _SERVERS + "The leaseback cannot be terminated before 2035, a filing shows.",
    _BUILDING + _SERVERS + "A regulatory filing describes the sale-and-leaseback as binding.",
    _BUILDING + _SERVERS + "Under the leaseback contract, which is binding, rent rises 2% a year.",
])
def test_binding_sentence_naming_the_lease_reaches_it(tmp_path, body):
    assert _lease_binding(tmp_path, body) == [True]


def test_zh_binding_sentence_naming_the_leaseback_reaches_it(tmp_path):
    body = ("砚台数据本月把一批GPU服务器出售给融资租赁公司鹤汀租赁，作价6亿元，并租回使用，租期五年。"
            "砚台数据另向芯片商翎岫科技采购了两千台服务器。据公告，回租协议具有法律约束力。")
    assert _lease_binding(tmp_path, body, language="zh") == [True]


def test_lease_told_out_of_reach_is_not_reached(tmp_path):
    body = _BUILDING + " ".join(f"Paragraph {i} covers the company's hiring plans." for i in
                                range(8)) + " A regulatory filing describes the sale-and-leaseback as binding."
    assert _lease_binding(tmp_path, body) == [None]
