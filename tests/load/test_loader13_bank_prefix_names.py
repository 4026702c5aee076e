"""Issue 10, thirteenth pass: a bank named with "Bank" first ("Bank Suryadi", as many Indonesian,
Malaysian and Israeli banks are) is one firm typed Bank, also inside a list with another lender;
"Bank" was a stop word, so the name lost its first word and its type came from a role reading
(invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, bank", [
    ("Tidewell Compute signed a $300 million revolving credit facility with Bank Suryadi and "
     "Koral Union Bank.", "Bank Suryadi"),
    ("Tidewell Compute said the $200 million term loan was provided by Bank Halimun, which "
     "led the syndicate.", "Bank Halimun"),
    ("Bank Arunika and Mawar Capital arranged the $250 million loan for Tidewell Compute, the "
     "Jakarta GPU cloud.", "Bank Arunika"),
])
def test_bank_first_name_is_one_bank(tmp_path, body, bank):
    ents, _ = run(tmp_path, body)
    names = {iri: name for iri, name in ents.names.items()}
    assert bank in names.values(), names
    assert bank.split()[1] not in names.values(), names
    iri = next(i for i, n in names.items() if n == bank)
    assert "Bank" in ents.types[iri], ents.types[iri]


def test_bank_list_keeps_both_banks(tmp_path):
    ents, _ = run(tmp_path, "Tidewell Compute signed a $300 million revolving credit facility with "
                            "Bank Suryadi and Koral Union Bank.")
    assert {"Bank Suryadi", "Koral Union Bank"} <= set(ents.names.values()), ents.names


def test_bank_before_a_common_noun_names_no_firm(tmp_path):
    ents, _ = run(tmp_path, "Bank lending to Tidewell Compute rose 4% in the quarter.")
    assert set(ents.names.values()) == {"Tidewell Compute"}, ents.names
