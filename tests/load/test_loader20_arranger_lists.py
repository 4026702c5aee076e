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


# review probes (twenty-first pass)

def test_relative_clause_after_the_last_bank_is_its_own(tmp_path):
    roles = _roles(tmp_path, "Ashvale Data signed a $3 billion loan with Wenlow Bank, Selbrook Bank "
                             "and Hollast Bank, which arranged the financing.")
    assert roles["arranger"] == ["Hollast Bank"]


def test_relative_clause_leading_another_deal_marks_no_list(tmp_path):
    roles = _roles(tmp_path, "Ashvale Data borrowed $4 billion from Hollast Bank and Wenlow Bank, "
                             "which also led a separate bond sale for Pirrow Labs.")
    assert "Hollast Bank" not in roles.get("arranger", [])


def test_banks_leading_a_group_weighing_a_loan_lend_nothing(tmp_path):
    _, out = run(tmp_path, "Wenlow Bank and Hollast Bank lead a group that is weighing a $3 billion "
                           "loan for Ashvale Data.")
    assert financings(out) == []


def test_leading_talks_over_a_loan_is_no_loan(tmp_path):
    _, out = run(tmp_path, "Hollast Bank and Ashvale Data are leading talks with investors over a "
                           "$3 billion loan for Ashvale's campus.")
    assert financings(out) == []
