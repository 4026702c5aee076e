"""Issue 10, twelfth pass (English deals): a power agreement a firm announces, unveils or
discloses with a power producer is a power supply, as one it signs is. Invented paraphrases and
firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body", [
    'Brackley Labs on Monday announced a "landmark" 1.4 gigawatt power agreement with Vantmoor Energy, its largest yet.',
    "Brackley Labs unveiled a 1.2-gigawatt power purchase agreement with Vantmoor Energy on Monday.",
    "Brackley Labs has disclosed a 15-year PPA with Vantmoor Energy for its Texas campus.",
])
def test_power_agreement_announced_is_a_power_supply(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert len(out.frames) == 1 and out.frames[0].family == "Supply"
    assert named_roles(ents, out.frames[0]) == {"buyer": ["Brackley Labs"],
                                                "supplier": ["Vantmoor Energy"]}
