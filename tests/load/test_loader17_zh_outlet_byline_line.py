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
