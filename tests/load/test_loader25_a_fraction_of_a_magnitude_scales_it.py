"""Issue 10, twenty-fifth pass: "a quarter of a trillion dollars" was read as a 25% and $1tn,
"half a billion dollars" and "three quarters of a billion dollars" as $1bn: a wrong figure given
silently. A fraction right before a quantity read from "a <magnitude>" now scales it, and a bound
cue before the fraction is the quantity's (kg/load/text/numbers.py ``_fraction_of``). A fraction
of something else ("a third of the $300 billion", "a quarter of the shares") stays a percentage."""
from decimal import Decimal

import pytest

from kg.load.text.numbers import find_quantities


@pytest.mark.parametrize("text, value, bound", [
    ("a quarter of a trillion dollars", "250000000000", "exact"),
    ("half a billion dollars", "500000000", "exact"),
    ("three quarters of a billion dollars", "750000000", "exact"),
    ("one-third of a trillion dollars", "333333333333", "exact"),
    ("nearly a quarter of a trillion dollars", "250000000000", "approximately"),
    ("up to half a billion dollars", "500000000", "upTo"),
], ids=["quarter-of-a-trillion", "half-a-billion", "three-quarters", "one-third", "nearly",
        "up-to-half"])
def test_a_fraction_of_a_magnitude_is_one_scaled_amount(text, value, bound):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.bound, q.text) == (Decimal(value), "USD", bound, text)


@pytest.mark.parametrize("text, readings", [
    ("a third of the $300 billion", [("33.33", "percent"), ("300000000000", "USD")]),
    ("a quarter of the shares", [("25", "percent")]),
    ("a billion dollars", [("1000000000", "USD")]),
    ("five quarters of a billion dollars", [("1000000000", "USD")]),
    ("it holds 5% and a quarter of a 2 GW campus", [("5", "percent"), ("25", "percent"),
                                                     ("2", "GW")]),
], ids=["of-the-amount", "of-the-shares", "no-fraction", "more-than-whole", "of-a-numbered"])
def test_a_fraction_of_anything_else_is_left_alone(text, readings):
    assert [(str(q.value), q.unit) for q in find_quantities(text)] == readings


def test_the_scaled_amount_is_the_deals_figure(tmp_path):
    from tests.load.helpers import run

    ents, out = run(tmp_path, "Harlow Systems agreed to invest half a billion dollars in "
                              "Quennel AI.")
    (deal,) = [f for f in out.frames if f.is_fact]
    assert [q.value for q in deal.figures.values()] == [Decimal("500000000")]
