"""Issue 10, sixteenth pass: 智算 (intelligent computing, 智能算力) is compute sold as a service
like 算力: providing, renting or buying 智算 between two firms is a cloud deal whose direction the
verb states (``cloud_zh`` in relations.yaml). A data-centre project (智算中心) told with no partner
is no deal. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run

_ROLES = {"provider": ["鸣岚科技"], "customer": ["霁野智能"]}


def _clouds(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]


@pytest.mark.parametrize("body", [
    "根据这份五年期合同，鸣岚科技向霁野智能提供智算服务及运维支持。",
    "根据合同，霁野智能将向鸣岚科技租用智算资源，期限为三年。",
    "霁野智能计划采购鸣岚科技的智算服务，首期金额12亿元。",
    "鸣岚科技此前向霁野智能提供的智算服务，本月起按季度结算。",
    "霁野智能租用鸣岚科技的智算资源，首年费用约3亿元。",
])
def test_intelligent_compute_provided_or_rented_is_a_cloud_deal(tmp_path, body):
    assert _ROLES in _clouds(tmp_path, body), _clouds(tmp_path, body)


def test_an_intelligent_compute_centre_alone_is_no_deal(tmp_path):
    body = "鸣岚科技在西部新建的智算中心已于上月投产，规划算力约0.3吉瓦。鸣岚科技称将继续扩建。"
    assert _clouds(tmp_path, body) == []
