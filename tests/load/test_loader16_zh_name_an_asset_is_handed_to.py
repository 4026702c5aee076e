"""Issue 10, sixteenth pass: a name told once as the party an asset is sold, let or pledged to.
A weak-suffix name (…融资租赁, …能源) told once counts as a firm when a recurring name or a signing
would have made it one; the party right after a handing verb ("卖给", "出售给", "转让给", "质押给",
``zh_given_to_verbs`` in core.yaml) is such a firm too, so a sale-leaseback to a lessor named once
is read. A described party ("卖给当地能源") is none. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _run(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    firms = {ents.names.get(m.iri, m.iri) for m in ents.mentions if m.kind == "firm"}
    leases = [named_roles(ents, f) for f in out.frames if f.family == "Lease"]
    return firms, leases


@pytest.mark.parametrize("body, lessee, lessor", [
    ("岑鸥科技名下约两千台推理服务器卖给沐棠融资租赁后又按售后回租安排留用，租金按季支付。", "岑鸥科技", "沐棠融资租赁"),
    ("朗驰科技上月出售给青穗融资租赁的那批加速卡，已全部租回自用。", "朗驰科技", "青穗融资租赁"),
    ("霁野智能已将训练集群转让给沅澄融资租赁，并与对方约定售后回租。", "霁野智能", "沅澄融资租赁"),
])
def test_a_lessor_named_once_after_a_sale_verb_lets_the_leaseback(tmp_path, body, lessee, lessor):
    firms, leases = _run(tmp_path, body)
    assert lessor in firms
    assert {"lessee": [lessee], "lessor": [lessor]} in leases, leases


@pytest.mark.parametrize("body, name", [
    ("为获得贷款，朗驰科技将园区土地抵押给南屿能源，期限两年。", "南屿能源"),
    ("澄远科技把闲置的两栋机房出租给青穗数据，年租金约4000万元。", "青穗数据"),
])
def test_a_weak_suffix_name_told_once_after_a_handing_verb_is_a_firm(tmp_path, body, name):
    firms, _ = _run(tmp_path, body)
    assert name in firms, firms


def test_a_described_party_after_a_sale_verb_is_no_firm(tmp_path):
    firms, _ = _run(tmp_path, "澄远科技计划把余电卖给当地能源，以降低运营成本。")
    assert not any(n.endswith("能源") for n in firms), firms


def test_an_interviewees_leaseback_to_a_lessor_named_once(tmp_path):
    body = ("# 专访｜青澄算力总裁周岚：现金流比规模重要\n\n"
            "青澄算力是一家GPU云服务商，记者日前与其总裁周岚进行了对话。\n\n"
            "**本报：今年的融资有什么新花样？**\n\n"
            "周岚：年初那笔融资里，我们出售给汀州融资租赁的是存量服务器，售后回租，设备不出机房。\n\n"
            "**本报：明年呢？**\n\n"
            "周岚：明年以客户合同为主。")
    firms, leases = _run(tmp_path, body)
    assert {"lessee": ["青澄算力"], "lessor": ["汀州融资租赁"]} in leases, leases
