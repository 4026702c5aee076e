"""Issue 10, seventeenth pass: a place and stop words before a money noun (资本, 基金) tell where
money comes from ("欧洲主权资本", "海湾资本", "某地主权基金"); they name no firm, so such a phrase
is no investor or lender. A coined word between the place and the noun keeps the name ("海湾汀岚基金"),
and a bank named by its place stays a bank ("北京银行") (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _firms_and_deals(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    firms = {m.name for m in ents.mentions if m.kind == "firm"}
    return firms, [(f.family, named_roles(ents, f)) for f in out.frames]


@pytest.mark.parametrize("body, phrase", [
    ("一只欧洲主权资本计划投资霁川科技。", "欧洲主权资本"),
    ("霁川科技这轮融资的钱，大半来自海湾资本。", "海湾资本"),
    ("有消息称，海湾主权基金正与霁川科技商谈，拟认购其新股。", "海湾主权基金"),
    ("去年以来，中东资本频频出手，霁川科技也获得了一笔投资。", "中东资本"),
])
def test_place_and_money_noun_is_no_firm(tmp_path, body, phrase):
    firms, deals = _firms_and_deals(tmp_path, body)
    assert not any(phrase.endswith(f) and len(f) > 2 for f in firms) and phrase not in firms, firms
    assert not any(phrase in str(roles) for _, roles in deals), deals


@pytest.mark.parametrize("body, firm", [
    ("霁川科技获得北京银行和海湾岚汐资本的贷款，合计9亿元。", "海湾岚汐资本"),
    ("霁川科技获得北京银行和海湾岚汐资本的贷款，合计9亿元。", "北京银行"),
    ("主权财富基金汀岚远景基金向霁川科技投资3亿美元。", "汀岚远景基金"),
])
def test_coined_names_and_place_banks_stay_firms(tmp_path, body, firm):
    firms, _ = _firms_and_deals(tmp_path, body)
    assert firm in firms, firms
