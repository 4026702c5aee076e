"""Issue 10, fourteenth pass: a figure belongs to the deal its own noun phrase names (invented text
and firm names). An amount or a term whose head is a contract or an order ("a $4bn compute
contract", "a purchase commitment of at least $2bn", 为期3年、最多73亿美元的算力合同) is the figure of a
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
    ("今年春天，汀兰智能同一家主营GPU出租的企业敲定了为期3年、最多73亿美元的算力合同，并另获价值1.6亿美元的"
     "沅芷科技股权。", "zh"),
    # zh: an order in a clause of its own, the stake told before it
    ("鹭汀资本入股汀兰智能，同时从汀兰智能拿到了约95亿美元订单。", "zh"),
    # en: "a purchase commitment of at least", the head before the amount
    ("Yselle Systems holds 9% of Tidepool Cloud, and it is bound by a purchase commitment of at "
     "least $2.2 billion for idle servers.", "en"),
    # en: a term and an amount joined before the contract noun, the stake told first
    ("Fernwood Capital bought 5% of Lumio AI, which separately agreed to a four-year, $3.4 billion "
     "cloud contract.", "en"),
    # en: a plural head after "of"
    ("Nettle Ventures took 7% of Brisk Compute, a GPU lessor that has won $1.4 billion of rental "
     "contracts since January.", "en"),
])
def test_a_contract_figure_goes_to_no_stake(tmp_path, body, language):
    _, out = run(tmp_path, body, language=language)
    contract_amounts = {7.3e9, 9.5e9, 2.2e9, 3.4e9, 1.4e9}
    for figs in _figures(out, "Stake") + _figures(out, "Investment"):
        assert figs.get("amountUSD") not in contract_amounts, figs
        assert figs.get("termYears") not in (3.0, 4.0), figs


@pytest.mark.parametrize("body, language, family, amount", [
    # the stake's own amount stays
    ("今年春天，汀兰智能另获价值1.6亿美元的沅芷科技股权。", "zh", "Stake", 1.6e8),
    # a contract told with its own frame keeps the contract's amount and term
    ("Lumio AI agreed to a four-year, $3.4 billion cloud contract with Sablewick Cloud.", "en",
     "Cloud", 3.4e9),
    ("汀兰智能与云服务商沅芷科技签订为期3年、最多73亿美元的算力合同。", "zh", "Cloud", 7.3e9),
    # "on the order of" is a bound, no order
    ("Fernwood Capital plans to put on the order of $350 million into Lumio AI.", "en", "Investment",
     3.5e8),
])
def test_a_figure_of_the_frames_own_deal_stays(tmp_path, body, language, family, amount):
    _, out = run(tmp_path, body, language=language)
    assert any(figs.get("amountUSD") == amount for figs in _figures(out, family)), out.frames


def test_a_contract_term_goes_to_the_contract_not_the_loan(tmp_path):
    _, out = run(tmp_path, "Brisk Compute raised a $650 million loan from Harwell Bank, pledging "
                           "its six-year lease with Lumio AI.", language="en")
    for figs in _figures(out, "Loan") + _figures(out, "Facility") + _figures(out, "Financing"):
        assert figs.get("termYears") != 6.0, figs
