"""Issue 10, twenty-fifth pass: an amount right after a verb of investing or lending ("… and
invest up to $3 billion in the start-up", "its parent lent it $2 billion", 产业基金拟注资最多5亿美元,
向后者投资最多30亿美元) is the figure of a stake, an investment or a loan, never of the supply or
cloud deal the same sentence tells: it goes to a frame of that family or to none
(``amount_heads_before`` Investment and Loan in lexicon/cues.yaml, read by figure_heads.own_group).
A deal's own amount ("agreed to invest $2bn in Y", "lent Y $2bn", "a $3bn contract to supply")
stays its figure."""
import pytest

from tests.load.helpers import run


def _figures(out, family):
    return [f.figures for f in out.frames if f.family == family]


@pytest.mark.parametrize("body, family", [
    ("Halden Semiconductor will supply two gigawatts of accelerators to Murrow AI and invest up "
     "to $3 billion in the start-up as the chips are installed.", "Compute"),
    ("Harlow Cloud will rent 300 megawatts of capacity to Murrow AI for five years, and its parent "
     "lent it $2 billion to build the halls.", "Cloud"),
    ("曜川半导体与岱海云签署2吉瓦算力框架协议，产业基金拟注资最多5亿美元。", "Cloud"),
], ids=["en-invest", "en-lent", "zh-zhuzi"])
def test_an_invested_or_lent_amount_is_no_figure_of_another_deal(tmp_path, body, family):
    ents, out = run(tmp_path, body)
    found = _figures(out, family)
    assert found, "the deal is still read"
    assert all("amountUSD" not in f for f in found)
    assert any(f for f in found), "its own figures (capacity, term) stay"


@pytest.mark.parametrize("body, family, amount", [
    ("Halden Semiconductor agreed to invest $2 billion in Murrow AI.", "Investment", 2e9),
    ("岚川半导体承诺向沐云智能投资最多20亿美元。", "Investment", 2e9),
    ("Brindle Bank lent Harlow Cloud $2 billion for five years.", "Loan", 2e9),
    ("Murrow AI could not pay for the chips, so Halden Semiconductor lent it $2 billion.", "Loan",
     2e9),
    ("Harlow Cloud signed a $3 billion contract to supply chips to Murrow AI.", "Cloud", 3e9),
], ids=["en-invest-own", "zh-invest-own", "en-lent-own", "en-lent-it-own", "en-contract"])
def test_a_deals_own_amount_stays(tmp_path, body, family, amount):
    ents, out = run(tmp_path, body)
    assert [float(f["amountUSD"].value) for f in _figures(out, family)] == [amount]
