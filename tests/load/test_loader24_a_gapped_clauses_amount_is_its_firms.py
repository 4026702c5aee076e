"""Issue 10, twenty-fourth pass: a clause whose verb is left out after a list comma, "and" or a
semicolon ("Nvidia committed up to $10bn and Microsoft up to $5bn", "A put in $1.3bn, B $1.2bn and
C $1bn") gives its amount to the firm that opens it, only a bound between them: the amount is that
firm's own deal's, never a second figure of the deal told before (``gapped_owner`` in
rules/guards.py, read by ``_attach_quantities`` in rules/frames.py). An amount after a verb and
its object ("lent Y $2bn") and the amounts of "respectively" are not so read."""
import pytest

from tests.load.helpers import run


def _clause_firm_amounts(ents, out):
    """(parties' names, amount) per frame carrying an amount."""
    return [({ents.names.get(i, i) for i in f.parties()}, f.figures["amountUSD"].value)
            for f in out.frames if "amountUSD" in f.figures]


@pytest.mark.parametrize("body,owners", [
    ("In return Castor Chips committed up to $8bn and Velling Systems up to $3bn of investment "
     "in Quillan AI.", {8_000_000_000: "Castor Chips", 3_000_000_000: "Velling Systems"}),
    ("Castor Chips pledged about $8bn and Velling Systems roughly $3bn of fresh capital to "
     "Quillan AI.", {8_000_000_000: "Castor Chips", 3_000_000_000: "Velling Systems"}),
    ("Ardley Bank put in $900m, Brenlow Bank $700m and Cotterell Bank $400m, with the rest "
     "spread across the group.", {900_000_000: "Ardley Bank", 700_000_000: "Brenlow Bank",
                                  400_000_000: "Cotterell Bank"}),
    ("Tamsin Capital invested $600m in Orvell Robotics; Halcott Partners $250m.",
     {600_000_000: "Tamsin Capital", 250_000_000: "Halcott Partners"}),
], ids=["and-up-to", "and-about", "list-commas", "semicolon"])
def test_the_gapped_amount_is_not_the_first_deals(tmp_path, body, owners):
    ents, out = run(tmp_path, body)
    found = _clause_firm_amounts(ents, out)
    for parties, amount in found:
        # an amount is only on a deal of the firm whose clause tells it ...
        assert owners.get(amount) in parties, found
    by_parties = {}
    for parties, amount in found:
        by_parties.setdefault(frozenset(parties), set()).add(amount)
    # ... and one deal carries no amounts of two firms' clauses
    assert all(len(v) == 1 for v in by_parties.values()), found


@pytest.mark.parametrize("body,amounts", [
    ("Harlow Bank lent Pemberly Labs $2bn, and Pemberly Labs signed a $500m cloud deal with "
     "Tolland Cloud.", {2_000_000_000, 500_000_000}),
    ("Tolland Cloud signed a contract with Pemberly Labs worth up to $4bn in March and added a "
     "further $1bn in June.", {4_000_000_000, 1_000_000_000}),
    ("Castor Chips and Velling Systems will invest up to $8bn and $3bn respectively in Quillan AI.",
     {8_000_000_000, 3_000_000_000}),
    ("岚策资本与沐川科技分别承诺向昆岚智能投资最多80亿美元和最多30亿美元。",
     {8_000_000_000, 3_000_000_000}),
], ids=["verb-object", "further", "respectively", "zh-respectively"])
def test_amounts_not_in_a_gapped_clause_stay(tmp_path, body, amounts):
    ents, out = run(tmp_path, body)
    found = {f.figures["amountUSD"].value for f in out.frames if "amountUSD" in f.figures}
    assert amounts <= found, found
