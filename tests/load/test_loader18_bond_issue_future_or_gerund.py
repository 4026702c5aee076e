"""Issue 10, eighteenth pass: a bond issue told with a future verb ("X will sell $N of notes",
"X said it would issue …", "X is to price …") or a gerund after a preposition ("X slipped after
pricing $N of bonds", "raised cash by issuing …") names its issuer; a buyer told in the passive
("a quarter of the bond sale was taken by Z") or with a participle ("…, with Z agreeing to anchor
the book") is a holder of that issue.

It does not read a firm selling paper it holds ("will sell the notes it bought", "after selling
its bonds in W"), a future or gerund with no amount after it (a hypothesis or a trade), paper sold
for another firm (an underwriter's); nor a loan, a share (stock, equity) offering or a sale of
anything but bonds taken by a firm."""
from tests.load.helpers import named_roles, run


def _bonds(ents, out):
    return [named_roles(ents, f) for f in out.frames if f.family == "Bond"]


def test_future_verb_names_the_issuer(tmp_path):
    ents, out = run(tmp_path, "Next month Tiverly Grid will issue $640 million of green bonds "
                              "to pay for two substations.")
    assert _bonds(ents, out) == [{"issuer": ["Tiverly Grid"]}]


def test_gerund_after_preposition_names_the_issuer(tmp_path):
    ents, out = run(tmp_path, "Shares of Glanmore Utilities slid 2.7% on Thursday, a day after "
                              "Glanmore Utilities raised cash by selling $1.3 billion of secured "
                              "notes due 2034.")
    assert {"issuer": ["Glanmore Utilities"]} in _bonds(ents, out)


def test_reported_future_with_a_participle_anchor(tmp_path):
    ents, out = run(tmp_path, "Redstave Networks is to price $720 million of exchangeable notes "
                              "maturing in 2033 on Thursday, with Ossington Capital "
                              "Management agreeing to anchor the book.")
    assert _bonds(ents, out) == [{"issuer": ["Redstave Networks"],
                                  "holder": ["Ossington Capital Management"]}]


def test_passive_buyer_of_the_bond_sale(tmp_path):
    ents, out = run(tmp_path, "Lanrick Power paid for its plant upgrade by issuing $1.9 billion "
                              "of second-lien notes. According to two dealers, close to 40% of "
                              "the bond sale was taken up by Tamsworth Investment Management.")
    assert _bonds(ents, out) == [{"issuer": ["Lanrick Power"],
                                  "holder": ["Tamsworth Investment Management"]}]


def test_underwriter_selling_for_a_client_is_no_issuer(tmp_path):
    ents, out = run(tmp_path, "Next week Vexmoor Bank will place $2 billion of notes for "
                              "Byrecliff Cloud with investors.")
    assert not any(r.get("issuer") == ["Vexmoor Bank"] for r in _bonds(ents, out))


def test_holder_reselling_bought_notes_is_no_issuer(tmp_path):
    ents, out = run(tmp_path, "A person familiar said Ferriday Asset Management will sell $300 "
                              "million of notes it bought when they were first offered.")
    assert not any(r.get("issuer") == ["Ferriday Asset Management"] for r in _bonds(ents, out))


def test_trading_gain_from_selling_bonds_is_no_issue(tmp_path):
    ents, out = run(tmp_path, "By selling junk bonds it had picked up cheaply, Holmcroft Partners "
                              "earned $55 million in 2023.")
    assert _bonds(ents, out) == []


def test_hypothetical_sale_is_no_issue(tmp_path):
    ents, out = run(tmp_path, "Only as a last resort would Quillary AI sell bonds, said its chief "
                              "financial officer.")
    assert _bonds(ents, out) == []


def test_bondholder_that_would_sell_is_no_issuer(tmp_path):
    ents, out = run(tmp_path, "Holmcroft Insurance, which holds many bonds, would sell notes of "
                              "any lab that skips a coupon.")
    assert _bonds(ents, out) == []


def test_considering_whether_to_issue_is_no_issue(tmp_path):
    ents, out = run(tmp_path, "Whether it would issue bonds or borrow from banks was still under "
                              "review at Quillary AI, it said.")
    assert _bonds(ents, out) == []


def test_later_share_offering_buyer_is_no_bond_holder(tmp_path):
    ents, out = run(tmp_path, "Quillary AI priced $1.6 billion of notes on Tuesday. Its share "
                              "offering ten days later was taken up by Nethercott Capital.")
    assert _bonds(ents, out) == [{"issuer": ["Quillary AI"]}]


def test_separate_equity_offering_buyer_is_no_bond_holder(tmp_path):
    ents, out = run(tmp_path, "Quillary AI priced $1.6 billion of notes on Tuesday. Nethercott "
                              "Capital bought most of a separate equity offering, which was "
                              "bought largely by Nethercott Capital as well.")
    assert _bonds(ents, out) == [{"issuer": ["Quillary AI"]}]


def test_anchor_of_another_firms_stock_offering_is_no_bond_holder(tmp_path):
    ents, out = run(tmp_path, "Quillary AI priced $1.6 billion of notes on Tuesday. A few days "
                              "later Byrecliff Cloud launched a stock offering, with Nethercott "
                              "Capital agreeing to anchor the offering.")
    assert _bonds(ents, out) == [{"issuer": ["Quillary AI"]}]


def test_selling_held_notes_is_no_issue(tmp_path):
    ents, out = run(tmp_path, "Ossington Capital Management will sell the notes it bought from "
                              "Dunholt Energy last spring.")
    assert not any("issuer" in r and r["issuer"] == ["Ossington Capital Management"]
                   for r in _bonds(ents, out))


def test_gerund_with_a_determiner_is_no_issue(tmp_path):
    ents, out = run(tmp_path, "Kilbride Partners booked a gain after selling its bonds in "
                              "Sarrow Compute.")
    assert _bonds(ents, out) == []


def test_a_loan_taken_by_a_firm_is_no_bond_holder(tmp_path):
    ents, out = run(tmp_path, "Tiverly Grid priced $850 million of notes in May. Most of the term "
                              "loan that followed was taken by Pembridge Investment Management, "
                              "the bankers said.")
    assert _bonds(ents, out) == [{"issuer": ["Tiverly Grid"]}]


def test_future_sale_of_shares_is_no_bond(tmp_path):
    ents, out = run(tmp_path, "Tiverly Grid would sell $300 million of shares to fund the "
                              "substations.")
    assert _bonds(ents, out) == []
