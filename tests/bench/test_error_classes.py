"""`bench.extraction.classes` names each agreement error by what differs, and its counts add up to
the scorer's own misses and false positives."""
from __future__ import annotations

from collections import Counter

from bench.extraction import FACT_TYPES, _agreement_key, score_corpus
from bench.extraction.__main__ import HERE
from bench.extraction.classes import agreement_classes, hanging_classes, split_classes

LOAN = _agreement_key(["Loan"], {"lender": ["Alder Bank"], "borrower": ["Brisk Cloud"]})
SWAPPED = _agreement_key(["Loan"], {"lender": ["Brisk Cloud"], "borrower": ["Alder Bank"]})
BOND = _agreement_key(["BondIssue"], {"lender": ["Alder Bank"], "borrower": ["Brisk Cloud"]})
CLUB = _agreement_key(["Loan"], {"lender": ["Alder Bank", "Cobalt Credit"], "borrower": ["Brisk Cloud"]})
CLOUD = _agreement_key(["CloudServiceAgreement"], {"provider": ["Brisk Cloud"], "customer": ["Dune AI"]})
WARRANT = _agreement_key(["EquityWarrant"], {"issuer": ["Ember Chips"], "holder": ["Dune AI"]})


def test_a_found_deal_is_no_error():
    assert agreement_classes([LOAN, CLOUD], [CLOUD, LOAN]) == Counter()


def test_each_near_miss_is_named_by_what_differs():
    assert agreement_classes([LOAN], [SWAPPED]) == Counter({"roles differ": 1})
    assert agreement_classes([LOAN], [BOND]) == Counter({"kinds differ": 1})
    assert agreement_classes([CLUB], [LOAN]) == Counter({"parties differ": 1})


def test_unrelated_deals_are_missed_and_spurious_not_paired():
    assert agreement_classes([CLOUD], [WARRANT]) == Counter({"missed": 1, "spurious": 1})


def test_the_closest_pair_wins_over_a_looser_one():
    # The swapped loan is paired with the loan (roles differ), not the club loan (parties differ).
    counts = agreement_classes([LOAN, CLUB], [SWAPPED])
    assert counts == Counter({"roles differ": 1, "missed": 1})


def test_a_figure_is_lost_with_its_deal_or_on_a_found_one():
    gold = [(LOAN, "amountUSD", 2e9), (CLOUD, "amountUSD", 5e9)]
    pred = [(CLOUD, "amountUSD", 4e9)]
    counts = hanging_classes("figure", gold, pred, found={CLOUD})
    assert counts == Counter({"missed, deal not found": 1, "missed on a found deal": 1,
                              "wrong, on a found deal": 1})


def test_a_collateral_link_needs_both_its_deals_found():
    gold = [(LOAN, CLOUD)]
    counts = hanging_classes("collateral", gold, [], found={LOAN})
    assert counts == Counter({"missed, deal not found": 1})
    assert hanging_classes("collateral", gold, [], found={LOAN, CLOUD}) == Counter(
        {"missed on a found deal": 1})


def test_class_counts_add_up_to_the_scorers_misses_and_false_positives():
    totals, _ = score_corpus(HERE / "dev8", HERE / "dev8" / "gold")
    classes = split_classes("dev8")
    tp, gold, pred = totals["agreement"]
    counts = classes["agreement"]
    paired = counts["kinds differ"] + counts["roles differ"] + counts["parties differ"]
    assert paired + counts["missed"] == gold - tp
    assert paired + counts["spurious"] == pred - tp
    for kind in ("figure", "binding", "collateral"):
        tp, gold, pred = totals[kind]
        c = classes[kind]
        assert c["missed, deal not found"] + c["missed on a found deal"] == gold - tp, kind
        assert c["wrong, on a wrong deal"] + c["wrong, on a found deal"] == pred - tp, kind
    assert set(classes) <= set(FACT_TYPES)


def test_the_module_examples_hold():
    import doctest

    from bench.extraction import classes

    assert doctest.testmod(classes).failed == 0


def test_diff_refuses_the_unseen_splits_that_classes_may_count():
    import pytest

    from bench.extraction.__main__ import split_dirs
    from bench.extraction.diff import _split_dirs as diff_dirs

    for unseen in ("blind", "dev7", "dev9"):
        with pytest.raises(SystemExit, match="refused"):
            diff_dirs(unseen)
        assert split_dirs(unseen)[1].name == "gold"
    assert diff_dirs("dev8") == split_dirs("dev8")
    with pytest.raises(SystemExit, match="no such split"):
        split_dirs("dev99")
