"""Issue 10, twentieth pass: a typed description opening a subordinate clause ("X rose after the
chipmaker and Y agreed …", "… when the cloud provider signed …") means the only firm of its type
named before it in the sentence, as a description after ", and" or ";" already did
(``clause_opening_subordinate`` in core.yaml, read by ``slots._clause_opening``).

Before, the description found no firm: a firm named earlier in its own sentence is no antecedent
for a typed description, so a deal told with the description as a party was lost. Left alone: a
sentence naming two firms of the type before the description (either may be meant), a firm of
the type named only after it, and a description no subordinator opens. Invented sentences and
firms.
"""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def _deals(tmp_path, body):
    ents, out = run(tmp_path, body)
    return [(f.family, named_roles(ents, f), {k: float(v.value) for k, v in f.figures.items()})
            for f in out.frames]


def _parties(found):
    return [sorted(sum(roles.values(), [])) for _, roles, _ in found]


def test_chipmaker_and_partner_because(tmp_path):
    found = _deals(tmp_path, "Demand worries eased at Ilmarch Semiconductor because the chipmaker "
                   "and Tennick Labs will deploy 2.5 gigawatts of inference processors by 2030.")
    assert any(roles == {"supplier": ["Ilmarch Semiconductor"], "buyer": ["Tennick Labs"]}
               and figures.get("capacityGW") == 2.5 for _, roles, figures in found), found


def test_cloud_provider_signing_when(tmp_path):
    found = _deals(tmp_path, "Traders bid Varenne Cloud up 4% in late dealing when the cloud provider "
                   "signed a $3.1 billion capacity contract with Kelbrook AI.")
    assert any(roles == {"provider": ["Varenne Cloud"], "customer": ["Kelbrook AI"]}
               and figures.get("amountUSD") == 3.1e9 for _, roles, figures in found), found


def test_chip_designer_once(tmp_path):
    found = _deals(tmp_path, "For Sotterley Semiconductor the quarter turned once the chip designer "
                   "and Yarrowby AI agreed to deploy 1.2 gigawatts of accelerators from 2029.")
    assert any(roles == {"supplier": ["Sotterley Semiconductor"], "buyer": ["Yarrowby AI"]}
               for _, roles, _ in found), found


def test_two_firms_of_the_type_before(tmp_path):
    found = _deals(tmp_path, "Worries eased at Ilmarch Semiconductor and Dask Semiconductor because "
                   "the chipmaker and Tennick Labs will deploy 2.5 gigawatts of processors by 2030.")
    assert not any({"Ilmarch Semiconductor", "Dask Semiconductor"} & set(p) for p in _parties(found)), found


def test_firm_of_the_type_named_after(tmp_path):
    found = _deals(tmp_path, "Worries eased in the sector because the chipmaker and Tennick Labs "
                   "will deploy 2.5 gigawatts of processors, staff at Ilmarch Semiconductor noted.")
    assert not any("Ilmarch Semiconductor" in p for p in _parties(found)), found


def test_no_subordinator_before_the_description(tmp_path):
    found = _deals(tmp_path, "Worries eased at Ilmarch Semiconductor, with the chipmaker and Tennick "
                   "Labs set to deploy 2.5 gigawatts of processors by 2030.")
    assert not any("Ilmarch Semiconductor" in p for p in _parties(found)), found
