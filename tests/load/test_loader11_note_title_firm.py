"""Issue 10, eleventh pass (observations): a note's or story's title that gives a firm with its
stock code ("澄宇微电子（688321）点评：…", "Halvard Cloud (NASDAQ: HLVD): …") makes it the firm a
bare 公司 means, for its shares (公司股价收涨…) and its forecast figures (我们预计公司…), not the
firm named most often (invented text, firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

#: The customer is named more often than the note's firm.
_BODY = ("\n\n事件：芯片厂商澄宇微电子公告，与大模型公司岚图智能签署供货框架协议。岚图智能计划部署1吉瓦算力，"
         "岚图智能将分批采购，岚图智能此前已完成融资。\n\n")


@pytest.mark.parametrize("title", [
    "# 澄宇微电子（688321）点评：1吉瓦框架协议落地",
    "# 澄宇微电子（688321.SH）：深度绑定岚图智能",
    "澄宇微电子（0981.HK）跟踪报告：框架协议打开空间",
])
@pytest.mark.parametrize("sentence", [
    "投资建议：公告次日公司股价收涨8.4%，维持评级。",
    "公告发布后，公司股价大涨8.4%。",
    "受此推动，公司股票当日上涨8.4%。",
])
def test_company_shares_in_a_note_titled_with_a_stock_code_are_its_firms(tmp_path, title, sentence):
    ents, out = run(tmp_path, title + _BODY + sentence)
    moves = {(ents.names.get(m.firm), float(m.percent)) for m in out.moves}
    assert ("澄宇微电子", 8.4) in moves
    assert ("岚图智能", 8.4) not in moves


@pytest.mark.parametrize("sentence", [
    "盈利预测：我们预计公司2026年营业收入40亿元，归母净利润5.5亿元。",
    "我们估计公司2026年营业收入约40亿元，归母净利润5.5亿元。",
    "我们看好公司长期成长，预计2026年营业收入40亿元，归母净利润5.5亿元。",
])
def test_figures_of_company_after_a_verb_in_a_note_are_its_firms(tmp_path, sentence):
    ents, out = run(tmp_path, "# 澄宇微电子（688321）点评：框架协议落地" + _BODY + sentence)
    firms = {ents.names.get(m.firm) for m in out.metrics}
    assert "岚图智能" not in firms
    assert "澄宇微电子" in firms


def test_a_title_ticker_after_a_firm_in_the_body_makes_no_note_firm(tmp_path):
    body = ("# 算力周报：框架协议频出\n\n芯片厂商澄宇微电子（688321）与大模型公司岚图智能签署供货框架协议。"
            "岚图智能计划部署1吉瓦算力，岚图智能将分批采购。\n\n公告发布后，公司股价大涨8.4%。")
    ents, out = run(tmp_path, body)
    assert ("澄宇微电子", 8.4) not in {(ents.names.get(m.firm), float(m.percent)) for m in out.moves}
