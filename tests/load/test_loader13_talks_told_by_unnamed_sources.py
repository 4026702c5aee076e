"""Issue 10, thirteenth pass: a deal still under negotiation that only unnamed sources tell
("据多位知情人士透露，X正与Y洽谈…", "X is in talks …, people familiar with the matter said") was
read as an announced deal. The gold sets read such talks as a rumour; when the sentence or the
next one says something was signed (a term sheet, an LOI), the deal is told as signed and stays
a fact. Invented text and firm names."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _statuses(out):
    return sorted(f.status for f in out.frames if f.merged_into is None)


@pytest.mark.parametrize("body, language", [
    ("据多位知情人士透露，私募信贷机构青岚资本正与算力运营商澄峰科技洽谈，拟为其二期园区提供约8亿美元的贷款。", "zh"),
    ("另据接近澄峰科技的人士透露，芯片厂商曜川半导体近期正与澄峰科技商谈，拟以战略投资方式入股澄峰科技。", "zh"),
    ("另据接近交易的人士透露，曜川半导体正考虑向澄峰科技投资约3亿美元。", "zh"),
    ("知情人士称，澄峰科技正在洽谈向青岚资本借入约5亿美元贷款，以其GPU集群作抵押。", "zh"),
    ("Larkspur Capital, a private credit fund, is in talks to lend about $800 million to Corvel Data, "
     "people familiar with the matter said.", "en"),
    ("According to people familiar with the discussions, Brantwood Semiconductor is weighing a "
     "$300 million investment in Corvel Data.", "en"),
    ("Corvel Data is said to be in advanced negotiations with Larkspur Capital over a $500 million "
     "loan backed by its GPUs.", "en"),
])
def test_talks_told_by_unnamed_sources_are_a_rumour(tmp_path, body, language):
    _, out = run(tmp_path, body, language=language)
    assert out.frames, "the deal under talks is still read"
    assert set(_statuses(out)) == {"Rumoured"}, _statuses(out)


@pytest.mark.parametrize("body, language", [
    # a term sheet signed, in the sentence or the next one: the deal is told as signed
    ("知情人士透露，澄峰科技正与青岚资本洽谈，青岚资本拟向澄峰科技提供至多8亿美元的贷款，目前双方仅签署了贷款条款清单。", "zh"),
    ("据知情人士透露，青岚资本正与澄峰科技商谈，拟向澄峰科技提供不超过8亿美元的贷款。不过，双方眼下签下的仅是一份条款清单。", "zh"),
    ("Corvel Data is in talks with Larkspur Capital over an $800 million loan, people familiar with "
     "the matter said. The two have signed only a term sheet so far.", "en"),
    # talks the firms themselves announce, and a deal sources report as done, stay facts
    ("澄峰科技公告称，公司正与青岚资本洽谈，拟向青岚资本借入约8亿美元贷款。", "zh"),
    ("People familiar with the matter said Larkspur Capital lent $800 million to Corvel Data in "
     "June.", "en"),
])
def test_signed_or_firm_told_talks_stay_facts(tmp_path, body, language):
    _, out = run(tmp_path, body, language=language)
    assert out.frames
    assert "Rumoured" not in _statuses(out), _statuses(out)
