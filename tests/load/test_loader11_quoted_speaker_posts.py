"""Issue 10, eleventh pass (observations): a post told as the attribution of a quote is the
speaker's firm, not a firm named inside the quote; with no firm outside the quote, it is the firm
the story's headline opens with, though another is named more often (invented text, names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _posts(ents, out):
    return {(p.person_name, ents.names.get(p.firm, p.firm), p.role) for p in out.posts}


#: Pellworth Labs (the customer) is named more often than Tarn Compute (the story's firm).
_LEDE = ("Tarn Compute signs $3 billion capacity deal with Pellworth Labs\n\n"
         "Pellworth Labs will rent GPUs for five years. Pellworth Labs has raised money, and "
         "Pellworth Labs plans more models.\n\n")


@pytest.mark.parametrize("quote, person, role", [
    ('"Pellworth pays for the capacity whether it uses it or not," chief financial officer '
     'Ines Varga told reporters.', "Ines Varga", "CFO"),
    ('"We set it up so that Pellworth Labs only gets a discount if we get volume," finance chief '
     'Ines Varga said on a call.', "Ines Varga", "CFO"),
    ('Chief executive Odo Renn said the terms were simple: "Pellworth Labs takes the racks and '
     'pays monthly."', "Odo Renn", "CEO"),
])
def test_post_attributing_a_quote_is_not_at_a_firm_inside_the_quote(tmp_path, quote, person, role):
    ents, out = run(tmp_path, _LEDE + quote)
    posts = _posts(ents, out)
    assert (person, "Tarn Compute", role) in posts
    assert not any(p == person and f == "Pellworth Labs" for p, f, _ in posts)


@pytest.mark.parametrize("quote", [
    '"We like Pellworth Labs as a customer," Pellworth Labs chief executive Odo Renn said.',
    '"The racks are ready," said Odo Renn, chief executive of Pellworth Labs.',
    'Pellworth Labs CEO Odo Renn said: "We will take all of it."',
])
def test_post_with_its_firm_outside_the_quote_keeps_that_firm(tmp_path, quote):
    ents, out = run(tmp_path, _LEDE + quote)
    assert ("Odo Renn", "Pellworth Labs", "CEO") in _posts(ents, out)


def test_headline_not_opening_with_a_firm_leaves_the_firm_named_most(tmp_path):
    body = ("From Tarn Compute to Pellworth Labs: a year of GPU deals\n\n"
            "Pellworth Labs will rent GPUs for five years. Pellworth Labs has raised money, and "
            "Pellworth Labs plans more models.\n\n"
            '"It pays monthly," chief financial officer Ines Varga told reporters.')
    ents, out = run(tmp_path, body)
    assert ("Ines Varga", "Tarn Compute", "CFO") not in _posts(ents, out)
