"""Issue 10, ninth pass: a second phase told as a term sheet with its own size is a deal of its
own; compute built on a supplier's chips (invented text and firms)."""
from __future__ import annotations

import pytest

from kg.load.merge import assign_iris
from kg.load.read import read_article
from kg.load.rules.extract import extract
from tests.load.helpers import named_roles, run, write


@pytest.mark.parametrize("second", [
    "天澄云在公告中披露，双方已就第二期算力签署条款清单，规模1.5GW，金额未定。",
    "天澄云表示，双方已就二期项目签订备忘录，容量约1.5吉瓦，价格仍在谈判。",
])
def test_second_phase_term_sheet_with_its_own_size_is_its_own_deal(tmp_path, second):
    body = ("大模型公司若川智能与云服务商天澄云签下合同，承诺在五年内向后者采购总值120亿美元的云算力。"
            "这是一份正式协议，对双方均具有法律约束力。" + second)
    article = read_article(write(tmp_path, "a", body, language="zh"))
    ents, _, out = extract(article)
    assign_iris(article, out)
    assert len(out.frames) == 2
    first, phase = sorted(out.frames, key=lambda f: f.sentence.index)
    assert first.binding is True and "capacityGW" not in first.figures
    assert phase.binding is False and float(phase.figures["capacityGW"].value) == 1.5
    assert named_roles(ents, phase) == {"provider": ["天澄云"], "customer": ["若川智能"]}


@pytest.mark.parametrize("body", [
    "大模型公司澈川智能承诺在未来四年内部署2吉瓦基于芯片商曜岭半导体的算力。",
    "Cheshire AI, a model developer, will deploy 2 gigawatts of computing based on Yarrow "
    "Semiconductor chips over four years.",
])
def test_compute_built_on_a_suppliers_chips_is_bought_from_it(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family == "Compute"]
    assert len(deals) == 1
    roles = named_roles(ents, deals[0])
    assert roles["supplier"] in (["曜岭半导体"], ["Yarrow Semiconductor"])
    assert roles["buyer"] in (["澈川智能"], ["Cheshire AI"])
