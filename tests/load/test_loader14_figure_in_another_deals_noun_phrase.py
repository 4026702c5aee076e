"""Issue 10, fourteenth pass: a figure belongs to the deal its own noun phrase names (invented text
and firm names). An amount or a term whose head is a contract or an order ("a $4bn compute
contract", "an order of at least $2.5bn", 为期4年、最高86亿美元的算力合同) is the figure of a
compute, cloud, supply or lease deal: when the sentence's only frame is a stake, an investment or a
financing, the figure is not that frame's (its own deal was not read), while a figure whose head
names the frame's own deal still goes to it."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _figures(out, family):
    return [{k: float(v.value) for k, v in f.figures.items()} for f in out.frames if f.family == family]


@pytest.mark.parametrize("body, language", [
    # zh: the contract told with a description the rules do not read; the stake in the next clause
    ("5月，明川智能与这家做GPU租赁的公司签下为期4年、最高86亿美元的算力合同，同时获得价值2.4亿美元的"
     "云岫科技股权。", "zh"),
    # zh: an order in a clause of its own, the stake told before it
    ("星澜资本一边作为股东向明川智能注资，一边从后者获得约120亿美元订单。", "zh"),
    # en: "an order of at least", the head before the amount
    ("Corvane Systems owns about 9% of Tidepool Cloud and has agreed to an order of at least "
     "$2.5 billion that obliges it to buy spare capacity.", "en"),
    # en: a term and an amount joined before the contract noun, a stake after "while"
    ("Lumio AI signed a five-year, $3.1 billion cloud contract, while Fernwood Capital bought a 4% "
     "stake in Lumio AI.", "en"),
    # en: a plural head with a modifier
    ("Halden Partners took a 6% stake in Brisk Compute, which has won $1.8 billion of GPU rental "
     "contracts this year.", "en"),
])
def test_a_contract_figure_goes_to_no_stake(tmp_path, body, language):
    _, out = run(tmp_path, body, language=language)
    contract_amounts = {8.6e9, 12e9, 2.5e9, 3.1e9, 1.8e9}
    for figs in _figures(out, "Stake") + _figures(out, "Investment"):
        assert figs.get("amountUSD") not in contract_amounts, figs
        assert figs.get("termYears") not in (4.0, 5.0), figs


@pytest.mark.parametrize("body, language, family, amount", [
    # the stake's own amount stays
    ("5月，明川智能同时获得价值2.4亿美元的云岫科技股权。", "zh", "Stake", 2.4e8),
    # a contract told with its own frame keeps the contract's amount and term
    ("Lumio AI signed a five-year, $3.1 billion cloud contract with Caspian Cloud.", "en", "Cloud",
     3.1e9),
    ("明川智能与云服务商云岫科技签署了为期4年、最高86亿美元的算力合同。", "zh", "Cloud", 8.6e9),
    # "on the order of" is a bound, no order
    ("Fernwood Capital will invest on the order of $400 million in Lumio AI.", "en", "Investment",
     4e8),
])
def test_a_figure_of_the_frames_own_deal_stays(tmp_path, body, language, family, amount):
    _, out = run(tmp_path, body, language=language)
    assert any(figs.get("amountUSD") == amount for figs in _figures(out, family)), out.frames


def test_a_contract_term_goes_to_the_contract_not_the_loan(tmp_path):
    _, out = run(tmp_path, "Brisk Compute borrowed $900 million from Harwell Bank against its "
                           "seven-year lease with Lumio AI.", language="en")
    for figs in _figures(out, "Loan") + _figures(out, "Facility") + _figures(out, "Financing"):
        assert figs.get("termYears") != 7.0, figs
