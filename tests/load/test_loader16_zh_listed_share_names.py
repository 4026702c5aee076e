"""Issue 10, sixteenth pass: an A-share firm's short name ends in 股份 ("X股份": the listed
company's short name in market copy and announcements). 股份 is a weak name suffix
(``org_suffixes.zh_weak`` in core.yaml): such a name counts when it recurs, signs a deal with a
partner, or its shares move; a count of shares ("一亿股公司股份"), a holding ("其约5%的股份") or
"所持股份" names no firm. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _firms(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    return {ents.names.get(m.iri, m.iri) for m in ents.mentions if m.kind == "firm"}


@pytest.mark.parametrize("body, name", [
    # told twice, as the subject of two sentences
    ("穗川股份周二晚间发布季度报告。穗川股份称，液冷服务器出货量环比增长四成。", "穗川股份"),
    # told once, as a deal's partner between 与 and the signing verb
    ("据悉，霁野智能已与朗驰股份签订三年期液冷机柜订单。", "朗驰股份"),
    # told once, its shares' move modifying it
    ("连续涨停的砚山股份此前刚披露了光模块扩产计划。", "砚山股份"),
    # a headline name and its second mention in the lede
    ("# 朗驰股份获大额订单\n\n朗驰股份今日开盘后快速拉升。", "朗驰股份"),
    # a holder's name in a list of movers, then again as a subject
    ("涨幅居前的有穗川股份、青穗智能等。其中穗川股份的光模块订单已排至明年。", "穗川股份"),
])
def test_a_listed_firms_short_name_ending_in_gufen_is_a_firm(tmp_path, body, name):
    assert name in _firms(tmp_path, body)


@pytest.mark.parametrize("body", [
    "实控人已把手中近一半的股份办理了质押登记。",
    "交易完成后，该基金将持有其约6%的股份，成为第三大股东。",
    "大股东拟减持所持股份，减持比例不超过总股本的2%。大股东此前已转让部分股份。",
])
def test_shares_counted_or_held_name_no_gufen_firm(tmp_path, body):
    assert not any(n.endswith("股份") for n in _firms(tmp_path, body))


@pytest.mark.parametrize("body", [
    "公司公告称，部分有限售条件股份将于下周上市；上述限售股份合计约占总股本3%。",
    "截至季末，其流通股份占比升至八成，流通股份数量较年初有所增加。",
    "本次拟回购股份不超过500万股，回购股份将用于员工持股计划。",
])
def test_a_class_of_shares_names_no_gufen_firm(tmp_path, body):
    """A share-class word before 股份 (限售, 流通, 回购 …, ``zh_share_class_words`` in core.yaml)
    makes a share noun, even told twice."""
    assert not any(n.endswith("股份") for n in _firms(tmp_path, body)), _firms(tmp_path, body)


def test_the_deal_of_a_gufen_firm_told_by_direction(tmp_path):
    body = "岫晴股份披露的订单明细显示，岫晴股份向苕溪智能提供算力服务，为期五年。"
    ents, out = run(tmp_path, body, language="zh")
    roles = [named_roles(ents, f) for f in out.frames if f.family == "Cloud"]
    assert {"provider": ["岫晴股份"], "customer": ["苕溪智能"]} in roles, roles
