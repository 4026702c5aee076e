"""Issue 10, twenty-first pass (lead): a legal form the firm's name drops ("Inc.", "Corp.",
"Ltd."; `legal_forms_dropped_en` in core.yaml) sits inside the firm's slot, so its full stop no
longer ends the clause a pattern reads ("Vesterholt AI Inc. raised $N in a Series B round led
by X" was no round before). rules/slots.py."""
import pytest

from tests.load.helpers import named_roles, run


def _deals(ents, out):
    return [(f.family, named_roles(ents, f)) for f in out.frames if f.is_fact]


@pytest.mark.parametrize("form", [" Inc.", " Corp.", " Ltd.", ", Inc."])
def test_a_round_told_after_a_legal_form(tmp_path, form):
    ents, out = run(tmp_path, f"Vesterholt AI{form} raised $450 million in a Series B round led "
                              "by Nvidia.")
    assert _deals(ents, out) == [("Stake", {"investor": ["Nvidia"],
                                            "investee": ["Vesterholt AI"]})]


def test_a_full_stop_after_a_name_still_ends_the_sentence(tmp_path):
    ents, out = run(tmp_path, "Analysts like Vesterholt AI. It raised $450 million in a Series B "
                              "round led by Nvidia last year, the company said.")
    assert [d for d in _deals(ents, out) if d[0] == "Stake"] in (
        [], [("Stake", {"investor": ["Nvidia"], "investee": ["Vesterholt AI"]})])
