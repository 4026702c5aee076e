"""Regression: a loan secured by a deal that was told in pieces crashed the writer.

Consolidation (kg/load/merge.py) unites the pieces of one deal, e.g. an investment and the compute
supply of the same sentence. A financing whose collateral pointed at an absorbed piece kept a link
to a frame that never got an IRI, and writing the article failed with a TypeError instead of
loading it. The link must follow the piece to the deal it became.
"""
from __future__ import annotations

import datetime as dt

from kg.load.extraction import Extraction, Frame
from kg.load.merge import assign_iris
from kg.load.read import ArticleSource
from kg.load.text.sentences import Sentence

CHIP, LAB, BANK = ("https://example.org/firm/orvane", "https://example.org/firm/kestrel",
                   "https://example.org/firm/halden-bank")


def _article() -> ArticleSource:
    return ArticleSource(key="probe", text="", title=None, url=None,
                         published=dt.date(2025, 10, 1), language="en", publisher=None,
                         path="probe.txt")


def _frames():
    deal = Sentence(index=1, paragraph=1, start=0, end=80,
                    text="Orvane will invest $2bn in Kestrel and supply it 1 GW of chips.")
    loan_s = Sentence(index=2, paragraph=2, start=81, end=160,
                      text="Kestrel borrowed $500m from Halden Bank against the Orvane pact.")
    investment = Frame("Investment", {"InvestmentCommitment"},
                       {"investor": [CHIP], "investee": [LAB]}, deal, (0, 30), "probe.invest")
    compute = Frame("Compute", {"ComputeCommitment"},
                    {"supplier": [CHIP], "buyer": [LAB]}, deal, (31, 60), "probe.compute")
    loan = Frame("Loan", {"Loan"}, {"lender": [BANK], "borrower": [LAB]}, loan_s, (0, 40),
                 "probe.loan", collateral=[compute])
    return investment, compute, loan


def test_collateral_on_a_piece_absorbed_into_a_combined_deal_points_at_the_deal():
    investment, compute, loan = _frames()
    out = Extraction(frames=[investment, compute, loan])
    assign_iris(_article(), out)
    kept = {id(f) for f in out.frames}
    assert id(compute) not in kept and compute.merged_into is investment
    assert loan.collateral == [investment]
    assert investment.iri is not None


def test_collateral_on_a_piece_no_kept_frame_absorbed_is_dropped_not_written_as_none():
    investment, compute, loan = _frames()
    orphan = Frame("Supply", {"SupplyAgreement"}, {"supplier": [CHIP]}, loan.sentence, (0, 5),
                   "probe.orphan")
    loan.collateral.append(orphan)
    out = Extraction(frames=[investment, compute, loan])     # the orphan was filtered before
    assign_iris(_article(), out)
    assert all(isinstance(c, Frame) and c.iri for c in loan.collateral)
    assert orphan not in loan.collateral
