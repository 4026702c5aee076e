"""A deal told only as "there were reports that …" (有报道称…), with no outlet that reported it,
is a rumour, not a fact; a deal an outlet is named as reporting stays a fact, as the gold sets
treat it (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, language", [
    ("In recent weeks there have been reports that Ferncliff Capital Partners could invest $1.5 "
     "billion in Osmund AI Inc.", None),
    ("There have been reports that Halden Bank plans to lend $500 million to Orvane Cloud Inc.",
     None),
    ("There were fresh reports on Monday that Brisa Semiconductor Corp. would invest $1 billion "
     "in Tollan Labs Inc.", None),
    ("有报道称，星图科技将向云服务商云峤计算有限公司投资20亿美元。", "zh"),
])
def test_a_deal_told_only_as_unattributed_reports_is_a_rumour(tmp_path, body, language):
    _, out = run(tmp_path, body, **({"language": language} if language else {}))
    assert out.frames, "the deal is read"
    assert all(f.status == "Rumoured" and not f.is_fact for f in out.frames), \
        [(f.family, f.status) for f in out.frames]


def test_a_deal_a_named_outlet_reports_stays_a_fact(tmp_path):
    _, out = run(tmp_path, "Bloomberg reported on Monday that Ferncliff Capital Partners will put "
                           "$2 billion into Osmund AI Inc.")
    assert out.frames and all(f.is_fact for f in out.frames), \
        [(f.family, f.status) for f in out.frames]
