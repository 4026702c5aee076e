"""Issue 10, fourteenth pass: the firm a Chinese story is about when its headline opens with a column
label ("公告解读｜X拟…", "快讯｜X获…", "债市周报丨X…") or its lede says it published several
announcements at once ("X（603917）晚间连发多份公告", 刊发, 刊登): a bare 公司 in a later section
("加速卡订单：公司此前与Y签订…") is that firm (rules/zh_company_referent.py, ``announcer_zh``).
Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


def _facts(tmp_path, body):
    ents, out = run(tmp_path, body, language="zh")
    return [(f.family, named_roles(ents, f)) for f in out.frames]


_DEAL = "加速卡订单：公司此前与芯片厂商澜星半导体签订一份价值约2.4亿美元的GPU采购协议。"


@pytest.mark.parametrize("head", [
    "公告解读｜汇岭科技拟加码算力\n\n（本文公司均为虚构。）\n\n业内关注其扩张节奏。\n\n",
    "快讯丨汇岭科技获芯片大单\n\n股价盘中走强。\n\n",
    "债市周报|汇岭科技发行科创债\n\n本周一级市场活跃。\n\n",
    "汇岭科技一览\n\n周四晚间，汇岭科技（603917）一口气连发多份公告。\n\n",
    "算力周报\n\n昨晚，汇岭科技在交易所网站刊登了三份公告。\n\n行业整体仍在扩张。\n\n",
])
def test_company_in_a_later_section_is_the_story_firm(tmp_path, head):
    facts = _facts(tmp_path, head + _DEAL)
    assert any(fam in ("Supply", "Compute") and r == {"buyer": ["汇岭科技"], "supplier": ["澜星半导体"]}
               for fam, r in facts), facts


def test_label_longer_than_a_column_name_is_no_headline_firm(tmp_path):
    body = ("这是一篇很长的行业观察文章标题并不以公司开头｜汇岭科技\n\n股价盘中走强。\n\n" + _DEAL)
    facts = _facts(tmp_path, body)
    assert not any("汇岭科技" in r.get("buyer", []) for _, r in facts), facts
