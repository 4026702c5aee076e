"""Issue 10, twentieth pass: an arranger cue on one firm of a list marks every firm of that list.

"arranged by A and B", "led by A, B and C", "A and B lead the $Nm bridge loan for Y": the cue
stands next to only one firm of the list (after the first, before the last), yet each firm
listed with it arranges (and lends). The list is the one the lender rules already read
(`syndicates.mark_lists`: "and", a comma, 、/和/与/及 between two firms). A firm named after the
arranger in another clause or another sentence is no arranger, and the borrower never is.
"""
from tests.load.helpers import financings, named_roles, run


def _roles(tmp_path, body):
    ents, out = run(tmp_path, body)
    found = financings(out)
    assert len(found) == 1, found
    return named_roles(ents, found[0])


def test_arranged_by_two_banks(tmp_path):
    roles = _roles(tmp_path, "Thorsby Grid took out a $640 million construction loan on Monday, "
                             "arranged by Pelham Bank and Ostwick Bank.")
    assert roles["arranger"] == ["Ostwick Bank", "Pelham Bank"]
    assert roles["lender"] == ["Ostwick Bank", "Pelham Bank"]
    assert roles["borrower"] == ["Thorsby Grid"]


def test_led_by_three_banks(tmp_path):
    roles = _roles(tmp_path, "Brannock Cloud has secured a $1.2 billion term loan, led by Pelham "
                             "Bank, Ostwick Bank and Maelor Bank.")
    assert roles["arranger"] == ["Maelor Bank", "Ostwick Bank", "Pelham Bank"]


def test_two_banks_leading_a_loan(tmp_path):
    roles = _roles(tmp_path, "Pelham Bank and Ostwick Bank lead the $780 million bridge loan for "
                             "Kestlow Systems, which closes in May.")
    assert roles["arranger"] == ["Ostwick Bank", "Pelham Bank"]
    assert roles["borrower"] == ["Kestlow Systems"]


def test_bank_joining_later_is_no_arranger(tmp_path):
    roles = _roles(tmp_path, "Thorsby Grid took out a $640 million construction loan arranged by "
                             "Pelham Bank. Ostwick Bank and Maelor Bank joined it later as lenders.")
    assert roles["arranger"] == ["Pelham Bank"]

