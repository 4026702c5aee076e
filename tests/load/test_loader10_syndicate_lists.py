"""Issue 10, tenth pass (financings): a lender cue on one firm of a list marks the whole list
("lends alongside A and B", "A, a private-credit fund, and B make up the rest of the group"); an
arranger told by a pronoun ("X arranged it") or as "administrative agent and lead arranger"; a
lender told as "the largest lender"; the lenders' sentence may come three sentences after the
financing (a semicolon ends a sentence). Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run, the_financing


@pytest.mark.parametrize("body", [
    "Quorra Cloud, a GPU cloud operator, has closed a $1.8 billion term loan. The loan runs five years. "
    "Pembury Bank arranged it and is the largest lender; Tallis Credit Partners, a private-credit fund, "
    "and the asset manager Wrenfield Capital make up the rest of the group.",
    "Quorra Cloud, a GPU cloud operator, secured a $1.8 billion credit facility. Pembury Bank is arranging it. "
    "Tallis Credit Partners and Wrenfield Capital form the balance of the syndicate.",
    "Quorra Cloud, a GPU cloud operator, signed a $1.8 billion term loan. Pembury Bank leads the loan and "
    "lends alongside Tallis Credit Partners and Wrenfield Capital.",
])
def test_lenders_listed_with_a_marked_lender_join_the_financing(tmp_path, body):
    ents, out = run(tmp_path, body)
    loan = the_financing(out)
    roles = named_roles(ents, loan)
    assert roles["borrower"] == ["Quorra Cloud"]
    assert roles["lender"] == ["Pembury Bank", "Tallis Credit Partners", "Wrenfield Capital"]
    assert roles["arranger"] == ["Pembury Bank"]


@pytest.mark.parametrize("body", [
    "Ostwick Compute closed a $900 million revolving credit facility. Bramhall Bank remains administrative "
    "agent and lead arranger.",
    "Ostwick Compute closed a $900 million revolving credit facility. Bramhall Bank arranged it.",
    "Ostwick Compute closed a $900 million revolving credit facility. Bramhall Bank, a regional lender, "
    "serves as sole arranger.",
])
def test_arranger_told_by_pronoun_or_agent_title(tmp_path, body):
    ents, out = run(tmp_path, body)
    roles = named_roles(ents, the_financing(out))
    assert roles["arranger"] == ["Bramhall Bank"] and roles["lender"] == ["Bramhall Bank"]


@pytest.mark.parametrize("body", [
    "Ostwick Compute signed a $900 million term loan with Bramhall Bank. Lenders hold a first-priority claim "
    "on the 20,000 GPUs the loan pays for.",
    "Ostwick Compute signed a $900 million term loan with Bramhall Bank. The bank takes a senior lien over "
    "the company's GPUs.",
    "Ostwick Compute signed a $900 million term loan with Bramhall Bank, which has a first-ranking charge on "
    "its accelerators.",
])
def test_claim_or_lien_on_assets_is_collateral(tmp_path, body):
    ents, out = run(tmp_path, body)
    loan = the_financing(out)
    assert any(isinstance(c, tuple) and c[1] == "GPUFleet" for c in loan.collateral)


def test_two_firms_joined_without_lender_cue_are_not_lenders(tmp_path):
    ents, out = run(tmp_path, "Ostwick Compute closed a $900 million term loan. Bramhall Bank and Kessock "
                    "Partners reported higher quarterly profits.")
    assert "lender" not in named_roles(ents, the_financing(out))
