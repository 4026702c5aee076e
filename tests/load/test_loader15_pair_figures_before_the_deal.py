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
    # the pair named by a pronoun in an aside, the capacity a site's, the deal a rent seasons later
    ("嵊川科技的新园区今年春天动工，潆洄智能是它最早锁定的客户，园区首期容量0.8吉瓦。"
     "到了秋季，潆洄智能正式向嵊川科技租用这批算力，期限六年。", "zh", "capacityGW", 0.8),
    # the figure opens the sentence, the pair told after 由 in the passive
    ("一份涉及1.5吉瓦扩容的合作方案，由碚石科技与犍为智能在6月共同对外披露。"
     "8月，犍为智能开始向碚石科技采购云算力，首年付款约30亿美元。", "zh", "capacityGW", 1.5),
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
    ("嵊川科技的新园区今年春天动工，潆洄智能是它最早锁定的客户，园区首期容量0.8吉瓦。"
     "9月，潆洄智能向嵊川科技租用这批算力。10月，潆洄智能又向嵊川科技投资5亿美元。", "zh"),
])
def test_figures_stay_off_the_pairs_deal(tmp_path, body, language):
    deals = _deals(tmp_path, body, language)
    clouds = [fig for fam, _, fig in deals if fam == "Cloud"]
    assert all("capacityGW" not in fig and fig.get("amountUSD") != 30e9
               and fig.get("amountUSD") != 2e9 for fig in clouds), deals
