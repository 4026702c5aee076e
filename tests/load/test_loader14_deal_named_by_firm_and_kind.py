"""Issue 10, fourteenth pass: a deal named by one firm and kind words in a bindingness sentence
("The Vennick chip purchase is only a letter of intent", "The Tarrington capacity contract is
binding", "The Quill lease is binding") is that firm's deal of the families the words name,
however far back the article told it (rules/kind_named_deals.py). A deal of another family is
not marked. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run

_FILLER = " ".join(f"Analysts had plenty to say about the market in week {i}." for i in range(1, 15))


def _deal(out, family):
    families = ("Supply", "Compute") if family == "Supply" else (family,)
    found = [f for f in out.frames if f.family in families and f.merged_into is None]
    assert found
    return found[0]


@pytest.mark.parametrize("deal,cue,family,binding", [
    ("A month later Vennick Labs signed an agreement to buy 3 gigawatts of accelerators from Corvex Systems, the chipmaker.",
     "Analysts note that the Vennick chip purchase is only a letter of intent.", "Supply", False),
    ("Vennick Labs ordered 200,000 GPUs from Corvex Systems for $6 billion.",
     "The Corvex GPU order, however, is only a letter of intent.", "Supply", False),
    ("Vennick Labs signed an agreement to buy 3 gigawatts of accelerators from Corvex Systems, the chipmaker.",
     "The Vennick chip purchase is binding, the companies said.", "Supply", True),
    ("Tarrington Cloud signed a five-year, $4 billion cloud services contract with Vennick Labs.",
     "The Tarrington capacity contract is binding and cannot be cancelled.", "Cloud", True),
    ("Quill Data, a data-centre developer, leased its Ohio campus to Vennick Labs for 15 years.",
     "The Quill lease is binding.", "Lease", True),
])
def test_a_deal_named_by_firm_and_kind_takes_the_cue_from_far_away(tmp_path, deal, cue, family,
                                                                    binding):
    _, out = run(tmp_path, f"{deal} {_FILLER} {cue}")
    assert _deal(out, family).binding is binding


def test_a_deal_of_another_family_is_not_marked(tmp_path):
    _, out = run(tmp_path, "Tarrington Cloud signed a five-year, $4 billion cloud services contract with "
                 f"Vennick Labs. {_FILLER} As for the Tarrington chip purchase, it remains only a letter of intent.")
    assert _deal(out, "Cloud").binding is None
