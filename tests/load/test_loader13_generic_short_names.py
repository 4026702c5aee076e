"""Issue 10, thirteenth pass: a Chinese announcement that names its firm "公司" from then on
("天衡数据（以下简称“公司”）") made a firm called 公司 (its name found in an earlier sentence,
"本文公司与人物均为虚构。"), and every bare 公司 — moves, metrics, posts — went to it. A short name
that is a role word (公司, 本公司, 发行人 …; `zh_alias.generic`) is no firm of its own, a short name
is read only inside the name that runs up to its bracket, and the firm so defined is the one a
bare 公司 means. Invented text and firm names."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, firm, percent", [
    ("（本文所涉公司均为虚构。）\n\n星澜数据（以下简称“公司”）12月5日晚间发布公告，公司与云服务商青穹科技签署"
     "算力服务合同，金额约5亿美元。星澜数据称，合同期限三年。公告次日公司股价上涨6.1%。", "星澜数据", 6.1),
    ("文中公司与人物均为化名。\n\n星澜科技（下称“本公司”）今日披露，本公司与青穹云签署了3年期的算力合同。"
     "公司股价收涨3.2%。", "星澜科技", 3.2),
    ("（本文公司与人物均为虚构。）\n\n星澜科技（简称“公司”）今日公告，公司今年营收为12亿元。公司股价收涨3.2%。",
     "星澜科技", 3.2),
])
def test_a_role_word_short_name_is_the_firm_named_before_it(tmp_path, body, firm, percent):
    ents, out = run(tmp_path, body, language="zh")
    names = {ents.names.get(m.iri, m.iri) for m in ents.mentions if m.kind == "firm"}
    assert not names & {"公司", "本公司"}, names
    assert [(ents.names.get(m.firm), float(m.percent)) for m in out.moves] == [(firm, percent)]


def test_a_coined_short_name_still_names_the_firm(tmp_path):
    ents, _ = run(tmp_path, "北京北辰大模型科技有限公司（下称“北辰大模型”）与云峤科技签署合同。北辰大模型称合同为期三年。",
                  language="zh")
    assert "北辰大模型" in {ents.names.get(m.iri, m.iri) for m in ents.mentions if m.kind == "firm"}
