"""Issue 10, seventeenth pass: a line that holds only a Chinese outlet's name and a short label
(its byline or column: "X日报 特约撰稿人 某某", "X财经 | 周末长文", "（X新闻·背景解析）",
"**X周刊·财报速读**") names a publisher. The name must end like an outlet's (报, 报道, 新闻, 见闻,
财经, 周刊, 社, 网) and the line must end within the short label. Not for a firm's name with a label, a label with no outlet,
the paper's own reporter (本报), or an outlet whose line runs on into a sentence of copy (invented
lines and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_STORY = "\n\n岱川科技与青梧云签署了一份算力服务合同。\n"


def _publishers(tmp_path, body):
    ents, _ = run(tmp_path, body, language="zh")
    return {m.name for m in ents.mentions if m.kind == "publisher"}


@pytest.mark.parametrize("line, outlet", [
    ("（东隅新闻·背景解析）", "东隅新闻"),
    ("**北辙周刊·财报速读**", "北辙周刊"),
    ("南垣日报 特约撰稿人 许乔", "南垣日报"),
    ("西岭财经 | 周末长文", "西岭财经"),
    ("*澄岭晚报｜产业观察*", "澄岭晚报"),
])
def test_outlet_line_with_a_label_names_a_publisher(tmp_path, line, outlet):
    assert outlet in _publishers(tmp_path, line + _STORY)


@pytest.mark.parametrize("line", [
    "**岱川科技·财报速读**",          # a firm, not an outlet
    "云厂商 | 周末长文",              # a label with no outlet
    "（本报记者 许乔）",              # the paper itself
    "南垣日报 特约撰稿人认为，算力租赁的价格还会下跌，岱川科技的压力不小。",   # copy, no byline
])
def test_no_publisher_from_other_lines(tmp_path, line):
    found = _publishers(tmp_path, line + _STORY)
    assert not found - {"南垣日报"} and "岱川科技" not in found
    if "认为" in line:
        assert "南垣日报" not in found


_DEAL = "檀峪科技本周和岚联网签下两年期储能柜采购合同。岚联网透露，首批货物下季度到位。"


@pytest.mark.parametrize("body", [
    "岚联网 框架签约\n\n" + _DEAL,                       # a heading line over the deal
    "### 岚联网 框架签约\n\n" + _DEAL,                   # the same as a markdown heading
    _DEAL + "\n\n岚联网 表态\n\n岚联网方面还说，合同总额尚未披露。",   # a heading between paragraphs
])
def test_a_heading_naming_a_deal_party_leaves_it_a_firm(tmp_path, body):
    """A short heading "NAME LABEL" whose name ends like an outlet's (网) is no byline when the
    label is no byline or column word and the article names the firm in its copy."""
    ents, _ = run(tmp_path, body, language="zh")
    assert "岚联网" in {m.name for m in ents.mentions if m.kind == "firm"}
    assert not {m.name for m in ents.mentions if m.kind == "publisher"}


def test_a_metric_line_under_the_deal_keeps_its_owner(tmp_path):
    """"NAME YEAR METRIC FIGURE" on a line of its own: the figure stays the named firm's."""
    body = _DEAL + "\n\n岚联网 去年净利润 6.5亿元"
    ents, out = run(tmp_path, body, language="zh")
    assert "岚联网" not in {m.name for m in ents.mentions if m.kind == "publisher"}
    assert {ents.names.get(m.firm, m.firm) for m in out.metrics if m.value == 650000000} == {"岚联网"}


_LEASE = "\n\n檀峪科技和溯岚智算签下了一份GPU租赁协议。\n"


@pytest.mark.parametrize("line", [
    "相关新闻 ｜ 推荐阅读",            # a news heading, no outlet
    "半年财报 亮点一览",              # a report (财报)
    "互联网 大厂扩张算力",            # the internet (互联网)
    "（能源互联网·观察）",            # a column word after a common word ending in 网
    "算力网 投运在即",                # a compute network
    "蔬菜种植合作社 揭牌仪式",        # a co-operative (合作社)
    "省级电网 储能专题",              # a power grid (电网)
    "**华东电网·项目动态**",          # a grid in bold
    "**溪桥出版社·签约动态**",        # 动态 is no byline or column label
])
def test_no_publisher_from_a_common_word_or_a_plain_heading(tmp_path, line):
    assert not _publishers(tmp_path, line + _LEASE)
