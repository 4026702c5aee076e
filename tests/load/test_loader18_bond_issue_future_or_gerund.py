"""Issue 10, eighteenth pass: a bond issue told with a future verb ("X will sell $N of notes",
"X said it would issue …", "X is to price …") or a gerund after a preposition ("X slipped after
pricing $N of bonds", "raised cash by issuing …") names its issuer; a buyer told in the passive
("a quarter of the bond sale was taken by Z") or with a participle ("…, with Z agreeing to anchor
the book") is a holder of that issue.

It does not read a firm selling paper it holds ("will sell the notes it bought", "after selling
its bonds in W"): a determiner right after the verb is a holding, not an issue; nor a loan or a
sale of anything but bonds taken by a firm."""
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
    ents, out = run(tmp_path, "Redstave Networks said on Monday that it is to price $950 million "
                              "of convertible notes, with Corbray Asset Management agreeing to "
                              "anchor the book.")
    assert _bonds(ents, out) == [{"issuer": ["Redstave Networks"],
                                  "holder": ["Corbray Asset Management"]}]


def test_passive_buyer_of_the_bond_sale(tmp_path):
    ents, out = run(tmp_path, "Hollisk Power fell sharply after pricing $2.8 billion of "
                              "first-lien bonds. Dealers said nearly a third of the bond sale "
                              "was taken by Pembridge Investment Management.")
    assert _bonds(ents, out) == [{"issuer": ["Hollisk Power"],
                                  "holder": ["Pembridge Investment Management"]}]


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
    ents, out = run(tmp_path, "Most of the term loan was taken by Pembridge Investment "
                              "Management, the bankers said.")
    assert _bonds(ents, out) == []


def test_future_sale_of_shares_is_no_bond(tmp_path):
    ents, out = run(tmp_path, "Tiverly Grid would sell $300 million of shares to fund the "
                              "substations.")
    assert _bonds(ents, out) == []
