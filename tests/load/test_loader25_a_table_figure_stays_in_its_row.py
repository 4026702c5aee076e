"""Issue 10, twenty-fifth pass: a markdown table reaches the loader as one sentence, its rows one
after another, so a deal read in one row took the amounts of the other rows too ("| March | Y
receives $200m of X stock | | June | X reports $900m outstanding under its term loan | …": the
stake got $900m, $1.5bn, …). A figure of a table now goes only to a deal read in its own row
(rules/frames.py, rows from rules/table_columns.row_breaks); a row's own figures stay, and prose
is read as before."""
from tests.load.helpers import run

EN = """| Date | What happened |
|---|---|
| March | Murrow AI signs a five-year contract with Harlow Cloud worth up to $4 billion |
| March | Murrow AI receives $200 million of Harlow Cloud stock in a private placement |
| June | Harlow Cloud reports $900 million outstanding under its term loan |
| September | A further expansion of up to $1.5 billion brings the contracts to $5.5 billion |"""

ZH = """| 日期 | 事件 |
|---|---|
| 3月 | 大模型公司曜川智能与数据中心运营商岱海云签署五年期算力服务合同，金额40亿美元 |
| 6月 | 岱海云披露其定期贷款未偿余额为9亿美元 |
| 9月 | 岱海云获得瑞岭银行15亿美元授信 |"""


def _amounts(out, family):
    return sorted(float(f.figures["amountUSD"].value) for f in out.frames
                  if f.family == family and "amountUSD" in f.figures)


def test_a_rows_deal_takes_no_figure_of_another_row(tmp_path):
    ents, out = run(tmp_path, EN)
    assert _amounts(out, "Stake") == [2e8]
    assert _amounts(out, "Cloud") == [4e9]


def test_a_rows_deal_takes_no_figure_of_another_row_zh(tmp_path):
    ents, out = run(tmp_path, ZH, language="zh")
    assert _amounts(out, "Facility") == [1.5e9]
    assert _amounts(out, "Cloud") == [4e9]


def test_prose_keeps_its_figures(tmp_path):
    ents, out = run(tmp_path, "Murrow AI signed a five-year contract with Harlow Cloud, a deal "
                              "the two companies valued at up to $4 billion.")
    assert _amounts(out, "Cloud") == [4e9]
