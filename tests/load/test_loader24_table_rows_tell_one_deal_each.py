"""Issue 10, twenty-fourth pass: a markdown table reaches the loader as one paragraph, its rows
one after another, so a match could run from one row's last cells into the next row's firm
("| Brightwell Cloud | Agreed to buy capacity | | May | Quennel AI | Supplies chips …") and pair
firms of two rows into one deal. A frame whose match crosses a row break is dropped
(rules/table_columns.py ``within_rows``); a deal told inside one row stays. The rows are read off
the whole table, also when a ";" in a cell ends a sentence inside it."""
import pytest

from kg.load.rules.table_columns import row_breaks
from tests.load.helpers import named_roles, run


def _table(*rows: str, header: str = "| Month | Partner | Deal |") -> str:
    columns = header.count("|") - 1
    return "\n".join([header, "|" + "---|" * columns, *rows])


def _pairs(ents, out):
    return [named_roles(ents, f) for f in out.frames if f.is_fact]


@pytest.mark.parametrize("body", [
    _table("| March | Brightwell Cloud | Agreed to buy capacity |",
           "| May | Quennel AI | Supplies chips to Ostrander Cloud |"),
    _table("| March | Brightwell Cloud | Agreed to buy capacity; Quennel AI |",
           "| May | Quennel AI | Supplies chips to Ostrander Cloud |"),
    _table("| March | Brightwell Cloud | Capacity order worth at least $2bn | Signed |",
           "| May | Quennel AI | Lease of 4,000 GPUs | Pending |",
           header="| Month | Partner | Deal | Status |"),
    _table("| March | Brightwell Cloud | Sold 5,000 GPUs | Signed |",
           "| May | Quennel AI | Bought servers | Pending |",
           header="| Month | Partner | Deal | Status |"),
], ids=["buy-then-supply", "semicolon-in-a-cell", "order-then-lease", "sold-then-bought"])
def test_no_deal_pairs_firms_of_two_rows(tmp_path, body):
    ents, out = run(tmp_path, body)
    for roles in _pairs(ents, out):
        firms = {x for names in roles.values() for x in names}
        assert not {"Brightwell Cloud", "Quennel AI"} <= firms, roles
        assert not ({"Brightwell Cloud"} & firms and {"Ostrander Cloud"} & firms), roles


@pytest.mark.parametrize("body, supplier", [
    (_table("| March | Brightwell Cloud | Agreed to buy capacity |",
            "| May | Quennel AI | Supplies chips to Ostrander Cloud |"), "Quennel AI"),
    (_table("| March | Brightwell Cloud supplies chips to Ostrander Cloud |",
            "| May | Quennel AI leases GPUs to Tamsin Labs |", header="| Month | Deal |"),
     "Brightwell Cloud"),
], ids=["second-row", "first-row"])
def test_a_deal_inside_one_row_stays(tmp_path, body, supplier):
    ents, out = run(tmp_path, body)
    assert {"supplier": [supplier], "buyer": ["Ostrander Cloud"]} in _pairs(ents, out)


def test_a_cell_semicolon_does_not_hide_the_rows(tmp_path):
    """A ";" in a cell ends a sentence inside the table: its rows are still read off the whole
    table, and a loan noun of the next row is no loan of the firm the cell before names."""
    body = "Rowan Data leaned on banks this year.\n\n" + _table(
        "| May loan, 12 banks | $5bn | Site purchase; Tallis Labs | Not disclosed |",
        "| June bridge loan | $2bn | Tallis Labs round | Not disclosed |",
        header="| Facility | Size | Purpose | Security |")
    ents, out = run(tmp_path, body)
    assert not [r for r in _pairs(ents, out) if r.get("borrower") == ["Tallis Labs"]]


def test_row_breaks_fall_between_rows():
    text = "| A | B | |---|---| | x | y | | z | w |"
    assert [text[a:b + 1] for a, b in row_breaks(text)] == ["| |", "| |", "| |"]
    assert row_breaks("| x | y | z |") == []            # no separator: no table read
    assert row_breaks("| A | B | |---|---| | x | y | z |") == []   # rows not whole
