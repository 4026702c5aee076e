"""Issue 10, twenty-fourth pass: a debt package told whole and split into loans ("A and B are
leading a roughly $12bn package for Y, split into two loans, $7.5bn … and $4.5bn …", or "The money
is split across two loans: …" in the next sentence) gives each part the package's arrangers and
lenders, so the parts are the loans and the package's total, their sum, is no loan's figure
(``_twin`` and ``_arrangers`` in rules/extract.py; ``deal_back`` in cues.yaml for "The money/debt
is split"; the sum is dropped by rules/summed_totals.py). Leaders told in another sentence than
the financing's give no arranger to its other amounts."""
import pytest

from tests.load.helpers import financings, named_roles, run


@pytest.mark.parametrize("body", [
    "Harlow Bank and Brenning Bank are leading a roughly $12 billion debt package for Corliss "
    "Data, split into two senior secured loans, $7.5 billion for a campus in Ohio and "
    "$4.5 billion for one in Nevada.",
    "Harlow Bank and Brenning Bank are leading a roughly $12 billion debt package for Corliss "
    "Data. The money is split across two senior secured loans: $7.5 billion for a campus in Ohio "
    "and $4.5 billion for one in Nevada.",
], ids=["same-sentence", "next-sentence"])
def test_the_parts_are_the_arrangers_loans(tmp_path, body):
    ents, out = run(tmp_path, body)
    with_amount = [f for f in financings(out) if "amountUSD" in f.figures]
    amounts = sorted(f.figures["amountUSD"].value for f in with_amount)
    assert amounts == [4_500_000_000, 7_500_000_000], amounts
    for f in with_amount:
        assert named_roles(ents, f).get("arranger") == ["Brenning Bank", "Harlow Bank"], \
            named_roles(ents, f)


def test_leaders_of_another_sentence_arrange_no_other_amount(tmp_path):
    body = ("Corliss Data needed $9 billion for servers, so Pemberly Chips lent it $2 billion. "
            "A separate $4.5 billion facility comes from banks led by Harlow Bank.")
    ents, out = run(tmp_path, body)
    for f in financings(out):
        if f.figures.get("amountUSD") and f.figures["amountUSD"].value == 9_000_000_000:
            assert "arranger" not in f.roles, named_roles(ents, f)


@pytest.mark.parametrize("body", [
    "Harlow Bank is leading a $3 billion loan for Corliss Data. The money will fund two campuses, "
    "one costing $1.8 billion.",
], ids=["money-not-split"])
def test_money_not_split_is_no_parts(tmp_path, body):
    ents, out = run(tmp_path, body)
    amounts = sorted(f.figures["amountUSD"].value for f in financings(out)
                     if "amountUSD" in f.figures)
    assert 3_000_000_000 in amounts, amounts
