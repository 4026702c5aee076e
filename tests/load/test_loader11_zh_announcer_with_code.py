"""Issue 10, eleventh pass (precision): the listed firm a Chinese announcement or research note is
about, told with its stock code and a date before the verb ("X（688921）11月20日晚披露…公告") or
reviewed by a note's title ("X（688807）点评：…"): a bare 公司 means it, so a metric or post told
of 公司 is its, not the counterparty's (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _metric_firms(ents, out):
    return {ents.names.get(m.firm, m.firm) for m in out.metrics}


@pytest.mark.parametrize("opening", [
    "科创板上市的岚芯微电子（688921）11月20日晚披露重大合同公告，公司与墨霁云签署加速卡采购合同。",
    "岚芯微电子（688921.SH）12月3日发布公告称，公司与墨霁云签订加速卡供货合同。",
    "# 岚芯微电子（688921）点评：加速卡大单落地，深度绑定墨霁云\n\n华亭证券研究所。岚芯微电子与墨霁云签署加速卡供货合同。",
])
def test_zh_listed_firm_told_with_its_code_is_what_a_bare_company_means(tmp_path, opening):
    body = (opening + "墨霁云将分三年付款，墨霁云此前已获融资。\n\n"
            "财务数据方面，公司2025年前三季度实现营业收入人民币18.6亿元。"
            "公司董事长韩立群表示，订单饱满。")
    ents, out = run(tmp_path, body)
    assert _metric_firms(ents, out) == {"岚芯微电子"}
    posts = {(p.person_name, ents.names.get(p.firm, p.firm)) for p in out.posts}
    assert ("韩立群", "岚芯微电子") in posts
