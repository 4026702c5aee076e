"""Issue 10, fifteenth pass: figures told for a pair of firms before the pair's deal is told. A
sentence with no deal of its own that names exactly two firms (by name or by anaphora) and a
deal word gives its figures to the one deal of that pair told in the next few sentences, when
that deal lacks them (rules/pair_figures.py). Not a headline's, not a running total, not figures
of a sentence naming a financing, not when the pair has two later deals. Invented sentences and
firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _deals(tmp_path, body, language=None):
    ents, out = run(tmp_path, body, **({"language": language} if language else {}))
    return [(f.family, {r: [ents.names.get(i, i) for i in v] for r, v in f.roles.items()},
             {k: float(v.value) for k, v in f.figures.items()}) for f in out.frames]


def _cloud_figures(deals) -> dict:
    clouds = [fig for fam, _, fig in deals if fam == "Cloud"]
    assert len(clouds) == 1, deals
    return clouds[0]


@pytest.mark.parametrize("body, language, key, value", [
    # the pair named by its two names, the deal told by a contract's verb
    ("Brackwater Compute and Isolde Models first mapped out a 700-megawatt expansion deal for a "
     "Texas site last spring, without a price. Five months on, Isolde Models signed a contract to "
     "use cloud GPUs from Brackwater Compute worth $15 billion.", None, "capacityGW", 0.7),
    # the pair named by "the two companies"
    ("Talks between Brackwater Compute and Isolde Models began in 2024. By March the two "
     "companies had settled a framework covering 450 megawatts of extra capacity, a filing shows. "
     "Isolde Models then committed $11 billion to cloud services from Brackwater Compute.", None,
     "capacityGW", 0.45),
    # an amount and a term told before the deal, the deal told by its verb
    ("Brackwater Compute's filing put a $7 billion value and a five-year term on its pact with "
     "Isolde Models. The filing adds that Isolde Models will rent cloud servers from "
     "Brackwater Compute in Nevada.", None, "termYears", 5.0),
    ("沃川科技与岚图智能合作多年。7月，双方宣布新增2吉瓦的数据中心容量。9月，据报道，岚图智能将向沃川科技采购约500亿美元的云算力。",
     "zh", "capacityGW", 2.0),
    ("两家公司沃川科技和岚图智能同日宣布合作，沃川科技将为岚图智能新增1.5吉瓦容量。随后，岚图智能向沃川科技采购算力，合同总额约200亿美元。",
     "zh", "capacityGW", 1.5),
])
def test_a_pairs_figures_go_to_its_deal_told_next(tmp_path, body, language, key, value):
    figures = _cloud_figures(_deals(tmp_path, body, language))
    assert figures.get(key) == value, figures


@pytest.mark.parametrize("body, language", [
    # a headline compresses the story
    ("Brackwater Compute and Isolde Models agree 3 gigawatts of capacity\n\nIsolde Models signed "
     "a contract to use cloud GPUs from Brackwater Compute worth $15 billion.", None),
    # a running total is no deal's figure
    ("A renewal in June lifted the tally of Vastrel Cloud's contracts with Pelorin AI to about $30 "
     "billion. Pelorin AI agreed to rent capacity from Vastrel Cloud.", None),
    # a sentence naming a financing: its figures are the loan's
    ("Vastrel Cloud pledged its Pelorin AI contract to raise a $2 billion loan from banks. Pelorin "
     "AI agreed to rent capacity from Vastrel Cloud.", None),
    # two later deals of the pair: no telling which
    ("沃川科技与岚图智能合作多年。7月，双方宣布新增2吉瓦的数据中心容量。9月，岚图智能将向沃川科技采购云算力。"
     "10月，岚图智能又向沃川科技投资5亿美元。", "zh"),
])
def test_figures_stay_off_the_pairs_deal(tmp_path, body, language):
    deals = _deals(tmp_path, body, language)
    clouds = [fig for fam, _, fig in deals if fam == "Cloud"]
    assert all("capacityGW" not in fig and fig.get("amountUSD") != 30e9
               and fig.get("amountUSD") != 2e9 for fig in clouds), deals
