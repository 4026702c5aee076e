"""Issue 10, twenty-fourth pass: a sentence that goes on about the deal just told but sizes
something else in dollars (a total of several deals, another contract) gives the deal neither a
capacity nor a term: they are that thing's too ("the contract is the latest of several
commitments that add up to about $900bn, covering roughly 20 GW"). ``_others_size`` in
rules/extract.py, read by ``_continue_deal``. A sentence with no dollar amount, or one whose
amount is the deal's own, still gives them."""
import pytest

from tests.load.helpers import run


def _cloud(out):
    found = [f for f in out.frames if f.family == "Cloud"]
    assert found, [(f.family, f.roles, f.figures) for f in out.frames]
    return found[0]


@pytest.mark.parametrize("second", [
    "For Quillan AI, the contract is the latest in a string of commitments that its founder said "
    "add up to about $900 billion, covering roughly 20 gigawatts of capacity.",
    "The contract joins commitments that total some $600 billion over eight years.",
    "The agreement sits beside Quillan AI's other deals, which together are worth $210 billion "
    "and span 12 gigawatts.",
], ids=["string-of-commitments", "total-over-years", "other-deals"])
def test_a_sentence_sizing_something_else_gives_no_capacity_or_term(tmp_path, second):
    body = ("Quillan AI has agreed to buy $24 billion of computing capacity from Tolland Cloud. "
            + second)
    ents, out = run(tmp_path, body)
    f = _cloud(out)
    assert f.figures["amountUSD"].value == 24_000_000_000
    assert "capacityGW" not in f.figures, f.figures
    assert "termYears" not in f.figures, f.figures


@pytest.mark.parametrize("second,capacity,years", [
    ("The purchases would need about 2 gigawatts of power.", 2, None),
    ("The contract, worth $24 billion, covers 2 gigawatts over six years.", 2, 6),
    ("The contract runs for six years.", None, 6),
], ids=["no-amount", "own-amount", "term-only"])
def test_a_sentence_about_the_deal_still_gives_them(tmp_path, second, capacity, years):
    body = ("Quillan AI has agreed to buy $24 billion of computing capacity from Tolland Cloud. "
            + second)
    ents, out = run(tmp_path, body)
    f = _cloud(out)
    if capacity is not None:
        assert f.figures["capacityGW"].value == capacity, f.figures
    if years is not None:
        assert f.figures["termYears"].value == years, f.figures
