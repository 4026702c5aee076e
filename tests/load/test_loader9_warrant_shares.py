"""Issue 10, ninth pass: the share of its issuer a warrant gives, told in a later sentence
(invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_WARRANT = "Tarvek Semiconductor has granted Vardenn AI a warrant for up to 30 million shares. "
_WARRANT_ZH = "芯片厂商启衡半导体向大模型公司凌川智能授予认股权证，可认购最多3000万股启衡半导体股票。"


def _warrant(out):
    found = [f for f in out.frames if f.family == "Warrant"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("body", [
    _WARRANT + "Fully exercised, the warrant would come to roughly 6% of Tarvek.",
    _WARRANT + "Tarvek stock rose 9% on the news. Analysts cheered. The warrant is equivalent to "
    "about 6% of Tarvek's outstanding shares.",
    _WARRANT + "If the warrant is exercised in full, Vardenn AI would hold about 6% of Tarvek "
    "Semiconductor.",
    _WARRANT_ZH + "启衡半导体股价当日上涨9%。该认股权证约占启衡半导体已发行股份的6%。",
    _WARRANT_ZH + "若全部行权，凌川智能将持有启衡半导体约6%的股份。",
])
def test_warrant_share_of_its_issuer_in_a_later_sentence(tmp_path, body):
    ents, out = run(tmp_path, body)
    f = _warrant(out)
    assert f.figures["stakePercent"].value == 6
    assert not [g for g in out.frames if g.family == "Stake"]


@pytest.mark.parametrize("tail", [
    "Tarvek stock rose 9% on the news.",
    "Analysts said the warrant was worth 5% of Vardenn's valuation.",
    "Its gross margin was 44%.",
])
def test_a_percent_of_something_else_is_no_warrant_share(tmp_path, tail):
    ents, out = run(tmp_path, _WARRANT + tail)
    assert "stakePercent" not in _warrant(out).figures
