"""Issue 10, twelfth pass (firm names and types by structure): an ordinal opening a run of
capitalised words that ends in an organisation suffix, with no comma after it ("First Cascadia
Bank is the agent"), is part of the name, not a list's ordinal ("First, Helmark Bank agreed");
a name ending in "Private Credit" is a private credit fund (invented text and firm names)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _firms(ents):
    return sorted({ents.names[m.iri] for m in ents.mentions if m.kind == "firm"})


@pytest.mark.parametrize("body, name", [
    ("Caldera Data entered into a facility. First Cascadia Bank is administrative agent.",
     "First Cascadia Bank"),
    ("Helmark Cloud signed a loan with First Meridian Capital and two other lenders.",
     "First Meridian Capital"),
    ("The notes were placed by First Larch Securities, the bookrunner, Helmark Cloud said.",
     "First Larch Securities"),
])
def test_ordinal_before_a_suffixed_name_opens_the_name(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    assert name in _firms(ents)


@pytest.mark.parametrize("body, name", [
    ("First, Helmark Bank agreed to lend $2 billion.", "Helmark Bank"),
    ("First Helmark signed a deal with Corvane Labs.", "Corvane Labs"),
])
def test_list_ordinal_is_no_part_of_a_name(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    assert name in _firms(ents)
    assert not [n for n in _firms(ents) if n.startswith("First")]


@pytest.mark.parametrize("body, name", [
    ("Helmark Cloud borrowed from Ridgeline Private Credit.", "Ridgeline Private Credit"),
    ("Ashgrove Private Credit and Tarn Bank lent Helmark Cloud $500 million.", "Ashgrove Private Credit"),
    ("The loan came from Harbor Private Credit, Helmark Cloud said.", "Harbor Private Credit"),
])
def test_private_credit_in_a_name_is_a_private_credit_fund(tmp_path, body, name):
    ents, _ = run(tmp_path, body)
    iri = next(m.iri for m in ents.mentions if ents.names.get(m.iri) == name)
    assert "PrivateCreditFund" in ents.types.get(iri, {})
