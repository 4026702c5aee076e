"""Issue 10, twenty-fifth pass: a firm named as the brand of chips ("a term sheet for 1 gigawatt of
Quellin chips", "$3bn of Quellin processors", "its Quellin GPUs") makes them: an unseen firm so named
is a chipmaker (``_brand_types`` in rules/entities.py), so a deal whose roles are told by the firms'
types ("X and Y signed a term sheet for 1 GW of Y chips") has its supplier. A firm the reference
data knows keeps its own types; a firm not right before a chip word is not typed so. Chinese names
take 芯片 as a suffix of their own (岚川芯片), so the class is English only.
"""
import pytest

from tests.load.helpers import named_roles, run
from kg.load.rules.entities import find_entities


@pytest.mark.parametrize("body", [
    "Quellin Group reported strong sales. Orvane Labs and Quellin signed a term sheet for 1 gigawatt "
    "of Quellin chips.",
    "Quellin Group reported strong sales. Orvane Labs and Quellin signed a term sheet for 1 gigawatt "
    "of Quellin GPUs, deliveries from next year.",
], ids=["chips", "gpus"])
def test_the_brand_of_the_chips_supplies_them(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert {"supplier": ["Quellin Group"], "buyer": ["Orvane Labs"]} in \
        [named_roles(ents, f) for f in out.frames]


def test_a_firm_not_named_as_a_brand_is_not_typed_a_chipmaker():
    ents = find_entities("Quellin Group reported strong sales. Orvane Labs and Quellin signed a term "
                         "sheet for 1 gigawatt of chips.")
    assert not any("ChipMaker" in t for t in ents.types.values())


def test_a_known_firm_keeps_its_reference_types():
    ents = find_entities("Orvane Labs signed a term sheet for 1 gigawatt of Microsoft chips.")
    known = [m.iri for m in ents.mentions if m.known]
    assert known and all("ChipMaker" not in ents.types.get(i, {}) for i in known)
