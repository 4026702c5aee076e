"""Issue 10, seventeenth pass: whose shares moved when a Chinese sentence names no firm and says
公司 for it. A bare 公司 right before its share word (公司股价, 公司市值) means the firm a bare
公司 of that sentence stands for (`company_referent`: the paragraph's subject, the announcer, the
headline's firm), not the firm the article names most often; and a sentence opening with a bare
公司 is about that firm, not about another firm it names later (in a quote, as an object), so
the subjectless 股价 of the next sentence is that firm's. A firm named before the share word
keeps the move, and a sentence that opens with a firm's name is still about that firm.
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _moves(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return {(ents.names.get(m.firm, m.firm), float(m.percent)) for m in out.moves}


@pytest.mark.parametrize("body, firm, pct", [
    ("曦和半导体点评：订单兑现加速，维持“增持”\n\n"
     "事件：公司公告与算力服务商星野智算签订光模块供货协议，星野智算将在未来三年分批采购。"
     "星野智算还向公司预付了部分货款。\n\n"
     "市场表现：消息公布当日，公司股价收涨9.6%。", "曦和半导体", 9.6),
    ("点评｜曦和半导体：与星野智算签订芯片供货协议\n\n"
     "星野智算此前已与多家芯片厂商接洽，星野智算预计明年部署规模翻倍。\n\n"
     "消息发布后，公司股价收跌2.7%。", "曦和半导体", -2.7),
    ("岚峰数据是午后跌幅最大的个股。有传闻称岚峰数据拿下星野智算一笔大额订单。"
     "公司随即澄清称“从未与星野智算洽谈任何采购事项”。股价应声下挫，收跌4.8%。",
     "岚峰数据", -4.8),
    ("澄岭科技盘中一度跌停。公司下午回应称，与星野智算的算力租赁合同尚未最终签署，"
     "星野智算也未支付预付款。股价尾盘略有回升，收跌8.2%。", "澄岭科技", -8.2),
])
def test_bare_company_owns_the_shares(tmp_path, body, firm, pct):
    moves = _moves(tmp_path, body)
    assert {f for f, p in moves if p == pct} == {firm}


@pytest.mark.parametrize("body, firm, pct", [
    ("今天表现最弱的是青屿科技。公司晚间否认了与澜舟算力合作的说法。"
     "澜舟算力股价收跌2.2%。", "澜舟算力", -2.2),
    ("澜舟算力宣布与青屿科技签约。青屿科技表示合同金额尚未确定。股价收涨3.9%。",
     "青屿科技", 3.9),
])
def test_named_share_owner_keeps_its_move(tmp_path, body, firm, pct):
    moves = _moves(tmp_path, body)
    assert {f for f, p in moves if p == pct} == {firm}
