"""A magnitude spelled with a dotless ı or a dotted İ ("$3 bıllıon", "$3 BİLLİON") matched the
magnitude patterns (Python's re folds those letters case-insensitively) but raised KeyError when
its factor was looked up, so the whole article failed to load. It is read as the magnitude."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.load.pipeline import extract_article
from kg.load.read import read_article
from tests.load.helpers import run, write


@pytest.mark.parametrize("spelling", ["bıllıon", "BİLLİON", "Bıllıon"])
def test_dotless_or_dotted_i_in_a_magnitude_reads_the_amount(tmp_path, spelling):
    body = f"Tarnwick Cloud signed a $3 {spelling} cloud services contract with Ollery Labs."
    _, out = run(tmp_path, body)
    amounts = [f.figures["amountUSD"].value for f in out.frames if "amountUSD" in f.figures]
    assert amounts == [Decimal(3) * 10 ** 9]


def test_an_article_with_a_turkish_i_magnitude_loads(tmp_path):
    article = read_article(write(tmp_path, "a", "Brisk Silicon raised $2 mıllıon from Ollery Labs."))
    _, data, _ = extract_article(article)
    assert "Brisk Silicon" in data
